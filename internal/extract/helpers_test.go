package extract_test

import (
	"io/fs"
	"strconv"
	"strings"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

func bundledFS() fs.FS { return bundled.FS }

func fmtFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// recSummaries are the recommendations among items, one line each: the
// number, the text when withText, and the actors joined by commas.
func recSummaries(items []evidence.Item, withText bool) []string {
	var got []string
	for _, it := range items {
		if it.Kind != evidence.Recommendation {
			continue
		}
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		line := it.Number + "|"
		if withText {
			line += it.Text + "|"
		}
		got = append(got, line+strings.Join(as, ","))
	}
	return got
}
