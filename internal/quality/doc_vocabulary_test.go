package quality

import (
	"os"
	"regexp"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/themes"
)

// TestDocListsTheVocabulary holds the package comment's lists of theme ids
// and actors, which labellers of new documents read instead of the code,
// to the taxonomy and the extractor's actors: a list that drifts would
// have gold labelled with names that can never match.
func TestDocListsTheVocabulary(t *testing.T) {
	data, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var comment strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		comment.WriteString(strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ") + " ")
	}
	text := strings.Join(strings.Fields(comment.String()), " ")
	listed := func(re string) []string {
		m := regexp.MustCompile(re).FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("doc.go holds no list matching %s", re)
		}
		return strings.Split(m[1], ", ")
	}
	tax, err := themes.Load(bundled.FS, corpus.ThemesFile)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := listed(`no others: ([a-z, -]+)\. Actors`), tax.IDs(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("doc.go's themes %v, the taxonomy's %v", got, want)
	}
	var actors []string
	for _, a := range evidence.Actors {
		actors = append(actors, string(a))
	}
	if got := listed(`\(evidence\.Actors\), no others: ([A-Za-z, ]+)\.`); strings.Join(got, ",") != strings.Join(actors, ",") {
		t.Errorf("doc.go's actors %v, the extractor's %v", got, actors)
	}
}
