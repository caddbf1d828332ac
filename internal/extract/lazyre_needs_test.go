package extract_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/lazyre"
	_ "github.com/cypx/cypx/internal/library"
	_ "github.com/cypx/cypx/internal/links"
)

// TestNeededWordsNeverHideAMatch holds every expression of the program's
// packages to regexp's own answer: an expression tests a text for the
// words any match needs before it runs (lazyre's needs.go), and a text
// it turns away must be one regexp finds nothing in. The texts are every
// string the extractor's tests read, the bundled corpus's sentences and
// both again in capitals and spelt with the Kelvin sign and the long s
// (which (?i) folds to k and s).
func TestNeededWordsNeverHideAMatch(t *testing.T) {
	texts := testStrings(t)
	fs.WalkDir(bundled.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".md") {
			data, _ := fs.ReadFile(bundled.FS, path)
			for _, p := range strings.Split(string(data), "\n\n") {
				texts = append(texts, p)
				for _, sentence := range strings.SplitAfter(p, ". ") {
					texts = append(texts, sentence)
				}
			}
		}
		return nil
	})
	n := len(texts)
	for _, s := range texts[:n] {
		texts = append(texts, strings.ToUpper(s), strings.NewReplacer("k", "\u212a", "s", "\u017f").Replace(s))
	}
	// Every text of the program's tests and corpus at every expression
	// takes minutes: a sixth of them (in -short, a twentieth) in turn.
	step := 6
	if testing.Short() {
		step = 20
	}
	var some []string
	for i := 0; i < len(texts); i += step {
		some = append(some, texts[i])
	}
	texts = some
	filtered, turned := 0, 0
	for _, l := range lazyre.All() {
		if ok, _ := l.Filtered(); !ok {
			continue
		}
		filtered++
		re := l.Get()
		for _, s := range texts {
			got, want := l.FindStringIndex(s), re.FindStringIndex(s)
			if (got == nil) != (want == nil) {
				_, words := l.Filtered()
				t.Fatalf("%s (needs %s) over %q: %v, regexp %v", l, words, s, got, want)
			}
			// want is regexp's answer: asking it again (re.MatchString)
			// scanned every text without a match a second time, and only
			// after the answers above agreed, so it never failed.
			if l.MatchString(s) != (want != nil) {
				t.Fatalf("%s: MatchString disagrees over %q", l, s)
			}
			if want == nil {
				turned++
			}
		}
	}
	t.Logf("%d expressions of %d filtered, %d texts; %d texts without a match", filtered, len(lazyre.All()), len(texts), turned)
	if filtered < 100 {
		t.Errorf("only %d expressions filtered", filtered)
	}
}

// testStrings are the string literals of this package's tests.
func testStrings(t *testing.T) []string {
	files, err := filepath.Glob("*_test.go")
	if err != nil || len(files) == 0 {
		t.Fatal("no tests found", err)
	}
	var out []string
	fset := token.NewFileSet()
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		file, err := parser.ParseFile(fset, f, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && len(s) > 3 {
					out = append(out, s)
				}
			}
			return true
		})
	}
	return out
}
