package keys_test

import (
	"testing"

	"github.com/cypx/cypx/internal/tui/keys"
)

// TestEachScreenBindsAKeyOnce: on every screen each binding has its help,
// and no key does two things.
func TestEachScreenBindsAKeyOnce(t *testing.T) {
	km := keys.DefaultKeyMap()
	for name, groups := range km.Contexts() {
		seen := map[string]string{}
		n := 0
		for _, g := range groups {
			for _, b := range g {
				n++
				if b.Help().Key == "" || b.Help().Desc == "" {
					t.Errorf("%s: binding %v has no help", name, b.Keys())
				}
				for _, k := range b.Keys() {
					if prev, dup := seen[k]; dup && prev != b.Help().Desc {
						t.Errorf("%s: key %q bound to both %q and %q", name, k, prev, b.Help().Desc)
					}
					seen[k] = b.Help().Desc
				}
			}
		}
		if n == 0 {
			t.Errorf("%s has no keys", name)
		}
	}
	if n := len(km.ListKeys()[0]) + len(km.ListKeys()[1]); n < 12 {
		t.Errorf("the list's help names %d actions", n)
	}
}
