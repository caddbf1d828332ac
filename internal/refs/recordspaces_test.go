package refs_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/refs"
)

// TestRecordFieldsAreTrimmedOfNoBreakSpaces: a title, publisher or place
// ending (or starting) with a no-break space (U+00A0) or another Unicode
// space is written trimmed in RIS, BibTeX and CSL JSON, as a citation
// trims it (hostile check 43: CSL JSON kept a title's trailing U+00A0).
func TestRecordFieldsAreTrimmedOfNoBreakSpaces(t *testing.T) {
	s := evidence.Source{ID: "a", Title: "Waits\u00a0", Publisher: "\u2009NHS\u00a0", Place: "Leeds\u3000", Date: evidence.Date{Year: 2024}, Type: evidence.SourceType("report")}
	for _, f := range []refs.Format{refs.RIS, refs.BibTeX, refs.CSLJSON} {
		out, err := refs.Write(f, []evidence.Source{s}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(out, "\u00a0\u2009\u3000") || strings.Contains(out, `\u00a0`) {
			t.Errorf("%s keeps a no-break or other space at a field's end:\n%q", f, out)
		}
		if !strings.Contains(out, "Waits") || !strings.Contains(out, "NHS") {
			t.Errorf("%s: %q", f, out)
		}
	}
}
