package corpus

import (
	"strings"
	"testing"
)

// TestURLNamingAUserIsAProblem: a source's url that names a user before its
// host ("https://www.nhs.uk@evil.example/x" leads to evil.example) is a
// `cypx check` problem that says so, and an import leaves it out with a
// warning naming where it came from; before, it was stored and linked in
// every pack (held-out check, round 27).
func TestURLNamingAUserIsAProblem(t *testing.T) {
	u := "https://www.nhs.uk@evil.example/x"
	if p := URLProblem(u); !strings.Contains(p, "names a user before its host") {
		t.Errorf("URLProblem(%q) = %q", u, p)
	}
	if w := URLLeftOut("r.json:3", u); !strings.HasPrefix(w, "r.json:3: ") || !strings.Contains(w, "left out") {
		t.Errorf("URLLeftOut = %q", w)
	}
	if p := URLProblem("https://example.org/a@b"); p != "" {
		t.Errorf("an @ in the path is a problem: %q", p)
	}
}
