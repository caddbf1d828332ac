package quality_test

import (
	"os"
	"path/filepath"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/themes"
)

func TestZZDump(t *testing.T) {
	tax, _ := themes.Load(bundled.FS, corpus.ThemesFile)
	ids := map[string]bool{}
	for _, id := range tax.IDs() {
		ids[id] = true
	}
	os.MkdirAll("/tmp/h13bodies", 0o755)
	for name, g := range loadGold(t, ids) {
		doc, _, _, err := docItems(t, filepath.Join("testdata", "devset", name), g, tax)
		if err != nil {
			continue
		}
		os.WriteFile("/tmp/h13bodies/"+name+".md", []byte(doc.Body), 0o644)
	}
}
