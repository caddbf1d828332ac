package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// figureKeys extracts body and maps each figure's text to its value,
// measure and key.
func figureKeys(t *testing.T, body string) map[string]struct {
	value        float64
	measure, key string
} {
	t.Helper()
	got := map[string]struct {
		value        float64
		measure, key string
	}{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = struct {
				value        float64
				measure, key string
			}{f.Value, f.Measure, f.Key}
		}
	}
	return got
}

// TestACountScaleIsNoPartOfTheMeasure: the words stating the scale of a
// table's counts, in a header, a caption, the heading over it or a row's
// label ("(thousands)", ", thousands", "(numbers in millions)",
// "('000s)"), are no part of its figures' measure or key, as a unit note
// in brackets ("(%)", "(% of all waiting)") is not: the figures are
// scaled by the rule that finds them, and 3.4 thousand young people
// waiting is the measure 3,400 young people waiting is, under a plain
// header. A row's label stating the scale scales its cells; the
// thousands of a rate's base state none. Before, the measure kept
// "(thousands)" and its key "thousand", so the two never met, a row's
// "(thousands)" left 3.4 a count of 3.4, a caption's "millions, 2025"
// scaled nothing and one ending "rate per 100,000" made 212.4 a count of
// 212,400.
func TestACountScaleIsNoPartOfTheMeasure(t *testing.T) {
	plain := figureKeys(t, "| Area | Young people on the list |\n|---|---|\n| Bradwell | 3,400 |\n")["3,400"]
	if plain.measure != "young people on the list" || plain.key == "" {
		t.Fatalf("plain header: %+v", plain)
	}
	for _, body := range []string{
		"| Area | Young people on the list (thousands) |\n|---|---|\n| Bradwell | 3.4 |\n",
		"| Area | Young people on the list, thousands |\n|---|---|\n| Bradwell | 3.4 |\n",
		"| Area | Young people on the list ('000s) |\n|---|---|\n| Bradwell | 3.4 |\n",
		"| Area | Young people on the list (figures in thousands) 2025 |\n|---|---|\n| Bradwell | 3.4 |\n",
		"Table 3: Young people on the list, thousands\n\n| Area | 2025 |\n|---|---|\n| Bradwell | 3.4 |\n",
		"## Young people on the list (thousands)\n\n| Area | 2025 |\n|---|---|\n| Bradwell | 3.4 |\n",
	} {
		got := figureKeys(t, body)["3.4"]
		if got.value != 3400 || got.measure != plain.measure || got.key != plain.key {
			t.Errorf("%q: 3.4 read as %+v, want 3400 %q %q", body, got, plain.measure, plain.key)
		}
	}
	ind := figureKeys(t, "| Indicator | 2025 |\n|---|---|\n| Young people on the list | 3,400 |\n")["3,400"]
	if got := figureKeys(t, "| Indicator | 2025 |\n|---|---|\n| Young people on the list (thousands) | 3.4 |\n")["3.4"]; got.value != 3400 || got.measure != ind.measure || got.key != ind.key {
		t.Errorf("a row's label in thousands: 3.4 read as %+v, want 3400 %q %q", got, ind.measure, ind.key)
	}
	got := figureKeys(t, "| Area | Young people on the list (numbers in millions) |\n|---|---|\n| Bradwell | 0.2 |\n")["0.2"]
	if got.value != 200000 || got.measure != plain.measure || got.key != plain.key {
		t.Errorf("millions: 0.2 read as %+v, want 200000 %q %q", got, plain.measure, plain.key)
	}
	// A caption's scale before the year ending it scales its counts too.
	if got := figureKeys(t, "Table 4: Young people on the list, millions, 2025\n\n| Area | 2025 |\n|---|---|\n| Bradwell | 0.2 |\n")["0.2"]; got.value != 200000 {
		t.Errorf("caption's millions before its year: 0.2 read as %v, want 200000", got.value)
	}
	// The thousands of a rate's base state no scale: "rate per 100,000"
	// ending a caption makes rates, not counts in thousands.
	if got := figureKeys(t, "Table 6: Hospital admissions, rate per 100,000\n\n| Group | Bradwell |\n|---|---|\n| Girls | 212.4 |\n")["212.4"]; got.value != 212.4 {
		t.Errorf("rate per 100,000: 212.4 read as %v", got.value)
	}
	// "Thousands" that is what is counted stays.
	if got := figureKeys(t, "| Area | Thousands of leaflets |\n|---|---|\n| Bradwell | 41 |\n")["41"]; got.value != 41 || got.measure != "thousands of leaflets" {
		t.Errorf("thousands of leaflets: 41 read as %+v", got)
	}
}
