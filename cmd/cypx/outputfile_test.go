//go:build !windows

package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestOutputFileRules: -o refuses an existing file without --force, keeps
// a replaced file's mode, makes new files 0644 under the umask, writes
// through a link to its target, writes a FIFO and a device directly, and
// refuses a folder or a missing folder plainly.
func TestOutputFileRules(t *testing.T) {
	dir := t.TempDir()
	export := func(path string, more ...string) (string, int) {
		_, stderr, code := cli(t, append([]string{"export", "autism", "--format", "csv", "-o", path}, more...)...)
		return stderr, code
	}
	// A new file: 0644 less the umask.
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	fresh := filepath.Join(dir, "new.csv")
	if stderr, code := export(fresh); code != 0 {
		t.Fatalf("new file: %s", stderr)
	}
	if info, _ := os.Stat(fresh); info.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v, want 0644", info.Mode().Perm())
	}
	// An existing file: refused, untouched; with --force replaced, mode kept.
	existing := filepath.Join(dir, "existing.csv")
	os.WriteFile(existing, []byte("mine"), 0o600)
	if stderr, code := export(existing); code == 0 || !strings.Contains(stderr, "exists: pass --force") {
		t.Errorf("existing file without --force: exit %d, %q", code, stderr)
	}
	if data, _ := os.ReadFile(existing); string(data) != "mine" {
		t.Errorf("existing file overwritten: %q", data)
	}
	if stderr, code := export(existing, "--force"); code != 0 {
		t.Fatalf("--force: %s", stderr)
	}
	if info, _ := os.Stat(existing); info.Mode().Perm() != 0o600 {
		t.Errorf("replaced file mode %v, want 0600 kept", info.Mode().Perm())
	}
	// A link: the target is replaced, the link stays.
	target := filepath.Join(dir, "target.csv")
	os.WriteFile(target, []byte("old"), 0o640)
	link := filepath.Join(dir, "link.csv")
	os.Symlink(target, link)
	if stderr, code := export(link, "--force"); code != 0 {
		t.Fatalf("link: %s", stderr)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if data, _ := os.ReadFile(target); !strings.HasPrefix(string(data), "id,kind") {
		t.Errorf("the link's target was not written: %q", data)
	}
	if info, _ := os.Stat(target); info.Mode().Perm() != 0o640 {
		t.Errorf("target mode %v, want 0640 kept", info.Mode().Perm())
	}
	// A dangling link: its target is created.
	dangling := filepath.Join(dir, "dangling.csv")
	os.Symlink(filepath.Join(dir, "made.csv"), dangling)
	if stderr, code := export(dangling); code != 0 {
		t.Fatalf("dangling link: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "made.csv")); err != nil {
		t.Errorf("the dangling link's target was not made: %v", err)
	}
	// A FIFO is written directly, not replaced by a file.
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan string)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- string(data)
	}()
	if stderr, code := export(fifo); code != 0 {
		t.Errorf("fifo: %s", stderr)
	}
	select {
	case data := <-got:
		if !strings.HasPrefix(data, "id,kind") {
			t.Errorf("fifo read %q", data)
		}
	case <-time.After(60 * time.Second): // a guard against a hang, generous for a slow machine
		t.Fatal("nothing came through the fifo")
	}
	if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the fifo was replaced")
	}
	// A device: /dev/null stays a device.
	if stderr, code := export(os.DevNull); code != 0 {
		t.Errorf("/dev/null: %s", stderr)
	}
	if info, _ := os.Stat(os.DevNull); info.Mode()&os.ModeDevice == 0 {
		t.Fatal("/dev/null is no longer a device")
	}
	// A folder, a missing folder, a file as a folder: plain refusals.
	for path, want := range map[string]string{
		dir:                                    "is a folder: give a file name",
		filepath.Join(dir, "missing", "x.csv"): "no folder",
		filepath.Join(fresh, "x.csv"):          "is not a folder",
		// A name ending in a slash means a folder: a missing one is not
		// made a file (it was: "wrote 1 items to …/newdir/"), and a file
		// named so is not taken for one.
		filepath.Join(dir, "newdir") + "/": "no folder",
		fresh + "/":                        "is not a folder",
		// A path that climbs out of a missing folder is refused, as the
		// shell's redirection would refuse it (it wrote …/y.csv).
		dir + "/nosuch/../y.csv": "no folder",
		fresh + "/../y.csv":      "is not a folder",
	} {
		if stderr, code := export(path); code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("-o %s: exit %d, %q; want %q", path, code, stderr, want)
		}
	}
	// Through a link, ".." climbs from the link's target, as the system
	// climbs: the file goes beside the target's folder, not beside the
	// link (a path cleaned as text wrote it there).
	far := filepath.Join(t.TempDir(), "far")
	os.MkdirAll(filepath.Join(far, "sub"), 0o755)
	os.Symlink(filepath.Join(far, "sub"), filepath.Join(dir, "link"))
	if stderr, code := export(filepath.Join(dir, "link") + "/../z.csv"); code != 0 {
		t.Fatalf("-o link/../z.csv: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(far, "z.csv")); err != nil {
		t.Error("-o link/../z.csv was not written beside the link's target")
	}
	if _, err := os.Stat(filepath.Join(dir, "z.csv")); err == nil {
		t.Error("-o link/../z.csv was written beside the link")
	}
	for _, name := range []string{"missing", "newdir", "nosuch", "y.csv"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s was created", name)
		}
	}
}

