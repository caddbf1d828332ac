package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// pathCase is one item and how the resolver says it is cited.
type pathCase struct {
	id   string
	want resolve.Resolved
}

// everyItem resolves every bundled item through the resolver the CLI uses.
func everyItem(t *testing.T) ([]pathCase, *app) {
	t.Helper()
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	a := &app{io: stdio{in: strings.NewReader(""), out: os.Stdout, err: os.Stderr}}
	ctx := context.Background()
	r, err := a.resolver(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var cases []pathCase
	coverage := 0
	for _, it := range c.Items {
		res, err := r.Resolve(ctx, it.ID)
		if err != nil || res.Missing {
			t.Fatalf("resolve %s: %v (missing %v)", it.ID, err, res.Missing)
		}
		if res.Item.Primary != nil {
			coverage++
		}
		cases = append(cases, pathCase{id: it.ID, want: res})
	}
	if coverage == 0 {
		t.Fatal("no bundled item has a primary: the table would not test the paths that differed")
	}
	return cases, a
}

// jsonCitation is what the "citation" field of the item's JSON contract
// must hold: the in-text citation `cypx show` and `cypx cite` give it
// (before, the JSON had a citation of its own, without the page or the
// body a figure is attributed to).
func jsonCitation(t *testing.T, it evidence.Item) string {
	t.Helper()
	n := evidence.ItemNarrative(it)
	words := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" (),;", r) }), " ")
	}
	if words(n) != words(evidence.ItemCitation(it)) {
		t.Fatalf("%s: the JSON's narrative citation %q does not say what its citation %q says", it.ID, n, evidence.ItemCitation(it))
	}
	return n
}

