package extract_test

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/measure"
)

func TestItemsAreExactSubstringsWithStableIDs(t *testing.T) {
	docs, _ := corpus.Load(bundledFS())
	seen := map[string]bool{}
	for _, d := range docs {
		first := extract.Extract(d)
		again := extract.Extract(d)
		if len(first) == 0 {
			t.Errorf("%s: no items", d.Source.ID)
		}
		for i, it := range first {
			if d.Body[it.Offset:it.Offset+len(it.Text)] != it.Text {
				t.Errorf("%s: item %s is not body[offset:]", d.Source.ID, it.ID)
			}
			if it.ID != again[i].ID {
				t.Errorf("%s: id changed between runs: %s then %s", d.Source.ID, it.ID, again[i].ID)
			}
			if seen[it.ID] {
				t.Errorf("duplicate id %s", it.ID)
			}
			seen[it.ID] = true
			for _, f := range it.Figures {
				if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
					t.Errorf("%s: figure %q is not text[offset:]", it.ID, f.Text)
				}
				if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
					t.Errorf("%s: figure %q has value %v", it.ID, f.Text, f.Value)
				}
			}
			if it.Figures == nil || it.Actors == nil || it.Themes == nil {
				t.Errorf("%s: figures, actors and themes must be empty slices, not nil", it.ID)
			}
		}
	}
}

