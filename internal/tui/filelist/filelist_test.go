package filelist_test

import (
	"github.com/cypx/cypx/internal/plainfile"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui/filelist"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
)

// reportsF70e accepts the import's types in any case.
func reportsF70e(name string) bool {
	return slices.Contains([]string{".txt", ".md", ".pdf"}, strings.ToLower(filepath.Ext(name)))
}

// treeF70e makes a folder of files and folders (names ending in "/").
func treeF70e(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if strings.HasSuffix(n, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("Clinic waits rose by a third.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// keyF70e is a key press as the terminal sends it.
func keyF70e(k string) tea.KeyPressMsg {
	switch k {
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// pressF70e sends keys, running what each asks for (a listing) at once,
// and returns the last key's result.
func pressF70e(m filelist.Model, ks ...string) (filelist.Model, filelist.Result) {
	var res filelist.Result
	for _, k := range ks {
		var cmd tea.Cmd
		m, res, cmd = m.Update(keyF70e(k))
		if cmd != nil {
			m, _, _ = m.Update(cmd())
		}
	}
	return m, res
}

// startF70e is a picker in dir with its first listing read.
func startF70e(t *testing.T, dir string) filelist.Model {
	t.Helper()
	m := filelist.New(keys.DefaultKeyMap(), dir, reportsF70e)
	m, _, _ = m.Update(m.Init()())
	return m
}

// viewF70e is the picker's rows as plain text.
func viewF70e(m filelist.Model, width int) []string {
	lines, _ := m.View(styles.New(true), width)
	for i, l := range lines {
		lines[i] = ansi.Strip(l)
	}
	return lines
}

func namesF70e(m filelist.Model) []string {
	var out []string
	for _, e := range m.Entries() {
		out = append(out, e.Name)
	}
	return out
}

// TestListingHoldsFoldersAndAcceptedFilesOnly: a folder lists its
// folders first and then the files accepted, in any case, each group by
// name whatever its case; a .docx, a .csv, a hidden file or folder and a
// FIFO named as a report are not listed.
func TestListingHoldsFoldersAndAcceptedFilesOnly(t *testing.T) {
	dir := treeF70e(t, "zeta/", "Alpha/", ".hidden/", ".draft.txt", "notes.txt", "REPORT.PDF", "briefing.docx", "waits.csv", "minutes.md", "Board.TXT")
	if runtime.GOOS != "windows" {
		if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
			t.Logf("no FIFO here: %v", err)
		}
	}
	m := startF70e(t, dir)
	want := []string{"Alpha", "zeta", "Board.TXT", "minutes.md", "notes.txt", "REPORT.PDF"}
	if got := namesF70e(m); !slices.Equal(got, want) {
		t.Errorf("listed %q, want %q", got, want)
	}
	rows := strings.Join(viewF70e(m, 80), "\n")
	for _, want := range []string{"Alpha/", "zeta/", "30 bytes  notes.txt"} {
		if !strings.Contains(rows, want) {
			t.Errorf("the rows lack %q:\n%s", want, rows)
		}
	}
}

// TestPickerOpensFoldersPicksFilesAndGoesUp: down and up move; enter on
// a folder lists it; enter on a file picks its path; backspace and ←
// go up, the cursor on the folder just left; enter on a link that leads
// nowhere picks nothing and says why.
func TestPickerOpensFoldersPicksFilesAndGoesUp(t *testing.T) {
	dir := treeF70e(t, "a/", "b/inner.md", "c/", "top.txt")
	m := startF70e(t, dir)
	m, res := pressF70e(m, "down", "enter")
	if res.Path != "" || m.Dir() != filepath.Join(dir, "b") || !slices.Equal(namesF70e(m), []string{"inner.md"}) {
		t.Fatalf("enter on folder b: dir %s, listed %q, picked %q", m.Dir(), namesF70e(m), res.Path)
	}
	m, res = pressF70e(m, "enter")
	if res.Path != filepath.Join(dir, "b", "inner.md") {
		t.Errorf("enter on inner.md picked %q", res.Path)
	}
	m, _ = pressF70e(m, "backspace")
	if m.Dir() != dir || m.Cursor() != 1 {
		t.Errorf("backspace: in %s with the cursor on %d, want %s on b (1)", m.Dir(), m.Cursor(), dir)
	}
	m, _ = pressF70e(m, "right", "left")
	if m.Dir() != dir || m.Cursor() != 1 {
		t.Errorf("→ then ←: in %s with the cursor on %d, want %s on b (1)", m.Dir(), m.Cursor(), dir)
	}
	m, _ = pressF70e(m, "end", "down")
	if m.Cursor() != 3 {
		t.Errorf("end and down past the last: cursor %d, want 3", m.Cursor())
	}
	if runtime.GOOS == "windows" {
		return
	}
	os.Symlink("gone.txt", filepath.Join(dir, "broken.txt"))
	m = startF70e(t, dir)
	m, res = pressF70e(m, "down", "down", "down", "enter")
	if res.Path != "" || !strings.Contains(res.Problem, "broken.txt is a link to gone.txt") {
		t.Errorf("enter on a broken link picked %q, said %q", res.Path, res.Problem)
	}
	if rows := strings.Join(viewF70e(m, 80), "\n"); !strings.Contains(rows, "broken.txt → gone.txt (broken link)") {
		t.Errorf("the broken link is not said:\n%s", rows)
	}
}

// TestListingOfAFolderLeftIsNotShown: a listing that arrives after the
// user has opened another folder is not shown as that folder's, and
// enter picks nothing while the new folder is being read.
func TestListingOfAFolderLeftIsNotShown(t *testing.T) {
	dir := treeF70e(t, "sub/deep.txt", "top.txt")
	m := startF70e(t, dir)
	m, _, slow := m.Update(keyF70e("enter")) // into sub, its listing not yet in
	if m, res, _ := m.Update(keyF70e("enter")); res.Path != "" || len(m.Entries()) != 0 {
		t.Errorf("enter before sub was read picked %q (listed %q)", res.Path, namesF70e(m))
	}
	m, _, back := m.Update(keyF70e("backspace"))
	m, _, _ = m.Update(back())
	m, _, _ = m.Update(slow()) // sub's listing, late
	if m.Dir() != dir || !slices.Equal(namesF70e(m), []string{"sub", "top.txt"}) {
		t.Errorf("a late listing replaced the folder's: in %s, listed %q", m.Dir(), namesF70e(m))
	}
}

// TestRowsAreEscapedAndCutToTheirWidth: a name holding an escape
// sequence is shown escaped, a long name is cut with an ellipsis to the
// width, the list scrolls to keep the cursor in sight, and an empty
// folder says so.
func TestRowsAreEscapedAndCutToTheirWidth(t *testing.T) {
	names := []string{"evil\x1b]52;c;aGk=\x07.txt", strings.Repeat("long", 30) + ".txt"}
	for i := range 20 {
		names = append(names, "n"+string(rune('a'+i))+".md")
	}
	dir := treeF70e(t, names...)
	m := startF70e(t, dir)
	m.SetHeight(5)
	lines, at := m.View(styles.New(true), 40)
	if len(lines) != 5 || at != 0 {
		t.Fatalf("%d rows with the cursor at %d, want 5 at 0", len(lines), at)
	}
	plain := viewF70e(m, 40)
	if !strings.Contains(plain[0], `evil\x1b]52`) || strings.Contains(strings.Join(lines, ""), "\x1b]52") {
		t.Errorf("the name is not escaped: %q", lines[0])
	}
	if w := ansi.StringWidth(plain[1]); w > 40 || !strings.HasSuffix(plain[1], "…") {
		t.Errorf("the long name is %d wide, or not cut with an ellipsis: %q", w, plain[1])
	}
	m, _ = pressF70e(m, "end")
	lines, at = m.View(styles.New(true), 40)
	if at != len(lines)-1 || !strings.Contains(ansi.Strip(lines[at]), "nt.md") {
		t.Errorf("after end the cursor's row is %d of %q", at, lines)
	}
	empty := filelist.New(keys.DefaultKeyMap(), t.TempDir(), reportsF70e)
	empty.Empty = "No reports here."
	empty, _, _ = empty.Update(empty.Init()())
	if got := viewF70e(empty, 40); len(got) != 1 || got[0] != "No reports here." {
		t.Errorf("an empty folder shows %q", got)
	}
}

// TestSizesAreShortAndRounded: the picker writes a file's size as every
// message of cypx writes one (plainfile.Size), short and rounded.
func TestSizesAreShortAndRounded(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 999: "999 bytes", 1024: "1 KB", 4300: "4.2 KB", 13_900_000: "13 MB", 32 << 20: "32 MB", 1_048_000: "1023 KB", 1_600_000: "1.5 MB"} {
		if got := plainfile.Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
