package learn

import (
	"bytes"
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

func toyExamples() []Example {
	var out []Example
	for _, s := range []struct {
		text   string
		themes []string
	}{
		{"Children waited 18 weeks for a first appointment", []string{"waiting-lists"}},
		{"Young people waited longer than a year", []string{"waiting-lists"}},
		{"Most families waited months to be seen", []string{"waiting-lists"}},
		{"The number of health visitors fell by a third", []string{"workforce"}},
		{"Vacancies for school nurses rose again", []string{"workforce"}},
		{"Health visitors carry caseloads of 500 children", []string{"workforce"}},
	} {
		out = append(out, Example{Features: Features(evidence.Item{Text: s.text, Kind: evidence.Statistic}), Themes: s.themes})
	}
	return out
}

// TestFeatures checks the words the model sees: stems, pairs, numbers as
// one word, acronyms as written, a possessive's "s" dropped, heading words
// apart.
func TestFeatures(t *testing.T) {
	got := Features(evidence.Item{Text: "CAMHS waited 18 weeks for children's services", Section: "Waiting times", Kind: evidence.Statistic})
	for _, f := range []string{"w:CAMHS", "w:wait", "b:CAMHS wait", "w:<n>", "b:<n> week", "b:children servic", "h:wait", "h:time", "k:statistic"} {
		if !slices.Contains(got, f) {
			t.Errorf("features lack %q: %v", f, got)
		}
	}
	if slices.Contains(got, "w:s") {
		t.Errorf("a possessive's s is a feature: %v", got)
	}
}

// TestTrainIsDeterministic checks that the same examples give the same
// weights file, byte for byte, and that the file reads back to itself.
func TestTrainIsDeterministic(t *testing.T) {
	ids := []string{"waiting-lists", "workforce"}
	o := Options{MinCount: 1, Epochs: 20, Rate: 0.5, L2: 1e-3}
	a := Train(toyExamples(), ids, o).Encode()
	b := Train(toyExamples(), ids, o).Encode()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same examples differ")
	}
	m, err := Decode(a)
	if err != nil {
		t.Fatal(err)
	}
	if c := m.Encode(); !bytes.Equal(a, c) {
		t.Fatalf("encoded model does not read back to itself:\n%s\n---\n%s", a, c)
	}
}

// TestTrainLearnsWords checks that a model trained on a few labelled
// items files a new sentence by the words it learnt.
func TestTrainLearnsWords(t *testing.T) {
	ids := []string{"waiting-lists", "workforce"}
	m := Train(toyExamples(), ids, Options{MinCount: 1, Epochs: 30, Rate: 0.5, L2: 1e-3})
	p := m.Prob(Features(evidence.Item{Text: "Pupils waited weeks", Kind: evidence.Statistic}))
	if p[0] < 0.5 || p[1] > 0.5 {
		t.Errorf("waiting sentence: probabilities %v, want waiting-lists above 0.5 and workforce below", p)
	}
	p = m.Prob(Features(evidence.Item{Text: "Fewer school nurses and health visitors", Kind: evidence.Statistic}))
	if p[1] < 0.5 || p[0] > 0.5 {
		t.Errorf("workforce sentence: probabilities %v, want workforce above 0.5 and waiting-lists below", p)
	}
}

// TestDecodeRejects checks that a file that is not a model, or has a
// weight too few, is refused with its line.
func TestDecodeRejects(t *testing.T) {
	for _, s := range []string{
		"not a model\n",
		header + "\nids a b\nbias 1\n",
		header + "\nids a b\nbias 1 2\nw:x\t3\n",
		header + "\nids a b\nbias 1 2\nw:x\t3\tz\n",
	} {
		if _, err := Decode([]byte(s)); err == nil {
			t.Errorf("Decode(%q): no error", s)
		}
	}
}