func TestIDsDependOnTextNotPosition(t *testing.T) {
	a := "---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\nFirst paragraph about the long waiting lists for children in England.\n\n48% of trusts reported longer waits this year.\n"
	b := "---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\nA new opening paragraph was inserted above the others here.\n\nFirst paragraph about the long waiting lists for children in England.\n\n48% of trusts reported longer waits this year.\n"
	da, _ := corpus.Parse("sources/s.md", []byte(a))
	db, _ := corpus.Parse("sources/s.md", []byte(b))
	ids := map[string]bool{}
	for _, it := range extract.Extract(da) {
		ids[it.ID] = true
	}
	n := 0
	for _, it := range extract.Extract(db) {
		if ids[it.ID] {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d of 2 items kept their ids after a paragraph was inserted above them", n)
	}
}

func TestFigures(t *testing.T) {
	cases := []struct {
		in   string
		want string // text=value unit, joined by "; "
	}{
		{"Nine in 10 parents agreed.", "Nine in 10=90 percent"},
		{"one in five children waited.", "one in five=20 percent"},
		{"Spending rose to £2.3 billion in 2023.", "£2.3 billion=2.3e+09 gbp"},
		{"Children waited 18 weeks or more.", "18 weeks=18 weeks"},
		{"a 12-month wait", "12-month=12 months"},
		{"A third of children were seen.", "A third=33.3 percent"},
		{"up by 5 percentage points", "5 percentage points=5 other"},
		{"It rose 12.5% in 2015/16 and in 2024-25.", "12.5%=12.5 percent"},
		{"Call 0300 123 4567 for help.", ""},
		{"See page 12 and section 3 of the Children Act 1989.", ""},
		{"COVID-19 and Core20PLUS5 and a 0-25 service", ""},
		{"On 15 July 2024 the plan for 2,000 nurses was published.", "2,000 nurses=2000 count"},
		{"Children under 16 in Year 6 and aged 11", ""},
		// A number inside an escape sequence or glued to a control
		// character is the control's, not a figure; the figure after it
		// is still read.
		{"Waits \u009b31m grew by 12% \x1b[2J and \x1b]52;c;aGk=\x07 then \x0131 times.", "12%=12 percent"},
	}
	for _, c := range cases {
		var got []string
		for _, f := range extract.Figures(c.in) {
			got = append(got, f.Text+"="+strings.TrimSuffix(strings.TrimSuffix(fmtFloat(f.Value), ".0"), "")+" "+string(f.Unit))
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("Figures(%q) = %q, want %q", c.in, strings.Join(got, "; "), c.want)
		}
	}
}

func TestRecommendationForms(t *testing.T) {
	body := "## Our recommendations\n\nRecommendation: The Department of Health and Social Care must publish a plan.\n\nSchools and local authorities need to share data on waits for children.\n\nThe voice of children should be central.\n\n1. Trusts should appoint a named lead.\n"
	doc, probs := corpus.Parse("sources/r.md", []byte("---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\n"+body))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	var got []string
	for _, it := range extract.Extract(doc) {
		if it.Kind == evidence.Recommendation {
			var as []string
			for _, a := range it.Actors {
				as = append(as, string(a))
			}
			got = append(got, it.Number+"|"+it.Text+"|"+strings.Join(as, ","))
		}
	}
	want := []string{
		"|The Department of Health and Social Care must publish a plan.|DHSC",
		"|Schools and local authorities need to share data on waits for children.|Local authorities,Schools",
		"1|Trusts should appoint a named lead.|Trusts",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSecondaryFiguresCiteTheirPrimary(t *testing.T) {
	doc, _ := corpus.Parse("sources/s.md", []byte("---\ntitle: T\npublisher: NHS Providers\ndate: 2024\ntype: report\n---\n"+
		"The grant has been cut by 24% since 2015/16 (Health Foundation, 2024). We found 40% of trusts agreed (NHS Providers, 2023).\n"))
	items := extract.Extract(doc)
	if len(items) != 2 {
		t.Fatalf("%d items, want 2", len(items))
	}
	if got := evidence.Cite(items[0], evidence.Harvard, evidence.FormatFigure, time.Time{}); got != "24% (Health Foundation, 2024, cited in NHS Providers, 2024)" {
		t.Errorf("secondary figure cited as %q", got)
	}
	if got := evidence.Cite(items[1], evidence.Harvard, evidence.FormatFigure, time.Time{}); got != "40% (NHS Providers, 2024)" {
		t.Errorf("own figure cited as %q", got)
	}
}

// TestLongRunsOfNumbersStayLinear guards against the quadratic look-behind
// FuzzExtract found: a 16 KB sentence of numbers must still be read (a
// regression makes this take minutes, and the test time-out catches it).
func TestLongRunsOfNumbersStayLinear(t *testing.T) {
	s := strings.Repeat("0/", 8000) + " and then 12 people"
	figs := extract.Figures(s)
	if len(figs) == 0 || figs[len(figs)-1].Text != "12 people" {
		t.Errorf("figures end with %v, want 12 people", figs[max(0, len(figs)-1):])
	}
}

// TestItemsAreBounded checks that a page with no full stop does not become
// one huge item, and that no item holds more than MaxFigures figures.
func TestItemsAreBounded(t *testing.T) {
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString("services for children were described as stretched, 40% of families waited, and ")
	}
	body := b.String()
	items := extract.Extract(parseBody(t, "P", body))
	if len(items) < (1<<20)/extract.MaxItemBytes {
		t.Errorf("%d items from a 1 MB paragraph", len(items))
	}
	for _, it := range items {
		if len(it.Text) > extract.MaxItemBytes {
			t.Fatalf("item of %d bytes, over MaxItemBytes", len(it.Text))
		}
		if body[it.Offset:it.Offset+len(it.Text)] != it.Text {
			t.Fatalf("item at %d is not the body's text", it.Offset)
		}
	}
	figs := extract.Figures("Shares were " + strings.Repeat("5%, ", 500) + "and 6%.")
	if len(figs) != extract.MaxFigures {
		t.Errorf("%d figures, want MaxFigures (%d)", len(figs), extract.MaxFigures)
	}
}

// TestRunOnFiguresKeepBoundedRecords: a paragraph of thousands of figures
// with no punctuation (a hostile page, a flattened table) made each
// figure's clause the whole item, so every record held most of the item's
// text: 60 KB of records for 1.2 KB of text, 500 MB to index 1 MB. Each
// measure is now bounded, and the items' size stays in proportion to the
// text.
func TestRunOnFiguresKeepBoundedRecords(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\ntitle: Big\npublisher: P\ndate: 2024\ntype: report\n---\n\n")
	start := b.Len()
	for i := 0; b.Len()-start < 64<<10; i++ {
		fmt.Fprintf(&b, "%d%% of children waited ", i%100)
	}
	body := b.Len() - start
	doc, probs := corpus.Parse("sources/big.md", []byte(b.String()))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	items := extract.Extract(doc)
	size, figures := 0, 0
	for _, it := range items {
		raw, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		size += len(raw)
		figures += len(it.Figures)
		for _, f := range it.Figures {
			if len(f.Measure) > measure.MaxMeasureBytes {
				t.Fatalf("a measure of %d bytes: %q", len(f.Measure), f.Measure)
			}
		}
	}
	t.Logf("%d KB of text: %d items, %d figures, %d KB as JSON", body>>10, len(items), figures, size>>10)
	if figures < body/40 {
		t.Errorf("only %d figures read from %d KB of them", figures, body>>10)
	}
	// Each figure's record is now a few hundred bytes; the items of 64 KB
	// of text were 3.2 MB as JSON before the bound, 1.1 MB after.
	if size > 20*body {
		t.Errorf("%d KB of text made %d KB of items", body>>10, size>>10)
	}
}

// TestEachGivesTheItemsExtractReturns: with Options.Each, every item of
// every bundled source arrives, complete (a table row's header, a
// recommendation's number) and in order, as Extract returns it; and each
// item's line is the body's line at its offset (counted from the item
// before, not rescanning the block: that was quadratic in a 24 MB
// paragraph).
func TestEachGivesTheItemsExtractReturns(t *testing.T) {
	docs, _ := corpus.Load(bundledFS())
	for _, d := range docs {
		want := extract.Extract(d)
		var got []evidence.Item
		if r := extract.ExtractWith(d, extract.Options{Each: func(it evidence.Item) { got = append(got, it) }}); r != nil {
			t.Errorf("%s: Each set, yet %d items returned", d.Source.ID, len(r))
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d items through Each, %d returned", d.Source.ID, len(got), len(want))
		}
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%s: item %d differs:\n%+v\n%+v", d.Source.ID, i, got[i], want[i])
			}
		}
		for _, it := range want {
			if line := d.BodyLine + strings.Count(d.Body[:it.Offset], "\n"); it.Line != line && it.Page == 0 {
				t.Errorf("%s: item %s on line %d, body says %d", d.Source.ID, it.ID, it.Line, line)
			}
		}
	}
}
