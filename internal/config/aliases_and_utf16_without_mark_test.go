package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/config"
)

// TestConfigSaysWhatIsWrong: a setting given by a YAML alias is told it
// is an alias (not that it wants a single value, which it is), and a
// file saved as UTF-16 without a byte-order mark is told so, not that it
// is damaged (with one, it is read: TestConfigSavedAsUTF16IsRead).
func TestConfigSaysWhatIsWrong(t *testing.T) {
	for name, c := range map[string]struct{ data, want string }{
		"alias":    {"style: &a apa\nstart_check: *a\n", `config.yaml:2: start_check: a YAML alias of the anchor "a"`},
		"utf16-le": {"s\x00t\x00y\x00l\x00e\x00:\x00 \x00a\x00p\x00a\x00\n\x00", "saved as UTF-16 without a byte-order mark"},
		"utf16-be": {"\x00s\x00t\x00y\x00l\x00e\x00:\x00 \x00a\x00p\x00a\x00\n", "saved as UTF-16 without a byte-order mark"},
	} {
		path := filepath.Join(t.TempDir(), "config.yaml")
		if err := os.WriteFile(path, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := config.Load(path)
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "damaged") || strings.Contains(err.Error(), "want a single value") {
			t.Errorf("%s: %v, want it to say %s", name, err, c.want)
		}
	}
}
