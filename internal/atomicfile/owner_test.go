//go:build unix

package atomicfile_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/cypx/cypx/internal/atomicfile"
)

// TestReplacedFileKeepsItsOwner: a file of another user's (uid 65534)
// replaced by Write, run as root, keeps its owner, group and mode, and
// CanWrite says yes. Before, the rename put a root-owned file in its
// place: 'cypx export … -o FILE --force' as root took another user's
// file from them.
func TestReplacedFileKeepsItsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to give a file to another user (uid 65534): run as root to check a replaced file keeps its owner")
	}
	dir := t.TempDir()
	for _, name := range []string{"pack.md", "link.md"} {
		path := filepath.Join(dir, "theirs-"+name)
		os.WriteFile(path, []byte("old"), 0o640)
		os.Chmod(path, 0o640)
		if err := os.Chown(path, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		written := path
		if name == "link.md" {
			// Through a link, the file it leads to keeps its owner.
			written = filepath.Join(dir, name)
			os.Symlink(path, written)
		}
		if err := atomicfile.CanWrite(written); err != nil {
			t.Errorf("%s: CanWrite: %v", name, err)
		}
		if err := atomicfile.Write(written, []byte("new")); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		st := info.Sys().(*syscall.Stat_t)
		if data, _ := os.ReadFile(path); string(data) != "new" || st.Uid != 65534 || st.Gid != 65534 || info.Mode().Perm() != 0o640 {
			t.Errorf("%s: replaced as %q, owner %d:%d, mode %v; want \"new\", 65534:65534, -rw-r-----", name, data, st.Uid, st.Gid, info.Mode())
		}
	}
}

// TestAFileWhoseOwnerCannotBeKeptIsNotReplaced: a user (uid 65534) who
// may write a folder but not give a file to root is refused the
// replacing of root's file in it, before anything is written, in words;
// CanWrite says so first. Before, the file was replaced by one of the
// user's, its owner changed unsaid.
func TestAFileWhoseOwnerCannotBeKeptIsNotReplaced(t *testing.T) {
	if path := os.Getenv("CYPX_OWNER_TEST_FILE"); path != "" {
		// As uid 65534, in the process below.
		cerr := atomicfile.CanWrite(path)
		werr := atomicfile.Write(path, []byte("new"))
		var oe *atomicfile.OwnerError
		for _, err := range []error{cerr, werr} {
			if !errors.As(err, &oe) || !strings.Contains(err.Error(), "replacing it would change who owns it, so nothing was written") {
				t.Errorf("as uid %d: %v", os.Geteuid(), err)
			}
		}
		return
	}
	if os.Geteuid() != 0 {
		t.Skip("needs root to run a process as another user (uid 65534): run as root to check a file whose owner cannot be kept is refused")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o777)
	os.Chmod(filepath.Dir(dir), 0o777)
	path := filepath.Join(dir, "roots.md")
	os.WriteFile(path, []byte("old"), 0o666)
	os.Chmod(path, 0o666)
	// The test binary, where uid 65534 may run it.
	bin := filepath.Join(filepath.Dir(dir), "atomicfile.test")
	self, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(bin, self, 0o755)
	cmd := exec.Command(bin, "-test.run=^TestAFileWhoseOwnerCannotBeKeptIsNotReplaced$", "-test.v")
	cmd.Env = append(os.Environ(), "CYPX_OWNER_TEST_FILE="+path)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "PASS") {
		t.Errorf("as uid 65534: %v\n%s", err, out)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("the file now holds %q", data)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
	info, _ := os.Stat(path)
	if st := info.Sys().(*syscall.Stat_t); st.Uid != 0 {
		t.Errorf("owner now %d", st.Uid)
	}
}
