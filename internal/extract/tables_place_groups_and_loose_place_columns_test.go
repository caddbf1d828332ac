package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestPlaceGroupRowsPlaceTheirRows: rows grouped under rows naming
// places, where the first column's header names no place ("Thurrock"
// and "Essex" over "Under 5" under "Age group", the caption naming both;
// "Medway" and "England" over "Referrals" under "Measure"), are of the
// group's place; a total row ("All", "Total") right under a place's label
// is that place's whole, though the groups share no rows ("England" over
// "All" beside "Kent" over "Dartford"). Groups of people ("Boys",
// "Girls") and names the caption does not give as places are no place.
// Before (hostile check 67), Thurrock's under-fives had no place, of
// "Thurrock, Under 5", and England's "All" row was of "All (Area)".
func TestPlaceGroupRowsPlaceTheirRows(t *testing.T) {
	body := "Waits by area.\n\n| Age group | Referrals (number) | Seen within 18 weeks (%) |\n|---|---|---|\n| Thurrock | | |\n| Under 5 | 310 | 62 |\n| 5 to 11 | 420 | 55 |\n| Essex | | |\n| Under 5 | 1,250 | 71 |\n| 5 to 11 | 1,610 | 66 |\n\nTable 2: Community paediatrics waits in Thurrock and Essex, 2024/25.\n\n" +
		"## Speech therapy\n\nThe next table.\n\n| Measure | 2023/24 | 2024/25 |\n|---|---|---|\n| Medway | | |\n| Referrals | 480 | 510 |\n| Seen in 12 weeks | 300 | 320 |\n| England | | |\n| Referrals | 91,000 | 95,000 |\n| Seen in 12 weeks | 60,000 | 64,000 |\n\n" +
		"## Uptake\n\nBy area.\n\n| Area | 2022/23 | 2023/24 |\n|---|---|---|\n| Kent | | |\n| Dartford | 86.0 | 85.1 |\n| Thanet | 83.2 | 82.0 |\n| Surrey | | |\n| Total | 87.5 | 87.0 |\n| England | | |\n| All | 89.3 | 88.9 |\n\nTable 3: MMR1 uptake at 24 months (%).\n\n" +
		"## Sexes\n\nBy sex.\n\n| Age group | Referrals (number) | Seen (%) |\n|---|---|---|\n| Boys | | |\n| Under 5 | 210 | 52 |\n| 5 to 11 | 220 | 45 |\n| Girls | | |\n| Under 5 | 150 | 61 |\n| 5 to 11 | 160 | 56 |\n\nTable 4: Waits for Boys and Girls in Kent, 2024/25.\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		row         string
		v           float64
		place, when string
	}{
		{"Under 5", 310, "Thurrock", "2024/25"},
		{"5 to 11", 55, "Thurrock", "2024/25"},
		{"Under 5", 1250, "Essex", "2024/25"},
		{"Referrals", 480, "Medway", "2023/24"},
		{"Seen in 12 weeks", 64000, "England", "2024/25"},
		{"Dartford", 86.0, "Dartford", "2022/23"},
		{"Total", 87.5, "Surrey", "2022/23"},
		{"All", 89.3, "England", "2022/23"},
		{"All", 88.9, "England", "2023/24"},
		{"Under 5", 210, "", "2024/25"},
	} {
		f, ok := rowFigure(its, c.row, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when {
			t.Errorf("%s %g: place %q period %q, want %q %q (%+v)", c.row, c.v, f.Place, f.Period, c.place, c.when, f.Record)
		}
	}
	a, _ := rowFigure(its, "Under 5", 310)
	b, _ := rowFigure(its, "Under 5", 1250)
	if a.Key == b.Key {
		t.Errorf("Thurrock's and Essex's under-fives keyed alike: %q", a.Key)
	}
	e, _ := rowFigure(its, "All", 89.3)
	if e.Population != "" {
		t.Errorf("England's whole of population %q, want none (%+v)", e.Population, e.Record)
	}
	boys, _ := rowFigure(its, "Under 5", 210)
	girls, _ := rowFigure(its, "Under 5", 150)
	if boys.Key == girls.Key || girls.Place != "" {
		t.Errorf("boys and girls: %+v, %+v", boys.Record, girls.Record)
	}
}