// TestOneCitationOnEveryPath walks every path that shows a citation, for
// every bundled item, and checks each gives what the resolver gives: the
// command line (cite in every style, show, links, items, search and export
// in every format, the basket) and the explorer (c, every C format, the
// linked view, the chart, the basket screen, C on the pack, e).
func TestOneCitationOnEveryPath(t *testing.T) {
	basketWatch, statusLifetime = 0, 0 // the test driver runs commands at once: no ticking
	cases, a := everyItem(t)
	acc := clock()
	byID := map[string]resolve.Resolved{}
	for _, c := range cases {
		byID[c.id] = c.want
	}

	t.Run("cli cite, show and links", func(t *testing.T) {
		for _, c := range cases {
			// Every format in the default style; the other styles' quote
			// and reference.
			type sf struct {
				st evidence.Style
				f  evidence.Format
			}
			var walk []sf
			for _, f := range evidence.Formats {
				walk = append(walk, sf{evidence.Harvard, f})
			}
			for _, st := range evidence.CiteStyles[1:] {
				walk = append(walk, sf{st, evidence.FormatPlain}, sf{st, evidence.FormatReference})
			}
			for _, w := range walk {
				out, stderr, code := cli(t, "cite", c.id, "--style", string(w.st), "--format", string(w.f))
				if want := evidence.Printable(c.want.Cite(w.st, w.f, acc)); code != 0 || strings.TrimSuffix(out, "\n") != want {
					t.Errorf("cypx cite %s --style %s --format %s: %d %q\n got %q\nwant %q", c.id, w.st, w.f, code, stderr, out, want)
				}
			}
			out, _, _ := cli(t, "show", c.id)
			if !strings.Contains(out, "\ncite       "+evidence.Printable(c.want.Inline())+"\n") {
				t.Errorf("cypx show %s lacks cite %q:\n%s", c.id, c.want.Inline(), out)
			}
			for _, cmd := range []string{"show", "links"} {
				out, _, _ = cli(t, cmd, c.id, "--format", "json")
				var res struct {
					Item  map[string]any `json:"item"`
					Links []struct {
						Item map[string]any `json:"item"`
					} `json:"links"`
				}
				if err := json.Unmarshal([]byte(out), &res); err != nil || res.Item["citation"] != jsonCitation(t, c.want.Item) {
					t.Errorf("cypx %s %s --format json: citation %v, want %q (%v)", cmd, c.id, res.Item["citation"], jsonCitation(t, c.want.Item), err)
				}
				// Each linked item is cited as it is on its own.
				for _, l := range res.Links {
					id, _ := l.Item["id"].(string)
					if want := jsonCitation(t, byID[id].Item); l.Item["citation"] != want {
						t.Errorf("cypx %s %s: linked %s cited %v, want %q", cmd, c.id, id, l.Item["citation"], want)
					}
				}
			}
		}
	})

	// checkJSON checks a JSON array of items, with or without citations.
	checkJSON := func(t *testing.T, what, out string, withCitations bool) {
		var items []map[string]any
		if err := json.Unmarshal([]byte(out), &items); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if len(items) != len(cases) {
			t.Errorf("%s: %d items, want %d", what, len(items), len(cases))
		}
		for _, got := range items {
			id, _ := got["id"].(string)
			want, ok := byID[id]
			if !ok {
				t.Errorf("%s: unknown item %s", what, id)
				continue
			}
			if got["citation"] != jsonCitation(t, want.Item) {
				t.Errorf("%s: %s citation %v, want %q", what, id, got["citation"], jsonCitation(t, want.Item))
			}
			if !withCitations {
				continue
			}
			cites, _ := got["citations"].(map[string]any)
			for st, text := range want.Citations(evidence.Harvard, acc) {
				if cites[st] != text {
					t.Errorf("%s: %s %s citation %v, want %q", what, id, st, cites[st], text)
				}
			}
		}
	}
	checkCSV := func(t *testing.T, what, out string) {
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil || len(rows) != len(cases)+1 {
			t.Fatalf("%s: %d rows, %v", what, len(rows), err)
		}
		for _, row := range rows[1:] {
			if want := byID[row[0]].Inline(); row[12] != want {
				t.Errorf("%s: %s citation %q, want %q", what, row[0], row[12], want)
			}
		}
	}
	checkPack := func(t *testing.T, what, md string) {
		blocks := packCitations(md)
		for _, c := range cases {
			// A quotation's speaker follows its words on the quote's line.
			quote := evidence.OneLine(c.want.Item.Text)
			if sp := c.want.Item.Speaker; sp != "" {
				quote += " — " + sp
			}
			got, ok := blocks[quote]
			if want := evidence.MarkdownCitation(c.want.Item); !ok || got != want {
				t.Errorf("%s: %s cited %q, want %q", what, c.id, got, want)
			}
		}
	}

	t.Run("cli items, search and export", func(t *testing.T) {
		out, _, _ := cli(t, "items", "--format", "json")
		checkJSON(t, "items json", out, false)
		out, _, _ = cli(t, "items", "--format", "csv")
		checkCSV(t, "items csv", out)
		out, _, _ = cli(t, "search", "--format", "json", "--limit", "200")
		var res struct {
			Items json.RawMessage `json:"items"`
		}
		json.Unmarshal([]byte(out), &res)
		checkJSON(t, "search json", string(res.Items), false)
		out, _, _ = cli(t, "search", "--format", "csv", "--limit", "200")
		checkCSV(t, "search csv", out)
		out, _, _ = cli(t, "export", "--format", "json", "--limit", "200")
		checkJSON(t, "export json (query)", out, true)
		out, _, _ = cli(t, "export", "--format", "csv", "--limit", "200")
		checkCSV(t, "export csv (query)", out)
		out, _, _ = cli(t, "export", "--format", "md", "--limit", "200")
		checkPack(t, "export md (query)", out)

		cli(t, "basket", "clear")
		defer cli(t, "basket", "clear")
		args := []string{"basket", "add"}
		for _, c := range cases {
			args = append(args, c.id)
		}
		if _, stderr, code := cli(t, args...); code != 0 {
			t.Fatalf("basket add: %s", stderr)
		}
		out, _, _ = cli(t, "export", "--basket", "--format", "json")
		checkJSON(t, "export json (basket)", out, true)
		out, _, _ = cli(t, "export", "--basket", "--format", "csv")
		checkCSV(t, "export csv (basket)", out)
		out, _, _ = cli(t, "export", "--basket", "--format", "md")
		checkPack(t, "export md (basket)", out)
		out, _, _ = cli(t, "basket", "list", "--format", "json")
		var entries []struct {
			Item evidence.Item `json:"item"`
		}
		json.Unmarshal([]byte(out), &entries)
		for _, e := range entries {
			if want := byID[e.Item.ID]; evidence.ItemCitation(e.Item) != want.Inline() {
				t.Errorf("basket list json: %s cited %q, want %q", e.Item.ID, evidence.ItemCitation(e.Item), want.Inline())
			}
		}
	})

	t.Run("explorer", func(t *testing.T) {
		cli(t, "basket", "clear")
		defer cli(t, "basket", "clear")
		ctx := context.Background()
		_, cat, err := a.open(ctx)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		m, err := a.explorer(cat.Taxonomy, a.ix, dir, "", nil, "")
		if err != nil {
			t.Fatal(err)
		}
		d := tuitest.Start(t, m, 120, 40)
		d.Send(indexReady(cat, a.ix))
		d.Keys("esc") // from the search box, where the explorer opens, to the list
		copied := func(what, id, want string) {
			t.Helper()
			if d.Clipboard != want {
				t.Errorf("%s on %s copied\n %q\nwant %q", what, id, d.Clipboard, want)
			}
			d.Clipboard = ""
		}
		// The list shows every item, in listing order: walk it.
		for range cases {
			id := selectedID(t, d)
			want := byID[id]
			d.Keys("c")
			copied("c", id, want.Cite(evidence.Harvard, evidence.FormatPlain, acc))
			for i, f := range evidence.Formats {
				d.Keys("C", string(rune('1'+i)))
				copied("C "+string(f), id, want.Cite(evidence.Harvard, f, acc))
			}
			d.Keys("l", "h", "c")
			copied("c on the linked view's left", id, want.Cite(evidence.Harvard, evidence.FormatPlain, acc))
			d.Keys("esc", "space", "j")
		}
		if n := len(strings.Split(strings.TrimSpace(readBasket(t)), "\n")); n < len(cases) {
			t.Fatalf("the basket holds %d lines of ids, want %d", n, len(cases))
		}

		// The basket screen copies each item; C copies the pack; e writes it.
		d.Keys("b")
		for range cases {
			d.Keys("c")
			found := false
			for _, c := range cases {
				if d.Clipboard == c.want.Cite(evidence.Harvard, evidence.FormatPlain, acc) {
					found = true
				}
			}
			if !found {
				t.Errorf("c in the basket copied %q, which no item resolves to", d.Clipboard)
			}
			d.Keys("j")
		}
		d.Keys("C")
		checkPack(t, "C on the pack", d.Clipboard)
		d.Keys("e", "enter")
		files, _ := filepath.Glob(filepath.Join(dir, "briefing-*.md"))
		if len(files) != 1 {
			t.Fatalf("e wrote %v", files)
		}
		md, _ := os.ReadFile(files[0])
		checkPack(t, "e", string(md))

		// The chart copies each bar's item.
		d.Keys("esc", "v")
		byQuote := map[string]string{}
		for _, c := range cases {
			byQuote[`"`+evidence.OneLine(c.want.Item.Text)+`"`] = c.want.Cite(evidence.Harvard, evidence.FormatPlain, acc)
		}
		bars := 0
		for i := 0; i < 400; i++ {
			d.Keys("c")
			quote := d.Clipboard[:strings.LastIndex(d.Clipboard, `" (`)+1]
			if want, ok := byQuote[quote]; !ok || d.Clipboard != want {
				t.Errorf("c in the chart copied\n %q\nwant %q", d.Clipboard, want)
			}
			bars++
			before := d.Screen()
			if d.Keys("j"); d.Screen() == before {
				break // the last bar
			}
		}
		if bars < 20 {
			t.Errorf("walked only %d bars of the chart", bars)
		}
	})
}

