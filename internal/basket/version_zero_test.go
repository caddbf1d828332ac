package basket_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

// TestBasketOfVersionZeroSaysItsVersion: a basket file that gives
// "version" as 0 (or below) is refused naming the version it has, not as
// a file with no "version" (hostile check 61); one with none still says
// so, and neither is changed by an add.
func TestBasketOfVersionZeroSaysItsVersion(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ text, want string }{
		{`{"version":0,"items":["north-2023-waits#0a1b2c3d"]}`, `not a basket file: its "version" is 0, which no cypx writes: want {"version": 1,`},
		{`{"version": -2, "items": []}`, `its "version" is -2, which no cypx writes`},
		{`{"items": ["north-2023-waits#0a1b2c3d"]}`, `not a basket file: no "version" in it`},
		{`{"version":0,"items":[],"extra":1}`, `its "version" is 0`},
	} {
		path := filepath.Join(dir, "basket.json")
		os.WriteFile(path, []byte(c.text), 0o644)
		_, err := basket.Load(path)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.text, err, c.want)
		}
		if err != nil && c.want != `not a basket file: no "version" in it` && strings.Contains(err.Error(), `no "version"`) {
			t.Errorf("%s: said to have no version: %v", c.text, err)
		}
		if _, err := basket.Update(path, func(b *basket.Basket) error { b.Add("north-2023-waits#0f0f0f0f"); return nil }); err == nil {
			t.Errorf("%s: an add went through", c.text)
		}
		if got, _ := os.ReadFile(path); string(got) != c.text {
			t.Errorf("%s: rewritten as %s", c.text, got)
		}
	}
}
