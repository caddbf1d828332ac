package quality_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/cypx/cypx/internal/evidence"
)

// gold is one document's gold.yaml; see the package doc for its meaning.
type gold struct {
	Format   string            `yaml:"format"`
	Template string            `yaml:"template"`
	Flags    map[string]string `yaml:"flags"`
	Meta     struct {
		Title     string `yaml:"title"`
		Publisher string `yaml:"publisher"`
		Date      string `yaml:"date"`
	} `yaml:"meta"`
	Statistics []struct {
		Key  string `yaml:"key"`
		Page int    `yaml:"page"`
		// Table marks a row of a data table.
		Table   bool         `yaml:"table"`
		Cites   string       `yaml:"cites"`
		Themes  []string     `yaml:"themes"`
		Figures []goldFigure `yaml:"figures"`
	} `yaml:"statistics"`
	Recommendations []struct {
		Key    string   `yaml:"key"`
		Number string   `yaml:"number"`
		Actors []string `yaml:"actors"`
		Themes []string `yaml:"themes"`
		Page   int      `yaml:"page"`
	} `yaml:"recommendations"`
	Themes []struct {
		Key    string   `yaml:"key"`
		Themes []string `yaml:"themes"`
	} `yaml:"themes"`
	NotFigures []struct {
		Key  string `yaml:"key"`
		Text string `yaml:"text"`
	} `yaml:"not_figures"`
	Furniture []string `yaml:"furniture"`
	Headings  []string `yaml:"headings"`
}

// goldFigure is one figure of a gold statistic: a value, or a range.
type goldFigure struct {
	Value     *float64 `yaml:"value"`
	Low       *float64 `yaml:"low"`
	High      *float64 `yaml:"high"`
	Unit      string   `yaml:"unit"`
	Role      string   `yaml:"role"`
	Qualifier string   `yaml:"qualifier"`
	Text      string   `yaml:"text"`
}

func (f goldFigure) String() string {
	if f.Low != nil || f.High != nil {
		return fmt.Sprintf("%g–%g %s", deref(f.Low), deref(f.High), f.Unit)
	}
	s := fmt.Sprintf("%g %s", deref(f.Value), f.Unit)
	if f.Role != "" {
		s += " (" + f.Role + ")"
	}
	return s
}

func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// matches reports whether an extracted figure states the gold figure: the
// same unit and value, or the same range.
func (f goldFigure) matches(x evidence.Figure) bool {
	if string(x.Unit) != f.Unit {
		return false
	}
	if f.Low != nil || f.High != nil {
		lo, hi := rangeOf(x)
		return near(lo, deref(f.Low)) && near(hi, deref(f.High))
	}
	return f.Value != nil && near(x.Value, *f.Value)
}

// near compares values as published: to the first decimal place, or to a
// thousandth of large values (£2.3bn written in full).
func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d < 0.051 || d <= 0.001*max(a, b)
}

var (
	validUnits  = map[string]bool{}
	validActors = map[string]bool{}
	validRoles  = map[string]bool{"": true, "headline": true, "base": true, "change": true}
	validFormat = map[string]bool{"html": true, "pdf": true, "email": true, "text": true, "corpus": true}
)

func init() {
	for _, u := range evidence.Units {
		validUnits[string(u)] = true
	}
	for _, a := range evidence.Actors {
		validActors[string(a)] = true
	}
}

// setDir is the folder of documents measured: the development set, or the
// folder CYPX_DEVSET names, so documents kept outside the repository (a
// held-out set the rules were never tuned on) are measured the same way.
func setDir() string {
	if d := os.Getenv("CYPX_DEVSET"); d != "" {
		return d
	}
	return filepath.Join("testdata", "devset")
}

// loadGold reads every document's gold, checking its vocabulary, so a typo
// in a label fails loudly instead of scoring as a miss.
func loadGold(t *testing.T, themeIDs map[string]bool) map[string]gold {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(setDir(), "*", "gold.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]gold{}
	for _, path := range dirs {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var g gold
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&g); err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		bad := func(format string, args ...any) { t.Errorf("%s: "+format, append([]any{path}, args...)...) }
		if !validFormat[g.Format] {
			bad("unknown format %q", g.Format)
		}
		checkThemes := func(key string, ids []string) {
			for _, id := range ids {
				if !themeIDs[id] {
					bad("%q: unknown theme %q", key, id)
				}
			}
		}
		for _, s := range g.Statistics {
			if len(s.Figures) == 0 {
				bad("statistic %q has no figures", s.Key)
			}
			for _, f := range s.Figures {
				if !validUnits[f.Unit] || !validRoles[f.Role] {
					bad("statistic %q: figure %v has an unknown unit or role", s.Key, f)
				}
				if (f.Value == nil) == (f.Low == nil || f.High == nil) {
					bad("statistic %q: a figure needs a value, or a low and a high", s.Key)
				}
			}
			checkThemes(s.Key, s.Themes)
		}
		for _, r := range g.Recommendations {
			for _, a := range r.Actors {
				if !validActors[a] {
					bad("recommendation %q: unknown actor %q", r.Key, a)
				}
			}
			checkThemes(r.Key, r.Themes)
		}
		for _, e := range g.Themes {
			checkThemes(e.Key, e.Themes)
		}
		out[filepath.Base(filepath.Dir(path))] = g
	}
	return out
}

// fold makes text comparable across the ways documents print it: white
// space runs, curly quotes, ligatures, soft hyphens and footnote
// references.
func fold(s string) string {
	s = norm.NFKC.String(s) // ligatures, non-breaking spaces
	s = footnoteRefRe.ReplaceAllString(s, "")
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00ad", "", "\\|", "|").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// score counts true positives, false positives and false negatives.
type score struct{ tp, fp, fn int }

func (s *score) add(o score) { s.tp, s.fp, s.fn = s.tp+o.tp, s.fp+o.fp, s.fn+o.fn }

func (s score) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s score) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

// setScore scores an extracted set against a gold set.
func setScore[T comparable](got, want []T) score {
	w := map[T]bool{}
	for _, x := range want {
		w[x] = true
	}
	var s score
	seen := map[T]bool{}
	for _, x := range got {
		if seen[x] {
			continue
		}
		seen[x] = true
		if w[x] {
			s.tp++
		} else {
			s.fp++
		}
	}
	for x := range w {
		if !seen[x] {
			s.fn++
		}
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
