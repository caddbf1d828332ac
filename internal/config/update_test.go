package config_test

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/cypx/cypx/internal/config"
)

// TestUpdatesAtOnceLoseNoSetting: two settings changed at once by two
// processes' worth of read-modify-write are both kept: config.Update
// takes the settings file's lock around the read, the change and the
// save. Before, 'cypx config set style …' and 'cypx config set
// start_check …' at once each read the file and saved their own key, and
// one setting was lost (hostile check 42).
func TestUpdatesAtOnceLoseNoSetting(t *testing.T) {
	for round := range 30 {
		path := filepath.Join(t.TempDir(), "config", "config.yaml")
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, kv := range [][2]string{{"style", "apa"}, {"start_check", "folders"}} {
			wg.Go(func() {
				_, errs[i] = config.Update(path, func(c *config.Config) error { return c.Set(kv[0], kv[1]) })
			})
		}
		wg.Wait()
		if errs[0] != nil || errs[1] != nil {
			t.Fatal(errs)
		}
		c, err := config.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		style, _, _ := c.Get("style")
		check, _, _ := c.Get("start_check")
		if style != "apa" || check != "folders" {
			t.Fatalf("round %d: style %q, start_check %q: a setting was lost", round, style, check)
		}
	}
}