// TestBasketFileKeepsItsLinkAndMode: a basket.json that is a link (to a
// dotfiles folder, say) stays a link and its target keeps its mode.
func TestBasketFileKeepsItsLinkAndMode(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	real := filepath.Join(t.TempDir(), "my-basket.json")
	os.WriteFile(real, []byte(`{"version": 1, "items": []}`), 0o600)
	os.MkdirAll(filepath.Join(home, "state"), 0o755)
	link := filepath.Join(home, "state", "basket.json")
	os.Symlink(real, link)
	if _, stderr, code := cli(t, "basket", "add", "9c090793"); code != 0 {
		t.Fatalf("basket add: %s", stderr)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Error("basket.json is no longer a link")
	}
	data, _ := os.ReadFile(real)
	if info, _ := os.Stat(real); !strings.Contains(string(data), "9c090793") || info.Mode().Perm() != 0o600 {
		t.Errorf("the link's target: mode %v, %s", info.Mode().Perm(), data)
	}
	// A folder in the basket's place is refused plainly.
	os.Remove(link)
	os.Mkdir(link, 0o755)
	if _, stderr, code := cli(t, "basket", "add", "9c090793"); code == 0 || !strings.Contains(stderr, "is a folder") {
		t.Errorf("basket.json a folder: exit %d, %q", code, stderr)
	}
}

// TestExportRefusesAnEmptyOutputName: -o "" (an unset shell variable)
// exited 0 and wrote the pack to standard output instead of a file.
func TestExportRefusesAnEmptyOutputName(t *testing.T) {
	for _, name := range []string{"", " "} {
		out, errOut, code := cli(t, "export", "autism", "-o", name)
		if code != 2 || out != "" || !strings.Contains(errOut, "-o needs a file name") {
			t.Errorf("-o %q: exit %d, stdout %d bytes, stderr %q", name, code, len(out), errOut)
		}
	}
}

