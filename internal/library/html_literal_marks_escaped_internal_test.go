package library

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAPagesLiteralMarksAreEscaped: a page's text is what the page
// shows: characters of it that Markdown reads as marks ("*unverified*",
// "_East_", "[^4]", "[2]" written as text) are escaped in the stored
// body, so each quote shows them, while the importer's own reference to
// a footnote stays a reference. Before (hostile check 70, G28), the
// quote read "unverified data" and "see [2] and for details".
func TestAPagesLiteralMarksAreEscaped(t *testing.T) {
	page := `<html><head><title>Marks - Fen Trust</title><meta property="og:site_name" content="Fen Trust"></head><body><main><article><h1>Marks</h1>
<p>In 2024, *unverified* returns showed 38% of referrals in the _East_ area were closed, see [2] and [^4] for details.</p>
<p>Around 27% of families said the wait was too long<sup><a href="#fn1" id="r1">1</a></sup> in the spring of 2024.</p>
<ol class="footnotes"><li id="fn1">Family survey, spring 2024. <a href="#r1">↩</a></li></ol>
</article></main></body></html>`
	body := importedBody(t, page)
	shown := map[string]string{}
	for _, line := range strings.Split(body, "\n") {
		if strings.Contains(line, "38%") {
			shown["38"] = evidence.QuoteLine(line)
		}
		if strings.Contains(line, "27%") {
			shown["27"] = line
		}
	}
	if want := "In 2024, *unverified* returns showed 38% of referrals in the _East_ area were closed, see [2] and [^4] for details."; shown["38"] != want {
		t.Errorf("shown %q, want %q; body:\n%s", shown["38"], want, body)
	}
	if !strings.Contains(shown["27"], "long[^1]") || strings.Contains(shown["27"], "\\[") {
		t.Errorf("the note's reference is no longer a reference: %q; body:\n%s", shown["27"], body)
	}
	if strings.Contains(body, noteMark) {
		t.Errorf("the reference's stand-in is in the body:\n%s", body)
	}
}
