package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// itemFigure is the figure of value v in the item whose text opens with
// prefix.
func itemFigure(its []evidence.Item, prefix string, v float64) (evidence.Figure, bool) {
	for _, it := range its {
		if !strings.HasPrefix(it.Text, prefix) {
			continue
		}
		for _, f := range it.Figures {
			if f.Value == v {
				return f, true
			}
		}
	}
	return evidence.Figure{}, false
}

// TestACaptionsBracketedValuesAreNoWordsOfItsRows: a caption's bracket
// giving other places' values to set the table's beside, "(England:
// 84.5%)", "(England 2022/23: 89.3%)", "(East Sussex: 35.1%; England
// 36.6%)", is no part of what the rows measure, and its places are no
// row's place. Before (hostile check 68), every row measured "MMR2 uptake
// at 5 years by district (: 84.5%)", keyed "#84.5", and a caption's
// "England 36.6%" placed Hastings' rows in England.
func TestACaptionsBracketedValuesAreNoWordsOfItsRows(t *testing.T) {
	body := "Uptake.\n\nTable 1: MMR2 uptake at 5 years by district (England: 84.5%)\n\n| Area | 2022/23 (%) | 2023/24 (%) |\n|---|---|---|\n| Dartford | 84.1 | 85.0 |\n| Gravesham | 80.2 | 81.7 |\n\n" +
		"Uptake two.\n\nTable 2: MMR1 uptake at 24 months in Thurrock, 2023/24 (England 2022/23: 89.3%)\n\n| Area | 2023/24 (%) |\n|---|---|\n| Thurrock | 86.1 |\n\n" +
		"Weight.\n\nTable 4: Excess weight in Year 6, Hastings (East Sussex: 35.1%; England 36.6%)\n\n| Year | Hastings (%) |\n|---|---|\n| 2022/23 | 38.0 |\n| 2023/24 | 39.2 |\n\n" +
		"Waits.\n\nTable 5: Children seen within 18 weeks in Surrey (South East: 64%, England: 71%)\n\n| Quarter | Seen (%) |\n|---|---|\n| Q1 2024/25 | 61 |\n| Q2 2024/25 | 63 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		row     string
		v       float64
		measure string
	}{
		{"Dartford", 85.0, "mmr2 uptake at 5 years"},
		{"Gravesham", 80.2, "mmr2 uptake at 5 years"},
		{"Thurrock", 86.1, "mmr1 uptake at 24 months"},
	} {
		f, ok := rowFigure(its, c.row, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if strings.ToLower(f.Measure) != c.measure || strings.ContainsAny(f.Key, "#") && (strings.Contains(f.Key, "#84.5") || strings.Contains(f.Key, "#89.3")) {
			t.Errorf("%s %g: measure %q key %q, want measure %q", c.row, c.v, f.Measure, f.Key, c.measure)
		}
	}
	for _, v := range []float64{38.0, 39.2} {
		f, ok := rowFigure(its, map[float64]string{38.0: "2022/23", 39.2: "2023/24"}[v], v)
		if !ok {
			t.Errorf("%g: no figure", v)
			continue
		}
		if f.Place == "England" || f.Place == "East Sussex" {
			t.Errorf("Hastings' %g placed in %s (%+v)", v, f.Place, f.Record)
		}
	}
	for _, v := range []float64{61, 63} {
		f, ok := itemFigure(its, "| Q", v)
		if !ok {
			t.Errorf("%g: no figure", v)
			continue
		}
		if f.Place == "England" || f.Place == "South East" {
			t.Errorf("Surrey's %g placed in %s (%+v)", v, f.Place, f.Record)
		}
	}
}

// TestACaptionsBracketedPlacesAndSubjectPlaceTheirValues: a caption
// setting its place against one the list knows, "Uptake in Kent,
// 2022/23 to 2023/24 (England: 89%)", "MMR1 uptake at 24 months, Kent
// compared with England (89%)", places its table's rows in its subject
// (Kent), and each value of its bracket in the place labelling it, a
// name written as a place's ("Medway: 64%", "East Sussex: 35.1%") beside
// a place the list knows; what the values measure is the caption's
// subject without its places; the bracket's year ("89% in 2022/23")
// dates its value alone, the caption's own year ("2023/24") the rows.
// Before (hostile check 68), Kent's and
// Thurrock's rows were one unplaced measure, Medway's 64% had no place
// and was keyed with Kent and the caption's number, and England's 89%
// measured "table 6: MMR1 uptake at 24 months, Kent".
func TestACaptionsBracketedPlacesAndSubjectPlaceTheirValues(t *testing.T) {
	body := "Uptake.\n\nTable 3: Uptake in Kent, 2022/23 to 2023/24 (England: 89%)\n\n| Vaccine | 2022/23 (%) | 2023/24 (%) |\n|---|---|---|\n| MMR1 at 24 months | 86.1 | 85.4 |\n\n" +
		"Uptake two.\n\nTable 6: MMR1 uptake at 24 months, Thurrock compared with England (88%)\n\n| Year | Uptake (%) |\n|---|---|\n| 2022/23 | 87.1 |\n| 2023/24 | 86.4 |\n\n" +
		"Waits.\n\nTable 2: Children seen within 18 weeks in Surrey (England: 71%, Medway: 64%)\n\n| Quarter | Seen (%) |\n|---|---|\n| Q1 2024/25 | 61 |\n| Q2 2024/25 | 63 |\n\n" +
		"Weight.\n\nTable 4: Excess weight in Year 6, Hastings (East Sussex: 35.1%; England 36.6%)\n\n| Year | Hastings (%) |\n|---|---|\n| 2022/23 | 38.0 |\n\n" +
		"Uptake three.\n\nTable 7: Uptake in Medway, 2023/24 (England: 89% in 2022/23)\n\n| Vaccine | Uptake (%) |\n|---|---|\n| MMR1 | 84.2 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		prefix      string
		v           float64
		place, when string
		measure     string
	}{
		{"| MMR1 at 24 months", 85.4, "Kent", "2023/24", ""},
		{"| 2023/24", 86.4, "Thurrock", "2023/24", ""},
		{"Table 3", 89, "England", "", "uptake"},
		{"Table 6", 88, "England", "", "mmr1 uptake at 24 months"},
		{"Table 2", 71, "England", "", "children seen within 18 weeks"},
		{"Table 2", 64, "Medway", "", "children seen within 18 weeks"},
		{"| Q1 2024/25", 61, "Surrey", "Q1 2024/25", ""},
		{"Table 4", 35.1, "East Sussex", "", "excess weight in year 6"},
		{"Table 4", 36.6, "England", "", "excess weight in year 6"},
		{"| MMR1", 84.2, "Medway", "2023/24", ""},
		{"Table 7", 89, "England", "2022/23", "uptake"},
	} {
		f, ok := itemFigure(its, c.prefix, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.prefix, c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when || c.measure != "" && strings.ToLower(f.Measure) != c.measure {
			t.Errorf("%s %g: place %q period %q measure %q, want %q %q %q", c.prefix, c.v, f.Place, f.Period, f.Measure, c.place, c.when, c.measure)
		}
		if k := strings.ToLower(f.Key); strings.Contains(k, "tabl") || strings.Contains(k, "kent") || strings.Contains(k, "#2 ") || strings.Contains(k, "#6 ") {
			t.Errorf("%s %g: key %q holds the caption's place or number", c.prefix, c.v, f.Key)
		}
	}
}

