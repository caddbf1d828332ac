package refs_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// TestCSLDatesOfOtherShapes: an "issued" CSL JSON holds in a shape cypx
// does not read is an error naming what the file holds and the shape
// wanted, never Go's type names or an empty date; a literal date is read.
func TestCSLDatesOfOtherShapes(t *testing.T) {
	for issued, want := range map[string]string{
		`"2024"`:                           `a string ("2024")`,
		`2024`:                             `a number (2024)`,
		`[[2024]]`:                         `a list`,
		`{"date-parts": [["spring"]]}`:     `bad date part "spring"`,
		`{"date-parts": [[2024, "June"]]}`: `bad date part "June"`,
		`{"literal": "Spring 2024"}`:       `bad date "Spring 2024"`,
	} {
		_, err := refs.Read("r.json", []byte(`{"type": "report", "title": "T", "publisher": "P", "issued": `+issued+`}`))
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "Go value") || strings.Contains(err.Error(), `""`) {
			t.Errorf("%s: %v, want it to say %s", issued, err, want)
		}
	}
	got, err := refs.Read("r.json", []byte(`{"type": "report", "title": "T", "publisher": "P", "issued": {"literal": "2024-07"}}`))
	if err != nil || got.Date.Year != 2024 || got.Date.Month != 7 {
		t.Errorf("literal: %+v, %v", got.Date, err)
	}
}
