package yamlerr

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// Every key given twice in one mapping is found, at any depth and in the
// order of the file; the same key in two mappings is not a duplicate.
func TestDuplicatesFindsEveryKeyGivenTwice(t *testing.T) {
	doc := "a: 1\nlist:\n  - k: x\n    k: y\n  - k: z\nb: 2\na: 3\n"
	root, err := Document([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	got := Duplicates(root)
	want := []Duplicate{{Key: "k", Line: 4, First: 3}, {Key: "a", Line: 7, First: 1}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("duplicate %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	if m := got[1].Message(); m != `key "a" given twice (first on line 1)` {
		t.Errorf("message %q", m)
	}
}

// A parser error is told at the line, counted from 1, of the list it
// could not close: the parser counts it from 0.
func TestSplitCountsParserLinesFromOne(t *testing.T) {
	var n yaml.Node
	err := yaml.Unmarshal([]byte("a: 1\nb: 2\nc: 3\ndate: [2024\ne: 5\n"), &n)
	if err == nil {
		t.Fatal("no error")
	}
	if line, msg := Split(err); line != 4 || msg != "did not find expected ',' or ']'" {
		t.Errorf("got line %d %q, want line 4", line, msg)
	}
	// A scanner's error keeps its line.
	err = yaml.Unmarshal([]byte("a: 1\nb: c: d\n"), &n)
	if line, _ := Split(err); line != 2 {
		t.Errorf("scanner error at line %d, want 2 (%v)", line, err)
	}
}