// TestPlaceColumnsOfNamesEndingInSAndCompassNames: a table setting
// places side by side places a column whose name ends in "s"
// ("Sevenoaks (%)" beside "Tunbridge Wells (%)" and "England (%)";
// "Hastings 2022 (%)" beside "East Sussex 2024 (%)") as it does its
// neighbours; a column's own year and the year of a group row over it
// that disagree ("England 2023/24 (%)" under "2024/25") date its value
// neither. Columns of plurals with no place beside them ("Admissions
// (%)", "Bookings (%)") are no places. Before (hostile check 67),
// Sevenoaks' values measured "sevenoaks" with no place, Hastings' and
// East Sussex's none, and England's value under the 2024/25 row was
// dated 2024/25, its header's year lost.
func TestPlaceColumnsOfNamesEndingInSAndCompassNames(t *testing.T) {
	body := "Contacts completed by district.\n\n| Contact | Tunbridge Wells (%) | Sevenoaks (%) | Kent total 2024/25 (%) | England 2023/24 (%) |\n|---|---|---|---|---|\n| 2023/24 | | | | |\n| New birth visit | 86 | 90 | 88 | 80 |\n| 2024/25 | | | | |\n| New birth visit | 84 | 91 | 87 | 81 |\n\n" +
		"Children with decay by area.\n\n| Measure | Hastings 2022 (%) | Hastings 2024 (%) | East Sussex 2024 (%) |\n|---|---|---|---|\n| Five-year-olds with visible decay | 29.8 | 27.1 | 21.4 |\n\n" +
		"Screening.\n\n| Indicator | Sevenoaks (%) | West Berkshire (%) |\n|---|---|---|\n| Hearing screen coverage | 97.1 | 96.4 |\n\n" +
		"Activity.\n\n| Service | Admissions (%) | Bookings (%) |\n|---|---|---|\n| Paediatric ward | 41.0 | 12.0 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		row         string
		v           float64
		place, when string
	}{
		{"New birth visit", 90, "Sevenoaks", "2023/24"},
		{"New birth visit", 91, "Sevenoaks", "2024/25"},
		{"New birth visit", 86, "Tunbridge Wells", "2023/24"},
		{"New birth visit", 80, "England", "2023/24"},
		{"New birth visit", 81, "England", ""},
		{"New birth visit", 88, "Kent", ""},
		{"New birth visit", 87, "Kent", "2024/25"},
		{"Five-year-olds with visible decay", 29.8, "Hastings", "2022"},
		{"Five-year-olds with visible decay", 27.1, "Hastings", "2024"},
		{"Five-year-olds with visible decay", 21.4, "East Sussex", "2024"},
		{"Hearing screen coverage", 97.1, "Sevenoaks", ""},
		{"Hearing screen coverage", 96.4, "West Berkshire", ""},
		{"Paediatric ward", 41.0, "", ""},
	} {
		f, ok := rowFigure(its, c.row, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when {
			t.Errorf("%s %g: place %q period %q, want %q %q (%+v)", c.row, c.v, f.Place, f.Period, c.place, c.when, f.Record)
		}
	}
	s, _ := rowFigure(its, "New birth visit", 90)
	w, _ := rowFigure(its, "New birth visit", 86)
	if s.Measure != w.Measure || s.Population != w.Population || s.Key != w.Key {
		t.Errorf("Sevenoaks %+v beside Tunbridge Wells %+v", s.Record, w.Record)
	}
	a, _ := rowFigure(its, "Paediatric ward", 41.0)
	b, _ := rowFigure(its, "Paediatric ward", 12.0)
	if a.Key == b.Key {
		t.Errorf("admissions and bookings keyed alike: %q", a.Key)
	}
}
