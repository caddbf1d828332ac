package keys_test

import (
	"testing"

	"github.com/cypx/cypx/internal/tui/keys"
)

// TestFullHelpHasEveryBindingOnce guards the help screen: every key of the
// key map is listed, and no key is bound twice on the main screen (the
// side-by-side view has its own keys, LinkedHelp).
func TestFullHelpHasEveryBindingOnce(t *testing.T) {
	km := keys.DefaultKeyMap()
	seen := map[string]string{}
	n := 0
	for _, col := range km.FullHelp() {
		for _, b := range col {
			n++
			if b.Help().Key == "" || b.Help().Desc == "" {
				t.Errorf("binding %v has no help", b.Keys())
			}
			for _, k := range b.Keys() {
				if prev, dup := seen[k]; dup {
					t.Errorf("key %q bound to both %q and %q", k, prev, b.Help().Desc)
				}
				seen[k] = b.Help().Desc
			}
		}
	}
	if n < 20 {
		t.Errorf("full help lists %d bindings; the key map has more", n)
	}
}
