package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAgreedManagementActionsAsk: an audit report's "Agreed management
// actions" give each row to an officer of the audited body, a post with
// its remit in brackets among them, and "Renew" opens an action: the body
// is asked each row's action. Before, the rows were excerpts.
func TestAgreedManagementActionsAsk(t *testing.T) {
	body := "## 4. Agreed management actions\n\n| Ref | Owner | Target date | Agreed action |\n|---|---|---|---|\n" +
		"| 1 | Head of Commissioning (Adults) | 31 July 2026 | Renew the framework contract for home care, with a clear exit clause. |\n" +
		"| 2 | Chief Finance Officer | 30 June 2026 | Require two quotes for every spot purchase over the threshold. |\n"
	n := 0
	for _, it := range extract.Extract(parseBody(t, "Northmere County Council", body)) {
		if it.Kind == evidence.Recommendation {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d recommendations, want 2", n)
	}
}
