package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// rowFigure is the figure of value v of the row opening with row.
func rowFigure(its []evidence.Item, row string, v float64) (evidence.Figure, bool) {
	for _, it := range its {
		if !strings.HasPrefix(it.Text, "| "+row+" |") {
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

// TestRowsUnderAGroupLabelRowAreOfThatGroup: rows under a row holding
// only a label ("Surrey", "Boys") are of that place or group where the
// groups' rows repeat; a total under the last group is of none; label
// rows over rows that repeat nothing ("Dover" with no figures over
// "Thanet") group nothing. Before (hostile check 65), Surrey's and
// England's under-fives were keyed alike, and boys' and girls'.
func TestRowsUnderAGroupLabelRowAreOfThatGroup(t *testing.T) {
	body := "| Area | Referrals 2023 | Referrals 2024 |\n|---|---|---|\n| Surrey |  |  |\n| Under 5 | 1,450 | 1,610 |\n| Aged 5 to 15 | 320 | 290 |\n" +
		"| England |  |  |\n| Under 5 | 78,000 | 84,000 |\n| Aged 5 to 15 | 15,000 | 17,000 |\n\n" +
		"Text between.\n\n| Sex | Seen | Waiting |\n|---|---|---|\n| Boys |  |  |\n| Under 5 | 120 | 30 |\n| Aged 5 to 10 | 140 | 45 |\n" +
		"| Girls |  |  |\n| Under 5 | 110 | 25 |\n| Aged 5 to 10 | 150 | 40 |\n| Total | 520 | 140 |\n\n" +
		"More text.\n\n| Locality | Referrals | Seen |\n|---|---|---|\n| Dover |  |  |\n| Thanet | 1,020 | 910 |\n| Swale | 320 | 290 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		row        string
		v          float64
		place, pop string
	}{
		{"Under 5", 1450, "Surrey", "Under 5"},
		{"Aged 5 to 15", 290, "Surrey", "Aged 5 to 15"},
		{"Under 5", 78000, "England", "Under 5"},
		{"Under 5", 120, "", "Boys"},
		{"Under 5", 110, "", "Girls"},
		{"Thanet", 1020, "Thanet", "Thanet"},
	} {
		f, ok := rowFigure(its, c.row, c.v)
		if !ok || f.Place != c.place || !strings.Contains(f.Population, c.pop) {
			t.Errorf("%s's %g: %+v, %v; want place %q, of %s", c.row, c.v, f.Record, ok, c.place, c.pop)
		}
	}
	a, _ := rowFigure(its, "Under 5", 1450)
	b, _ := rowFigure(its, "Under 5", 78000)
	c, _ := rowFigure(its, "Under 5", 120)
	d, _ := rowFigure(its, "Under 5", 110)
	if a.Key == b.Key || c.Key == d.Key {
		t.Errorf("groups keyed alike: %q %q, %q %q", a.Key, b.Key, c.Key, d.Key)
	}
	if f, ok := rowFigure(its, "Total", 520); !ok || strings.Contains(f.Population, "Girls") {
		t.Errorf("the total: %+v, %v; want of no group", f.Record, ok)
	}
	if f, ok := rowFigure(its, "Swale", 320); !ok || strings.Contains(f.Population, "Dover") || f.Place != "Swale" {
		t.Errorf("Swale's 320: %+v, %v; want Swale's alone", f.Record, ok)
	}
}

// TestACaptionSetUnderATableIsThatTables: captions set under their
// tables caption them, the one between two tables the one above; where
// the document's captions stand over their tables, the caption between
// two tables is the lower one's, as before. Before (hostile check 65),
// the first table took no year and the second the first's.
func TestACaptionSetUnderATableIsThatTables(t *testing.T) {
	under := "| Area | Referrals |\n|---|---|\n| Medway | 1,450 |\n\nTable 1: Referrals by area, 2023\n\n" +
		"| Area | Referrals |\n|---|---|\n| Medway | 1,610 |\n\nTable 2: Referrals by area, 2024\n\nReferrals rose.\n"
	its := extract.Extract(parseBody(t, "P", under))
	for v, p := range map[float64]string{1450: "2023", 1610: "2024"} {
		if f, ok := rowFigure(its, "Medway", v); !ok || f.Period != p {
			t.Errorf("captions under: %g: %+v, %v; want of %s", v, f.Record, ok, p)
		}
	}
	over := "Some text.\n\nTable 1: Referrals by area, 2023\n\n| Area | Referrals |\n|---|---|\n| Medway | 1,450 |\n\n" +
		"Table 2: Referrals by area, 2024\n\n| Area | Referrals |\n|---|---|\n| Medway | 1,610 |\n\nReferrals rose.\n"
	its = extract.Extract(parseBody(t, "P", over))
	for v, p := range map[float64]string{1450: "2023", 1610: "2024"} {
		if f, ok := rowFigure(its, "Medway", v); !ok || f.Period != p {
			t.Errorf("captions over: %g: %+v, %v; want of %s", v, f.Record, ok, p)
		}
	}
	// One caption between an uncaptioned table and another, numbered as
	// the first: the first's.
	one := "| Area | Referrals |\n|---|---|\n| Medway | 1,450 |\n\nTable 1: Referrals by area, 2023\n\n" +
		"| Area | Staff |\n|---|---|\n| Medway | 45 |\n\nStaff numbers held.\n"
	its = extract.Extract(parseBody(t, "P", one))
	if f, ok := rowFigure(its, "Medway", 1450); !ok || f.Period != "2023" {
		t.Errorf("numbered as the first: %+v, %v; want of 2023", f.Record, ok)
	}
	if f, ok := rowFigure(its, "Medway", 45); !ok || f.Period == "2023" {
		t.Errorf("the next table's 45: %+v, %v; want no 2023", f.Record, ok)
	}
}
