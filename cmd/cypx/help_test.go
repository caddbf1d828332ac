package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func TestVersion(t *testing.T) {
	out, _, code := cli(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "cypx ") || !strings.Contains(out, runtime.Version()) {
		t.Errorf("--version: %d %q", code, out)
	}
	// A binary built from a repository names its commit.
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil || testing.Short() {
		t.Skip("not in a git checkout, or -short: the commit is not checked")
	}
	// Go stamps the commit only where .git is a folder, not in a git
	// worktree (where it is a file).
	top, _ := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if info, err := os.Stat(filepath.Join(strings.TrimSpace(string(top)), ".git")); err != nil || !info.IsDir() {
		t.Skip("a git worktree: Go records no commit in what it builds here")
	}
	bin := filepath.Join(t.TempDir(), "cypx")
	if out, err := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	got, err := exec.Command(bin, "--version").Output()
	if err != nil || !strings.Contains(string(got), "(commit "+strings.TrimSpace(string(head))[:12]) {
		t.Errorf("--version of a build from %s: %q (%v)", strings.TrimSpace(string(head)), got, err)
	}
}

func TestHelpTopics(t *testing.T) {
	out, _, code := cli(t, "help", "search")
	for _, want := range []string{"autism OR adhd", "year:2018..2020", "publisher:\"NHS Providers\"", "wait*  autisim~1", "4,096 characters", "Usage:\n  cypx search QUERY..."} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("help search lacks %q:\n%s", want, out)
		}
	}
	out, _, code = cli(t, "help", "corpus")
	for _, want := range []string{"Required: title, publisher, date, type", "place: London", "<!-- page N -->", "sources/<id>.md"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("help corpus lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = cli(t, "--help")
	if !strings.Contains(out, "Additional help topics:\n  cypx corpus") {
		t.Errorf("the root help does not list the corpus topic:\n%s", out)
	}
}

// TestManPage: cypx man writes one page with a section for every command
// and its flags, which groff reads without a warning.
func TestManPage(t *testing.T) {
	out, stderr, code := cli(t, "man")
	if code != 0 || !strings.HasPrefix(out, ".TH CYPX 1 ") {
		t.Fatalf("man: %d %q\n%s", code, stderr, out[:min(len(out), 200)])
	}
	root := newRoot(&app{})
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if !sub.IsAvailableCommand() || sub.Name() == "help" {
				continue
			}
			if !strings.Contains(out, ".SS \""+sub.CommandPath()) {
				t.Errorf("the man page has no section for %s", sub.CommandPath())
			}
			walk(sub)
		}
	}
	walk(root)
	for _, want := range []string{`\fB\-\-style\fR \fIstring\fR`, `\fB\-o\fR, \fB\-\-output\fR`, ".SH ENVIRONMENT", "CYPX_HOME", ".SH \"EXIT STATUS\"", ".SH \"THE CORPUS FORMAT\""} {
		if !strings.Contains(out, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("groff is not installed: the page is not rendered")
	}
	page := filepath.Join(t.TempDir(), "cypx.1")
	os.WriteFile(page, []byte(out), 0o644)
	var errs bytes.Buffer
	cmd := exec.Command(groff, "-man", "-k", "-ww", "-z", "-Tutf8", page)
	cmd.Stderr = &errs
	if err := cmd.Run(); err != nil || errs.Len() > 0 {
		t.Errorf("groff: %v\n%s", err, errs.String())
	}
}

// TestCompletion: cobra's completion scripts for the four shells, and the
// fixed values of --style offered.
func TestCompletion(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		out, stderr, code := cli(t, "completion", sh)
		if code != 0 || len(out) < 500 || !strings.Contains(out, "cypx") {
			t.Errorf("completion %s: %d %q (%d bytes)", sh, code, stderr, len(out))
		}
	}
	out, _, _ := cli(t, "__complete", "cite", "x", "--style", "")
	for _, st := range []string{"harvard", "apa", "vancouver", "footnotes"} {
		if !strings.Contains(out, st+"\n") {
			t.Errorf("--style does not complete %s:\n%s", st, out)
		}
	}
}
