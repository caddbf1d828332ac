package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestTelAbbreviationEndsNoSentence: "tel." before a phone number ends no
// sentence, so the sentence is one item, its phone number no figure and
// its count read. Before: the sentence was cut after "tel.", and
// "020 7946 0958) received 1,200 calls in 2023." held no figure.
func TestTelAbbreviationEndsNoSentence(t *testing.T) {
	body := "The service (tel. 020 7946 0958) received 1,200 calls in 2023.\n"
	var stats []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Statistic {
			stats = append(stats, it.Text+" | "+describe(it.Figures))
		}
	}
	want := "The service (tel. 020 7946 0958) received 1,200 calls in 2023. | 1,200 calls=1200 count"
	if len(stats) != 1 || stats[0] != want {
		t.Errorf("statistics %q, want [%q]", stats, want)
	}
}