// TestExportToDashIsStandardOutput: -o - (the usual name for standard
// output, as in `cypx export -o - | pandoc`) wrote a file named "-" in
// the current folder and nothing to standard output. A file of that name
// is still written as ./-.
func TestExportToDashIsStandardOutput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	out, errOut, code := cli(t, "export", "autism", "-o", "-")
	if code != 0 || !strings.Contains(out, "# Evidence") || strings.Contains(errOut, "wrote") {
		t.Errorf("-o -: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
		t.Errorf("-o - wrote a file named -")
	}
	if _, errOut, code := cli(t, "export", "autism", "-o", "./-"); code != 0 || !strings.Contains(errOut, "wrote 1 item to ./-") {
		t.Errorf("-o ./-: exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err != nil {
		t.Errorf("-o ./- wrote no file named -: %v", err)
	}
}

// TestExplorerExportSkipsANamePlantedAsALink: the explorer's `e` writes
// briefing-DATE.md and .docx in the working folder, never over anything.
// A dangling link planted there under that name (in a shared folder, by
// someone else) made it create the file the link pointed at, outside the
// folder, and report the export under the link's name. A link is a name
// taken: the export goes to the next free name and nothing is created
// where the link points.
func TestExplorerExportSkipsANamePlantedAsALink(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	for _, ext := range []string{".md", ".docx"} {
		os.Symlink(filepath.Join(outside, "planted"+ext), filepath.Join(dir, "briefing-2026-11-30"+ext))
	}
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	items := c.Items[:2]
	where, err := exportToFolder(dir, export.Pack{Items: items, Accessed: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(outside); len(left) > 0 {
		t.Errorf("the export wrote through the planted links: %v", left)
	}
	if !strings.Contains(where, "briefing-2026-11-30-2.md") {
		t.Errorf("exported to %q, want the next free name", where)
	}
	for _, ext := range []string{".md", ".docx"} {
		if info, err := os.Lstat(filepath.Join(dir, "briefing-2026-11-30-2"+ext)); err != nil || !info.Mode().IsRegular() {
			t.Errorf("briefing-2026-11-30-2%s: %v", ext, err)
		}
	}
}

// TestExportsAtTheSameInstantTakeTwoNames: two explorers pressing e in the
// same folder at the same instant both found the same free name, and the
// second's write failed. Eight exports at once now each take their own
// name, each with its Markdown and Word file.
func TestExportsAtTheSameInstantTakeTwoNames(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	p := export.Pack{Items: c.Items[:2], Accessed: now}
	const n = 8
	where := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { where[i], errs[i] = exportToFolder(dir, p, now) })
	}
	wg.Wait()
	seen := map[string]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("export %d: %v", i, errs[i])
		}
		if seen[where[i]] {
			t.Errorf("two exports to %s", where[i])
		}
		seen[where[i]] = true
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2*n {
		t.Errorf("%d files for %d exports", len(entries), n)
	}
}

// TestOutputToASocketIsRefusedPlainly: -o naming a Unix socket (a
// program's, left in a folder) is refused in words, and the socket is left
// as it is. Before: "open sock: no such device or address".
func TestOutputToASocketIsRefusedPlainly(t *testing.T) {
	dir := t.TempDir()
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skip("no Unix sockets here:", err)
	}
	defer l.Close()
	_, stderr, code := cli(t, "export", "autism", "--format", "csv", "-o", sock)
	if code != 1 || !strings.Contains(stderr, "is a socket, not a file: give another name") {
		t.Errorf("exit %d, %q", code, stderr)
	}
	if info, err := os.Lstat(sock); err != nil || info.Mode()&os.ModeSocket == 0 {
		t.Errorf("the socket was replaced: %v", err)
	}
}

// TestOutputEndingInDotNamesAFolder: "-o newdir/." names a folder as
// "-o newdir/" does, yet cleaned it wrote a file named newdir; and a
// file given as "notes.txt/." or "notes.txt/.." was refused in the
// system's words ("stat notes.txt/.: not a directory").
func TestOutputEndingInDotNamesAFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(file, []byte("mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		filepath.Join(dir, "newdir") + "/.":  "no folder",
		filepath.Join(dir, "newdir") + "/..": "no folder",
		filepath.Join(dir, "a", "b") + "/..": "no folder",
		file + "/.":                          file + " is not a folder",
		file + "/..":                         file + " is not a folder",
	} {
		_, stderr, code := cli(t, "export", "autism", "--format", "csv", "-o", path)
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("-o %s: exit %d, %q; want %q", path, code, stderr, want)
		}
	}
	for _, name := range []string{"newdir", "a"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s was created", name)
		}
	}
}

// TestOutputNameTooLongIsSaidPlainly: a file name longer than the system
// allows is refused in the project's words, naming the limit, not the
// system's "stat …: file name too long".
func TestOutputNameTooLongIsSaidPlainly(t *testing.T) {
	long := filepath.Join(t.TempDir(), strings.Repeat("n", 300)+".md")
	_, stderr, code := cli(t, "export", "autism", "-o", long)
	if code == 0 || !strings.Contains(stderr, "the name is longer than the system allows") || strings.Contains(stderr, "stat ") {
		t.Errorf("exit %d, %q", code, stderr)
	}
	if _, err := os.Lstat(long); err == nil {
		t.Error("a file was made")
	}
}