// TestAPlaceColumnsYearInBracketsOrAfterACommaIsItsYear: a column headed
// by a place with its year in brackets or after a comma, "Hastings
// (2022) %", "East Sussex (2024) %", "Hastings, 2022/23 (%)", is that
// place's of that year, as "Hastings 2022 (%)" is. Before (hostile check
// 68), "(2022)" was read as a work cited: no place and no year, the
// year a number in the measure keying 2022's and 2024's values apart;
// after a comma, the place stayed in the measure.
func TestAPlaceColumnsYearInBracketsOrAfterACommaIsItsYear(t *testing.T) {
	body := "Obesity.\n\n| Measure | Hastings (2022) % | Hastings (2024) % | East Sussex (2024) % |\n|---|---|---|---|\n| Reception obesity | 11.2 | 12.0 | 9.1 |\n\n" +
		"Weight.\n\n| Measure | Hastings, 2022/23 (%) | Hastings, 2023/24 (%) | East Sussex, 2023/24 (%) |\n|---|---|---|---|\n| Year 6 obesity | 25.2 | 26.0 | 21.4 |\n\n" +
		"Teeth.\n\n| Measure | Medway (2023/24) (%) | England (2023/24) (%) |\n|---|---|---|\n| Visible decay | 24.1 | 23.7 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		row         string
		v           float64
		place, when string
	}{
		{"Reception obesity", 11.2, "Hastings", "2022"},
		{"Reception obesity", 12.0, "Hastings", "2024"},
		{"Reception obesity", 9.1, "East Sussex", "2024"},
		{"Year 6 obesity", 25.2, "Hastings", "2022/23"},
		{"Year 6 obesity", 26.0, "Hastings", "2023/24"},
		{"Year 6 obesity", 21.4, "East Sussex", "2023/24"},
		{"Visible decay", 24.1, "Medway", "2023/24"},
		{"Visible decay", 23.7, "England", "2023/24"},
	} {
		f, ok := rowFigure(its, c.row, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when || strings.Contains(f.Key, "#20") || strings.Contains(f.Key, "hast") || strings.Contains(f.Key, "sussex") {
			t.Errorf("%s %g: place %q period %q key %q, want %q %q", c.row, c.v, f.Place, f.Period, f.Key, c.place, c.when)
		}
	}
}

// TestACaptionsSubjectEndsOnlyAtABracketOfValues: a caption's subject
// ends at a bracket of values, "(England: 89% in 2022-23)", read by the
// comparator parser as every other bracket of values is, never at a
// bracket of its own words, "Uptake (%) in Kent", "Children looked after
// (CLA) in Medway". Before (hostile check 68), the subject ended at the
// first "(", so the table lost its place, and a value's own year written
// "2022-23" kept the bracket in every row's measure.
func TestACaptionsSubjectEndsOnlyAtABracketOfValues(t *testing.T) {
	body := "Uptake.\n\nTable 8: MMR1 uptake (%) in Kent compared with England (89%)\n\n| Year | Uptake (%) |\n|---|---|\n| 2022/23 | 87.1 |\n\n" +
		"Uptake two.\n\nTable 9: MMR1 uptake in Surrey, 2023/24 (England: 88% in 2022-23)\n\n| Vaccine | Uptake (%) |\n|---|---|\n| MMR1 | 84.2 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		prefix, place, when string
		v                   float64
	}{
		{"| 2022/23", "Kent", "2022/23", 87.1},
		{"| MMR1", "Surrey", "2023/24", 84.2},
		{"Table 9", "England", "2022/23", 88},
	} {
		f, ok := itemFigure(its, c.prefix, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.prefix, c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when || strings.Contains(f.Key, "#88") || strings.Contains(f.Key, "#89") {
			t.Errorf("%s %g: place %q period %q key %q, want %q %q and no bracket's value", c.prefix, c.v, f.Place, f.Period, f.Key, c.place, c.when)
		}
	}
}
