package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A thread saved from a federated server carries the server's banner (its
// blurb and description) and a prompt to sign in beside the posts: the
// host's words, not the thread's.
func TestServerBannerAndSignInPromptAreFurniture(t *testing.T) {
	page := `<html><head><title>Wexmoor Courier: thread</title><meta property="og:site_name" content="Wexmoor Courier"></head><body>
<div class="sign-in-banner"><p>Sign in to follow accounts, boost and reply to posts.</p></div>
<div class="server-banner"><div class="server-banner__introduction">social.example is a small community server for local news.</div>
<div class="server-banner__description">A home for reporters in the north of England.</div></div>
<div class="status"><p>Our survey of 240 parents found that 38% had waited more than a year for a dental check.</p></div>
</body></html>`
	im, err := library.Import(write(t, "thread.html", []byte(page)), library.Meta{Type: "news", Date: "2025-05-01"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "38% had waited") {
		t.Errorf("the post is lost:\n%s", im.Body)
	}
	for _, bad := range []string{"Sign in to follow", "community server", "home for reporters"} {
		if strings.Contains(im.Body, bad) {
			t.Errorf("the host's %q is kept:\n%s", bad, im.Body)
		}
	}
}
