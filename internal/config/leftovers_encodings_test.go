package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/config"
)

// writeConfig writes data as a config file and returns its path.
func writeConfig(t *testing.T, data string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A config saved as UTF-16 with a byte-order mark (Notepad's "Unicode")
// was refused, where the basket, the history and --meta records so saved
// are read.
func TestConfigSavedAsUTF16IsRead(t *testing.T) {
	for name, data := range map[string]string{
		"le": "\xff\xfes\x00t\x00y\x00l\x00e\x00:\x00 \x00a\x00p\x00a\x00\n\x00",
		"be": "\xfe\xff\x00s\x00t\x00y\x00l\x00e\x00:\x00 \x00a\x00p\x00a\x00\n",
	} {
		c, err := config.Load(writeConfig(t, data))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if c.Style() != "apa" {
			t.Errorf("%s: style %q, want apa", name, c.Style())
		}
	}
}

// "style: !!binary YXBh" was an unknown citation style "YXBh": the base64
// taken for the value, where front matter names the tag.
func TestConfigBinaryValueIsNamed(t *testing.T) {
	_, err := config.Load(writeConfig(t, "start_check: files\nstyle: !!binary YXBh\n"))
	want := "config.yaml:2: style: a YAML !!binary value (base64-encoded bytes), where style is text: write the text itself, without the tag"
	if err == nil || !strings.HasSuffix(err.Error(), want) {
		t.Errorf("got %v, want …%s", err, want)
	}
}

// A config saved as UTF-32 was "a control character (\x00): the file is
// damaged", or, with a byte-order mark, "saved as UTF-16".
func TestConfigInUTF32IsNamed(t *testing.T) {
	for name, data := range map[string]string{
		"bom":    "\xff\xfe\x00\x00s\x00\x00\x00t\x00\x00\x00",
		"no bom": "s\x00\x00\x00t\x00\x00\x00",
	} {
		_, err := config.Load(writeConfig(t, data))
		if err == nil || !strings.Contains(err.Error(), "config.yaml: the file is saved as UTF-32") || !strings.Contains(err.Error(), "not as UTF-8 text") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
