package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExplorerFollowsTheLibraryChangedByAnotherCypx: the real explorer is
// open on a search while 'cypx remove' runs in another process, and no
// other command rebuilds the cache. Within its next look (twice a second,
// no key pressed) the explorer opens its index again and says the report
// was removed; its search no longer lists the report's finding; e leaves
// the finding out of the pack, as 'cypx basket list' calls it missing;
// and after 'cypx add' in another process the new report's words are
// found, and after 'cypx add --force' of a report its new text is. Before
// (hostile check 70 G11), the removed report's finding was
// still searched, copied and exported, and the added one's words found
// nothing, until some other command rebuilt the index.
func TestExplorerFollowsTheLibraryChangedByAnotherCypx(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home, work, out := t.TempDir(), t.TempDir(), t.TempDir()
	status := filepath.Join(t.TempDir(), "status")
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(work, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = work
		cmd.Env = cypxEnv(home)
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("cypx %v: %v\n%s", args, err, b)
		}
		return string(b)
	}
	write("carers.md", "---\ntitle: Young carers at school\npublisher: Westby Carers Trust\ndate: 2025-03-01\n---\n# Young carers at school\n\nIn 2025, 41% of young carers in Westby missed school at least once a week.\n")
	const respite = "---\ntitle: Respite for carers\npublisher: Ardley Council\ndate: 2025-02-01\n---\n# Respite for carers\n\nIn 2025, 17% of young carers in Ardley had no respite break in the year.\n"
	write("respite.md", respite)
	write("zebra.md", "---\ntitle: Crossings near schools\npublisher: Ardley Council\ndate: 2025-04-01\n---\n# Crossings near schools\n\nIn 2025, 9% of zebra crossings near schools had a patrol at home time.\n")
	run("add", "--type", "report", "carers.md", "respite.md")
	idOf := func(query string) string {
		t.Helper()
		var found struct {
			Items []struct {
				ID string `json:"id"`
			} `json:"items"`
		}
		if err := json.Unmarshal([]byte(run("search", "--no-bundled", query, "--format", "json")), &found); err != nil || len(found.Items) != 1 {
			t.Fatalf("search %s: %v, %+v", query, err, found)
		}
		return found.Items[0].ID
	}
	removed, kept := idOf("westby"), idOf("respite")
	run("basket", "add", removed, kept)
	s := startTmux(t, 160, 40, fmt.Sprintf("cd %s && env CYPX_HOME=%s TERM=xterm-256color %s --no-bundled 2>%s/stderr; echo $? > %s; sleep 60", out, home, bin, home, status))
	s.waitFor("items · 2 sources")
	s.typeText("carers")
	s.waitFor("/ carers", "2 of 2 items", "41% of young carers in Westby")

	run("remove", "wct-2025-young-carers-at-school")
	screen := s.waitFor("The library changed outside the explorer: removed wct-2025-young-carers-at-school")
	screen = s.waitFor("1 of 1 item")
	if strings.Contains(screen, "41% of young carers in Westby") {
		t.Errorf("the search still lists the removed report's finding:\n%s", screen)
	}
	if list := run("basket", "list"); !strings.Contains(list, "missing  "+removed) {
		t.Fatalf("basket list does not call the removed finding missing:\n%s", list)
	}

	s.keys("Escape") // to the results, where e exports
	s.waitFor("/ search •")
	s.keys("e")
	s.waitFor("Export 1 finding (1 missing finding left out) to")
	s.keys("Enter")
	s.waitFor("xported the briefing pack", "1 missing finding left")
	packs, _ := filepath.Glob(filepath.Join(out, "briefing-*.md"))
	if len(packs) != 1 {
		t.Fatalf("packs written: %v", packs)
	}
	b, _ := os.ReadFile(packs[0])
	if strings.Contains(string(b), "Westby") || !strings.Contains(string(b), "no respite break") {
		t.Errorf("the pack should hold the kept finding alone:\n%s", b)
	}

	run("add", "--type", "report", "zebra.md")
	s.waitFor("The library changed outside the explorer: added ac-2025-crossings-near-schools")
	s.keys("/")
	s.keys("C-u")
	s.typeText("zebra")
	s.waitFor("/ zebra", "1 of 2 items", "9% of zebra crossings")

	// A report replaced ('add --force', its id and metadata kept): its
	// new words are found, its old ones not.
	write("respite.md", strings.Replace(respite, "17% of young carers", "23% of young carers", 1))
	run("add", "--type", "report", "--force", "respite.md")
	s.waitFor("The library changed outside the explorer: updated 1 source")
	for range len("zebra") {
		s.keys("BSpace")
	}
	s.typeText("ardley")
	screen = s.waitFor("/ ardley", "1 of 2 items", "23% of young carers in Ardley")
	if strings.Contains(screen, "17% of young carers") {
		t.Errorf("the replaced report's old text is still found:\n%s", screen)
	}
	s.keys("Escape")
	s.waitFor("/ search •")
	s.keys("q")
	s.exitedWithin(t, status, time.Now(), patience, "q")
}
