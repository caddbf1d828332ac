package tui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"
)

// TestEveryReplyWithAnErrorIsLookedAtForDamage: afterDamage is the one
// place a reply's error is looked at for damage to the index, and it sees
// the replies that say their failure (failing). A reply of this package
// that carries an error and does not say it is a path the damage goes
// past: the export's, the copy's and the basket rows' did, and each e said
// "the index is damaged" again while no reopening began (hostile check
// 47). Replies whose error is never the index's are listed here.
func TestEveryReplyWithAnErrorIsLookedAtForDamage(t *testing.T) {
	notIndex := map[string]string{
		"copiedMsg":  "the clipboard's error",
		"historyMsg": "the history file's",
		"savedMsg":   "the saved searches' file's",
		// The opening's own, which applyIndexReady says: a reopening
		// that failed is not reopened again.
		"IndexReadyMsg": "the opening's",
		"guessedMsg":    "the file guessed at, read before any import",
		// An import opens the index again itself (cache.Open), which
		// rebuilds an index found damaged.
		"importedMsg": "the import's",
	}
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	replies := map[string]bool{}
	says := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					ts, ok := sp.(*ast.TypeSpec)
					if !ok || !strings.HasSuffix(ts.Name.Name, "Msg") {
						continue
					}
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						continue
					}
					for _, fl := range st.Fields.List {
						if id, ok := fl.Type.(*ast.Ident); ok && id.Name == "error" {
							replies[ts.Name.Name] = true
						}
					}
				}
			case *ast.FuncDecl:
				if d.Recv != nil && d.Name.Name == "failure" && len(d.Recv.List) == 1 {
					if id, ok := d.Recv.List[0].Type.(*ast.Ident); ok {
						says[id.Name] = true
					}
				}
			}
		}
	}
	if len(replies) < 10 {
		t.Fatalf("found only %d replies with an error: %v", len(replies), replies)
	}
	for r := range replies {
		if !says[r] && notIndex[r] == "" {
			t.Errorf("%s carries an error but does not say it to afterDamage (add a failure method, or list it here if its error is never the index's)", r)
		}
	}
}
