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

// A dataset's page on a data portal lists its files, each with a
// one-line description ("Monthly counts by ward"): a catalogue of
// downloads, not the dataset's findings, which its notes give.
func TestDataPortalResourceListIsFurniture(t *testing.T) {
	page := `<html><head><title>School readiness by ward - Wexmoor Open Data</title><meta property="og:site_name" content="Wexmoor Council"></head><body>
<div class="notes"><p>In 2024-25, 71% of children in Wexmoor reached a good level of development at the end of Reception.</p></div>
<section class="resources"><h2>Files</h2><ul class="resource-list">
<li class="resource-item"><a href="/r/1">Readiness by ward 2024-25</a><p class="description">One row per ward per year, from 2019-20.</p></li>
<li class="resource-item"><a href="/r/2">Data dictionary</a><p class="description">Definitions of every column and the rounding rules.</p></li>
</ul></section></body></html>`
	im, err := library.Import(write(t, "dataset.html", []byte(page)), library.Meta{Type: "data", Date: "2025-05-01"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "71% of children") {
		t.Errorf("the notes are lost:\n%s", im.Body)
	}
	for _, bad := range []string{"One row per ward", "Definitions of every column"} {
		if strings.Contains(im.Body, bad) {
			t.Errorf("the file list's %q is kept:\n%s", bad, im.Body)
		}
	}
}
