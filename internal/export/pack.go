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

// Ways to group a pack's findings.
const (
	// GroupNone keeps the findings in the order given: the basket's, which
	// the writer set.
	GroupNone = ""
	// GroupTheme puts each finding under its first theme; the themes come in
	// the order their first finding has, and findings keep their order
	// within a theme.
	GroupTheme = "theme"
)

// Pack is a briefing pack: findings in the basket's order (or grouped by
// theme), each quoted with its in-text citation (the primary source first
// for coverage), then the reference list. Each in-text citation leads to
// exactly one reference, by Cite Them Right Harvard: author or organisation
// and year, with a letter (2024a, 2024b) for two works of one author in one
// year.
type Pack struct {
	Title string
	Items []evidence.Item
	// Themes is the taxonomy, for the headings of a pack grouped by theme.
	Themes []Theme
	// Group is GroupNone or GroupTheme.
	Group    string
	Accessed time.Time
	// Others are, by item id, the other values other sources give for a
	// finding's measure, group and period (the links of type disagrees):
	// a note under the finding lists them with their citations, and their
	// works join the references.
	Others map[string][]Other
}

// Other is another source's value for a finding's measure.
type Other struct {
	Figure evidence.Figure
	Item   evidence.Item
}

// Section is one heading's findings.
type Section struct {
	Heading string
	Items   []evidence.Item
}

// Sections are the pack's findings under their headings: one section in
// the order given, or one per theme (see GroupTheme).
func (p Pack) Sections() []Section {
	if p.Group != GroupTheme {
		if len(p.Items) == 0 {
			return nil
		}
		return []Section{{Heading: "Findings", Items: p.Items}}
	}
	labels := map[string]string{}
	for _, t := range p.Themes {
		labels[t.ID] = t.Label
	}
	byTheme := map[string]int{}
	var out []Section
	var other []evidence.Item
	for _, it := range p.Items {
		if len(it.Themes) == 0 {
			other = append(other, it)
			continue
		}
		id := it.Themes[0]
		i, ok := byTheme[id]
		if !ok {
			heading := labels[id]
			if heading == "" {
				heading = id
			}
			i = len(out)
			byTheme[id] = i
			out = append(out, Section{Heading: heading})
		}
		out[i].Items = append(out[i].Items, it)
	}
	if len(other) > 0 {
		out = append(out, Section{Heading: "Other findings", Items: other})
	}
	return out
}

// work is one entry of the reference list: the sources that give the same
// reference (parts of one report filed apart) are one work.
type work struct {
	source evidence.Source
	key    string // the reference without a letter: the work's identity
	letter string
}

// works lists the works the pack cites, primary sources of coverage
// included, each once, lettered where one author has two in one year.
func (p Pack) works() []work {
	index := map[string]int{}
	var out []work
	add := func(s evidence.Source) {
		key := evidence.Reference(s, p.Accessed)
		if _, ok := index[key]; ok {
			return
		}
		index[key] = len(out)
		out = append(out, work{source: s, key: key})
	}
	for _, it := range p.Items {
		if it.Primary != nil {
			add(*it.Primary)
		}
		add(it.Source)
	}
	for _, it := range p.Items {
		for _, o := range p.Others[it.ID] {
			if o.Item.Primary != nil {
				add(*o.Item.Primary)
			}
			add(o.Item.Source)
		}
	}
	// Two works with one in-text name and year take letters, in the order
	// of their titles.
	groups := map[string][]int{}
	for i, w := range out {
		name := evidence.CitationLabel(w.source)
		groups[name] = append(groups[name], i)
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		sort.SliceStable(g, func(a, b int) bool {
			ta, tb := strings.ToLower(out[g[a]].source.Title), strings.ToLower(out[g[b]].source.Title)
			if ta != tb {
				return ta < tb
			}
			return out[g[a]].key < out[g[b]].key
		})
		for n, i := range g {
			out[i].letter = letter(n)
		}
	}
	return out
}

// letter is the n-th year suffix: a, b, … z, aa, ab, ….
func letter(n int) string {
	if n < 26 {
		return string(rune('a' + n))
	}
	return letter(n/26-1) + letter(n%26)
}

// labeler names sources as the pack's reference list does: with the
// letter their work took.
func (p Pack) labeler() evidence.LabelFunc {
	letters := map[string]string{}
	for _, w := range p.works() {
		letters[w.key] = w.letter
	}
	return func(s evidence.Source) string {
		return evidence.CitationLabel(s) + letters[evidence.Reference(s, p.Accessed)]
	}
}

// OthersNote is the note under a finding other sources contradict: "Note:
// other sources give another value for this measure: 46% (Tes, 2024)."
// Empty when none do.
func (p Pack) OthersNote(it evidence.Item) string {
	os := p.Others[it.ID]
	if len(os) == 0 {
		return ""
	}
	var parts []string
	for _, o := range os {
		parts = append(parts, o.Figure.Badge()+" "+p.Citation(o.Item))
	}
	what := "another value"
	if len(os) > 1 {
		what = "other values"
	}
	return fmt.Sprintf("Note: other sources give %s for this measure: %s.", what, strings.Join(parts, "; "))
}

// Citation is an item's in-text citation in this pack.
func (p Pack) Citation(it evidence.Item) string {
	return evidence.ItemCitationBy(it, p.labeler())
}

// References are the full Harvard references of every work the pack
// cites, one each, sorted by author, then year, then letter.
func (p Pack) References() []string {
	ws := p.works()
	sort.SliceStable(ws, func(i, j int) bool {
		ai, aj := strings.ToLower(authorKey(ws[i].key)), strings.ToLower(authorKey(ws[j].key))
		if ai != aj {
			return ai < aj
		}
		if yi, yj := ws[i].source.Date.Year, ws[j].source.Date.Year; yi != yj {
			return yi < yj
		}
		return ws[i].letter < ws[j].letter
	})
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = evidence.ReferenceLettered(w.source, w.letter, p.Accessed)
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
	label := p.labeler()
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
			fmt.Fprintf(b, "\n>\n> — %s, %s\n\n", evidence.MarkdownCitationBy(it, label), it.Kind)
			if note := p.OthersNote(it); note != "" {
				fmt.Fprintf(b, "*%s*\n\n", evidence.MarkdownEscape(note))
			}
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
