package tui_test

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/cypx/cypx/internal/tui/keys"
)

// The golden views: the explorer drawn at fixed sizes (go test
// ./internal/tui -update refreshes them).

func TestGoldenViews(t *testing.T) {
	for _, size := range []struct{ w, h int }{{120, 40}, {80, 24}, {60, 20}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			d := start(t, size.w, size.h, options(t, nil))
			d.keys("public health grant", "enter")
			screen := d.screen()
			lines := strings.Split(screen, "\n")
			if len(lines) != size.h {
				t.Errorf("%d lines, want %d", len(lines), size.h)
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > size.w {
					t.Errorf("line %d is %d wide: %q", i, w, l)
				}
			}
			golden.RequireEqual(t, screen)
		})
	}
}

func TestGoldenChartAndMap(t *testing.T) {
	for _, size := range []struct{ w, h int }{{120, 40}, {80, 24}, {60, 20}} {
		for _, view := range []string{"v", "m"} {
			t.Run(fmt.Sprintf("%s-%dx%d", map[string]string{"v": "chart", "m": "map"}[view], size.w, size.h), func(t *testing.T) {
				d := start(t, size.w, size.h, options(t, nil))
				d.keys("esc", view)
				screen := d.screen()
				for i, l := range strings.Split(screen, "\n") {
					if w := ansi.StringWidth(l); w > size.w {
						t.Errorf("line %d is %d wide", i, w)
					}
				}
				golden.RequireEqual(t, screen)
			})
		}
	}
}

// TestHelpOfEveryScreenFitsAndListsItsKeys: ? on each screen shows that
// screen's keys, every one of them, within 80x24 and 60x20 (scrolling
// where they are taller than the room).
func TestHelpOfEveryScreenFitsAndListsItsKeys(t *testing.T) {
	km := keys.DefaultKeyMap()
	screens := []struct {
		name   string
		open   []string
		groups [][]key.Binding
	}{
		{"results", []string{"esc"}, km.ListKeys()},
		{"detail", []string{"esc", "enter"}, km.DetailKeys()},
		{"linked findings", []string{"esc", "l"}, km.LinkedKeys()},
		{"basket", []string{"esc", "b"}, km.BasketKeys()},
		{"chart", []string{"esc", "v"}, km.ChartKeys()},
		{"evidence map", []string{"esc", "m"}, km.MapKeys()},
	}
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				d := start(t, size[0], size[1], options(t, nil))
				d.keys(sc.open...)
				d.keys("?")
				seen := ""
				for page := 0; page < 10; page++ {
					s := d.screen()
					lines := strings.Split(s, "\n")
					if len(lines) != size[1] {
						t.Fatalf("%d lines at %dx%d", len(lines), size[0], size[1])
					}
					for i, l := range lines {
						if w := ansi.StringWidth(l); w > size[0] {
							t.Errorf("line %d is %d wide:\n%s", i, w, s)
						}
					}
					if !strings.Contains(s, "Keys · "+sc.name) {
						t.Fatalf("help of %s not shown:\n%s", sc.name, s)
					}
					seen += s
					if !strings.Contains(s, "more below") {
						break
					}
					d.keys("pgdown")
				}
				for _, g := range sc.groups {
					for _, b := range g {
						if !strings.Contains(seen, b.Help().Key) || !strings.Contains(seen, firstWord(b.Help().Desc)) {
							t.Errorf("help of %s lacks %s %q", sc.name, b.Help().Key, b.Help().Desc)
						}
					}
				}
				d.keys("esc")
				if strings.Contains(d.screen(), "Keys · ") {
					t.Error("esc should close the help")
				}
			})
		}
	}
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " ,"); i > 0 {
		return s[:i]
	}
	return s
}

// TestGoldenScreens draws every screen at 80x24 and 60x20: exactly the
// terminal's size, no line wider, the footer in place.
func TestGoldenScreens(t *testing.T) {
	_, c := bundledIndex(t)
	screens := []struct {
		name string
		keys []string
	}{
		{"empty", []string{"zzzzqqq"}},
		{"help", []string{"esc", "?"}},
		{"basket", []string{"esc", "b"}},
		{"linked", []string{"demand increased covid", "enter", "l"}},
		{"map-filter", []string{"esc", "m", "down", "right", "right", "enter"}},
		{"map-moved", []string{"esc", "m", "right", "right", "right", "right", "right", "right", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down"}},
		{"detail-note", []string{"demand increased covid", "enter", "enter"}},
	}
	for _, size := range []struct{ w, h int }{{80, 24}, {60, 20}} {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s-%dx%d", sc.name, size.w, size.h), func(t *testing.T) {
				var ids []string
				for _, it := range c.Items[:3] {
					ids = append(ids, it.ID)
				}
				opts := options(t, nil)
				opts.Basket = newBasketFile(t, ids...).hooks()
				d := start(t, size.w, size.h, opts)
				d.keys(sc.keys...)
				screen := d.screen()
				lines := strings.Split(screen, "\n")
				if len(lines) != size.h {
					t.Errorf("%d lines, want %d", len(lines), size.h)
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > size.w {
						t.Errorf("line %d is %d wide: %q", i, w, l)
					}
				}
				if last := lines[len(lines)-1]; !strings.Contains(last, "•") && !strings.Contains(last, "esc") {
					t.Errorf("the footer's help is gone: %q", last)
				}
				// Drawing writes nothing: drawing again draws the same.
				if again := d.screen(); again != screen {
					t.Errorf("a second drawing differs from the first: a View writes state")
				}
				golden.RequireEqual(t, screen)
			})
		}
	}
}
