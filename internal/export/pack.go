package export

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// Theme names a theme for grouping a pack.
type Theme struct{ ID, Label string }

// Pack is a briefing pack: findings grouped by theme, each quoted with its
// citation (the primary source first for coverage), then the references.
type Pack struct {
	Title string
	Items []evidence.Item
	// Themes is the taxonomy in order; an item goes under its first theme.
	Themes   []Theme
	Accessed time.Time
}

// Section is one theme's findings.
type Section struct {
	Heading string
	Items   []evidence.Item
}

// Sections groups the items under their first theme, in taxonomy order,
// keeping the items' order within each; items with no theme come last.
func (p Pack) Sections() []Section {
	byTheme := map[string][]evidence.Item{}
	var other []evidence.Item
	for _, it := range p.Items {
		if len(it.Themes) == 0 {
			other = append(other, it)
			continue
		}
		byTheme[it.Themes[0]] = append(byTheme[it.Themes[0]], it)
	}
	var out []Section
	for _, t := range p.Themes {
		if its := byTheme[t.ID]; len(its) > 0 {
			out = append(out, Section{Heading: t.Label, Items: its})
			delete(byTheme, t.ID)
		}
	}
	var rest []string
	for id := range byTheme {
		rest = append(rest, id)
	}
	sort.Strings(rest)
	for _, id := range rest {
		out = append(out, Section{Heading: id, Items: byTheme[id]})
	}
	if len(other) > 0 {
		out = append(out, Section{Heading: "Other findings", Items: other})
	}
	return out
}

// References are the full Harvard references of every source the pack
// cites, primary sources of coverage included, one each, sorted by author
// then year.
func (p Pack) References() []string {
	seen := map[string]bool{}
	type ref struct {
		key  string
		year int
		text string
	}
	var refs []ref
	add := func(s evidence.Source) {
		// Parts of one report filed as separate sources give the same
		// reference: it is listed once.
		text := evidence.Reference(s, p.Accessed)
		if seen[text] {
			return
		}
		seen[text] = true
		refs = append(refs, ref{key: strings.ToLower(text), year: s.Date.Year, text: text})
	}
	for _, it := range p.Items {
		if it.Primary != nil {
			add(*it.Primary)
		}
		add(it.Source)
	}
	sort.SliceStable(refs, func(i, j int) bool {
		ai, aj := authorKey(refs[i].key), authorKey(refs[j].key)
		if ai != aj {
			return ai < aj
		}
		return refs[i].year < refs[j].year
	})
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.text
	}
	return out
}

// authorKey is a reference's author part: the text before " (YEAR)".
func authorKey(ref string) string {
	if i := strings.Index(ref, " ("); i > 0 {
		return ref[:i]
	}
	return ref
}

func (p Pack) title() string {
	if p.Title != "" {
		return p.Title
	}
	return "Evidence on children and young people's health services"
}

func (p Pack) sourceCount() int {
	seen := map[string]bool{}
	for _, it := range p.Items {
		seen[it.Source.ID] = true
	}
	return len(seen)
}

// segments splits an item's text into runs, marking its figures, so a
// statistic's figures can be set in bold without changing a character.
func segments(it evidence.Item) []struct {
	text   string
	figure bool
} {
	type seg = struct {
		text   string
		figure bool
	}
	text := evidence.OneLine(it.Text)
	if it.Kind != evidence.Statistic || len(it.Figures) == 0 || text != it.Text {
		// Figure offsets hold for the text as published; where line breaks
		// were folded, find the figures again by their text.
		return splitByFigures(text, it)
	}
	var out []seg
	last := 0
	for _, f := range it.Figures {
		if f.Offset < last || f.Offset+len(f.Text) > len(text) {
			continue
		}
		if f.Offset > last {
			out = append(out, seg{text[last:f.Offset], false})
		}
		out = append(out, seg{f.Text, true})
		last = f.Offset + len(f.Text)
	}
	return append(out, seg{text[last:], false})
}

func splitByFigures(text string, it evidence.Item) []struct {
	text   string
	figure bool
} {
	type seg = struct {
		text   string
		figure bool
	}
	if it.Kind != evidence.Statistic {
		return []seg{{text, false}}
	}
	var out []seg
	rest := text
	for _, f := range it.Figures {
		i := strings.Index(rest, f.Text)
		if i < 0 {
			continue
		}
		out = append(out, seg{rest[:i], false}, seg{f.Text, true})
		rest = rest[i+len(f.Text):]
	}
	return append(out, seg{rest, false})
}

// WriteMarkdown writes the pack as a Markdown briefing.
func (p Pack) WriteMarkdown(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "# %s\n\n", evidence.MarkdownText(p.title()))
	fmt.Fprintf(b, "Prepared %s with cypx: %s from %s.\n\n", evidence.DateOf(p.Accessed).Long(),
		plural(len(p.Items), "finding"), plural(p.sourceCount(), "source"))
	for _, sec := range p.Sections() {
		fmt.Fprintf(b, "## %s\n\n", evidence.MarkdownText(sec.Heading))
		for _, it := range sec.Items {
			b.WriteString("> ")
			for _, s := range segments(it) {
				if s.figure {
					b.WriteString("**" + evidence.MarkdownEscape(s.text) + "**")
				} else {
					b.WriteString(evidence.MarkdownEscape(s.text))
				}
			}
			fmt.Fprintf(b, "\n>\n> — %s, %s\n\n", evidence.MarkdownCitation(it), it.Kind)
		}
	}
	refs := p.References()
	if len(refs) > 0 {
		b.WriteString("## References\n\n")
		for i, r := range refs {
			fmt.Fprintf(b, "%d. %s\n", i+1, evidence.MarkdownText(r))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// JSONWithCitations writes items in the JSON contract, each with every
// citation form (plain, markdown, figure, harvard).
func JSONWithCitations(w io.Writer, items []evidence.Item, accessed time.Time) error {
	out := make([]map[string]any, 0, len(items))
	for _, it := range items {
		raw, err := jsonMarshal(it)
		if err != nil {
			return err
		}
		cites := map[string]string{}
		for _, st := range evidence.Styles {
			cites[string(st)] = evidence.Cite(it, st, accessed)
		}
		raw["citations"] = cites
		out = append(out, raw)
	}
	return writeJSON(w, out)
}