// selectedID is the id of the item selected in the explorer's list.
func selectedID(t *testing.T, d *tuitest.Driver) string {
	t.Helper()
	type selecter interface {
		Selected() (evidence.Item, bool)
	}
	it, ok := d.M.(selecter).Selected()
	if !ok {
		t.Fatal("nothing selected")
	}
	return it.ID
}

// readBasket is the basket file.
func readBasket(t *testing.T) string {
	data, err := os.ReadFile(filepath.Join(os.Getenv("CYPX_HOME"), "state", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// packCitations maps each quoted finding of a Markdown pack to the
// citation under it: "> quote\n>\n> — citation, kind".
func packCitations(md string) map[string]string {
	out := map[string]string{}
	lines := strings.Split(md, "\n")
	unescape := strings.NewReplacer(`\\`, `\`, `\*`, "*", `\_`, "_", "\\`", "`", `\[`, "[", `\]`, "]", `\<`, "<", `\>`, ">", `\#`, "#", "**", "")
	for i := 0; i+2 < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "> ") || lines[i+1] != ">" || !strings.HasPrefix(lines[i+2], "> — ") {
			continue
		}
		quote := unescape.Replace(strings.TrimPrefix(lines[i], "> "))
		cite := strings.TrimPrefix(lines[i+2], "> — ")
		if j := strings.LastIndex(cite, ", "); j > 0 {
			cite = cite[:j]
		}
		out[quote] = cite
	}
	return out
}
