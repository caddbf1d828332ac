package atomicfile_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
)

// version is the content of version n: 1 MB of one repeated byte and a
// trailer naming n, so a torn file shows.
func version(n int) []byte {
	b := bytes.Repeat([]byte{byte('a' + n%26)}, 1<<20)
	return append(b, fmt.Sprintf("\nversion %d\n", n)...)
}

// TestMain lets the test binary act as the child that writes for ever.
func TestMain(m *testing.M) {
	if path := os.Getenv("ATOMICFILE_CHILD"); path != "" {
		for n := 0; ; n++ {
			if err := atomicfile.Write(path, version(n)); err != nil {
				os.Exit(3)
			}
		}
	}
	os.Exit(m.Run())
}

func TestKilledWriterNeverLeavesAHalfFile(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	path := filepath.Join(t.TempDir(), "basket.json")
	if err := atomicfile.Write(path, version(0)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 25; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "ATOMICFILE_CHILD="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(5+rand.IntN(40)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("kill %d: the file is gone: %v", i, err)
		}
		if len(data) < 1<<20 {
			t.Fatalf("kill %d: the file is %d bytes: torn", i, len(data))
		}
		var n int
		if _, err := fmt.Sscanf(string(data[1<<20:]), "\nversion %d\n", &n); err != nil || !bytes.Equal(data, version(n)) {
			t.Fatalf("kill %d: the file is not one whole version", i)
		}
	}
}

// TestStaleTemporaryFilesAreRemoved: a write removes the temporary files a
// killed writer of the same file left behind, but not one being written now.
func TestStaleTemporaryFilesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "basket.json")
	stale := filepath.Join(dir, ".tmp-basket.json-123")
	fresh := filepath.Join(dir, ".tmp-basket.json-456")
	other := filepath.Join(dir, ".tmp-library.md-789")
	for _, f := range []string{stale, fresh, other} {
		if err := os.WriteFile(f, []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	hourAgo := time.Now().Add(-time.Hour)
	os.Chtimes(stale, hourAgo, hourAgo)
	os.Chtimes(other, hourAgo, hourAgo)
	if err := atomicfile.Write(path, []byte("[]")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("a killed writer's temporary file was kept")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a temporary file being written now was removed")
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("another file's temporary file was removed")
	}
}

// TestStaleTempFilesGoWhateverTheName: a killed writer's temporary file is
// removed beside a file whose name holds pattern characters ("[draft]"),
// which a pattern match missed, and a stale temporary file of another name
// stays.
func TestStaleTempFilesGoWhateverTheName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief [draft].md")
	old := time.Now().Add(-time.Hour)
	left := filepath.Join(dir, ".tmp-brief [draft].md-123")
	other := filepath.Join(dir, ".tmp-brief d.md-456")
	for _, f := range []string{left, other} {
		os.WriteFile(f, []byte("half"), 0o644)
		os.Chtimes(f, old, old)
	}
	if err := atomicfile.Write(path, []byte("whole")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); err == nil {
		t.Error("the stale temporary file of the name with brackets was left")
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("another file's temporary file was removed")
	}
}

// A folder that takes no new files answers a create with ENOENT; the
// error named the existing file as missing ("open /proc/version: no such
// file or directory").
func TestFolderThatTakesNoNewFilesIsSaid(t *testing.T) {
	const path = "/proc/version"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s is not here (%v): the test needs Linux's /proc", path, err)
	}
	for name, try := range map[string]func() error{
		"Write":    func() error { return atomicfile.Write(path, []byte("x")) },
		"CanWrite": func() error { return atomicfile.CanWrite(path) },
	} {
		err := try()
		if err == nil {
			t.Fatalf("%s(%s) succeeded", name, path)
		}
		msg := err.Error()
		if strings.Contains(msg, "no such file") || !strings.Contains(msg, "takes no new files") || !strings.Contains(msg, "/proc") {
			t.Errorf("%s(%s) = %q, want the folder named as taking no new files", name, path, msg)
		}
	}
}
