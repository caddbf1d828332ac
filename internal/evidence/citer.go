package evidence

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// Citer cites items in one style within one document — a briefing pack,
// or a single copied item. A document is what numbers and letters belong
// to: Vancouver numbers works in the order they are first cited; the
// footnote style gives a work a full note the first time it is cited and a
// short note after; the author–date styles letter two works of one author
// in one year (2024a, 2024b), in the text and the list alike.
//
// A Citer remembers what it has cited: cite the items in the order the
// document shows them, then ask for the references.
type Citer struct {
	style    Style
	accessed time.Time
	// letters are the letters of works sharing a name and year.
	letters map[string]string
	// numbers are Vancouver's numbers, by work.
	numbers map[string]int
	// works are the works cited, in the order first cited.
	works []Source
	seen  map[string]bool
	notes int
}

// WorkKey is a work's identity: sources that give the same Harvard
// reference (parts of one report filed apart) are one work. A work's URL
// is in that reference and tells works apart (its scheme and host read
// in any case, as they are: https://EXAMPLE.org/a is https://example.org/a); without one, a source of
// another type is another work: Harvard cites a report and the web page
// announcing it alike when neither has a URL, and they were merged into
// one entry, the page's citation leading to the report's reference (APA,
// which dates a web page to the month, wrote the one entry of whichever
// came first).
func WorkKey(s Source) string {
	s.URL = sameAddress(s.URL) // one address, however its host is written
	key := harvardReference(s, "", time.Time{}).String()
	if strings.TrimSpace(s.URL) == "" {
		t := s.Type
		if t == "" {
			t = Report // as it is cited (kindOf)
		}
		key += "\x00" + string(t)
	}
	return key
}

// NewCiter makes a citer for a document that will cite items (all of them,
// so two works of one author in one year can be lettered before the first
// is cited). accessed dates references whose source carries no access date.
func NewCiter(st Style, accessed time.Time, items []Item) *Citer {
	c := &Citer{style: st, accessed: accessed, letters: map[string]string{}, numbers: map[string]int{}, seen: map[string]bool{}}
	if st != Harvard && st != APA {
		return c // only the author–date styles letter their works
	}
	var works []Source
	known := map[string]bool{}
	for _, it := range items {
		for _, s := range ItemWorks(it) {
			if k := WorkKey(s); !known[k] {
				known[k] = true
				works = append(works, s)
			}
		}
	}
	groups := map[string][]Source{}
	for _, w := range works {
		name := c.bareLabel(w)
		groups[name] = append(groups[name], w)
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		sort.SliceStable(g, func(a, b int) bool {
			ta, tb := strings.ToLower(g[a].Title), strings.ToLower(g[b].Title)
			if ta != tb {
				return ta < tb
			}
			return WorkKey(g[a]) < WorkKey(g[b])
		})
		for n, w := range g {
			c.letters[WorkKey(w)] = Letter(n)
		}
	}
	return c
}

// Style is the citer's style.
func (c *Citer) Style() Style { return c.style }

// ItemWorks are the works an item is cited to: its primary first, for
// coverage, then its own source.
func ItemWorks(it Item) []Source {
	var ws []Source
	for _, w := range CitedWorks(it) {
		ws = append(ws, w.Source)
	}
	return ws
}

// Letter is the n-th year suffix: a, b, … z, aa, ab, ….
func Letter(n int) string {
	if n < 26 {
		return string(rune('a' + n))
	}
	return Letter(n/26-1) + Letter(n%26)
}

func (c *Citer) bareLabel(s Source) string {
	if c.style == APA {
		return apaLabel(s)
	}
	return CitationLabel(s)
}

// Label names a source in an author–date citation, with its letter:
// "NHS Providers, 2024a". In Vancouver it is the work's number.
func (c *Citer) Label(s Source) string {
	if c.style == Vancouver {
		return strconv.Itoa(c.number(s))
	}
	l := c.letters[WorkKey(s)]
	if l != "" && s.Date.IsZero() {
		l = "-" + l
	}
	return c.bareLabel(s) + l
}

// Author is the name the document's in-text citations give a work, for a
// table that names a work with its year in a column of its own: APA's
// ("Smith & Doe", "Gault et al.") in APA, Harvard's ("Smith and Doe")
// otherwise, as ItemLabel names works for the styles whose in-text
// citation names no author (Vancouver, the footnote style).
func (c *Citer) Author(s Source) string {
	if c.style == APA {
		return apaAuthor(s)
	}
	return AuthorLabel(s)
}

// Narrative is ItemNarrative in this document: the work's year lettered
// as the document's other citations of it are, "Kent County Council
// (2024b)". A pack's JSON gives it as each finding's `citation`, beside
// the lettered citations and references the same citer gives: before
// (hostile check 67), that field was ItemNarrative's, unlettered, "Kent
// County Council (2024)" for each of three works the pack letters 2024a,
// 2024b and 2024c.
func (c *Citer) Narrative(it Item) string {
	if c.style != Harvard && c.style != APA {
		return ItemNarrative(it)
	}
	return itemNarrative(it, c.Letter)
}

// Letter is the letter the document gives a work beside its year ("a" of
// 2024a) when it cites two works of one author in one year in an
// author–date style; "" otherwise. A table that gives a work's year in a
// column of its own takes it from here, so the row leads to the reference
// the citation does.
func (c *Citer) Letter(s Source) string { return c.letters[WorkKey(s)] }

// number is a work's Vancouver number, given at its first citation.
func (c *Citer) number(s Source) int {
	k := WorkKey(s)
	if n, ok := c.numbers[k]; ok {
		return n
	}
	c.numbers[k] = len(c.numbers) + 1
	return c.numbers[k]
}

// NumberWorks gives the works of items, in order, their Vancouver numbers
// before any is cited, as citing them in that order would (other styles
// number nothing): a document cited apart in several outputs (a pack's
// Markdown and Word, and its JSON, one citer a copy format) numbers its
// works alike in each by the one order (export's Pack.citer).
func (c *Citer) NumberWorks(items []Item) {
	if c.style != Vancouver {
		return
	}
	for _, it := range items {
		for _, s := range ItemWorks(it) {
			c.number(s)
		}
	}
}

// Citation is one citation of an item in a document.
type Citation struct {
	// InText is the in-text citation: "(NHS Providers, 2024)", "(1)";
	// empty in the footnote style, which cites in a note.
	InText string
	// Markdown is InText with each work linked to its URL.
	Markdown string
	// Linked is InText as runs, each run that Markdown links carrying its
	// work's URL (Span.Link): what a document that links as Markdown does
	// (Word) writes. Its text is InText's.
	Linked Rich
	// Note is the footnote style's note, ending with a full stop: in full
	// the first time a work is cited, short after.
	Note Rich
	// Number is the note's number in the document (footnote style).
	Number int
	// Speaker is who speaks the quotation the item is cut from
	// (Item.Speaker) on one line, empty for any other item: every path
	// that prints the quote prints it with it, a "— Speaker" line under
	// the quote or a CSV column. Before, `cypx show` and the explorer's
	// detail named the speaker, and the copy, the packs and the CSV
	// quoted the words as nobody's.
	Speaker string
}

// Cite cites an item: coverage whose finding was found in its primary
// source cites the primary first, "(NHS Providers, 2024; reported by
// Gault, 2024)"; a figure the text attributes to another body is cited
// "(Health Foundation, 2024, cited in NHS Providers, 2024)" (APA: "as
// cited in"), and only the work read is referenced.
func (c *Citer) Cite(it Item) Citation {
	cit := c.cite(it)
	cit.Speaker = OneLine(strings.TrimSpace(it.Speaker))
	return cit
}

// cite is Cite but for the speaker.
func (c *Citer) cite(it Item) Citation {
	for _, s := range ItemWorks(it) {
		if k := WorkKey(s); !c.seen[k] {
			c.seen[k] = true
			c.works = append(c.works, s)
		}
	}
	switch c.style {
	case Footnotes:
		c.notes++
		return Citation{Note: c.note(it), Number: c.notes}
	case Vancouver:
		return Citation{InText: "(" + c.vancouverLabel(it, false) + ")", Markdown: "(" + c.vancouverLabel(it, true) + ")", Linked: c.vancouverLinked(it)}
	}
	citedIn := "cited in"
	if c.style == APA {
		citedIn = "as cited in"
	}
	return Citation{InText: "(" + itemLabel(it, c.Label, citedIn) + ")", Markdown: markdownInText(it, c.Label, citedIn), Linked: linkedInText(it, c.Label, citedIn)}
}

// vancouverLinked is vancouverLabel in brackets as runs, each number
// carrying its work's URL, as the Markdown links it.
func (c *Citer) vancouverLinked(it Item) Rich {
	return bracketed(c.vancouverRuns(it, plainName))
}

// vancouverRuns is an item's Vancouver citation: each work by its number,
// linked to its URL, with its page.
func (c *Citer) vancouverRuns(it Item, name func(string) string) Rich {
	return citationRuns(it, name, "cited in", "; reported by ", func(b *rich, w CitedWork) {
		b.span(Span{Text: strconv.Itoa(c.number(w.Source)), Link: w.Source.URL})
		b.plain(pageText(w.Page))
	})
}

func (c *Citer) vancouverLabel(it Item, md bool) string {
	if md {
		return c.vancouverRuns(it, MarkdownText).Markdown(plainName)
	}
	return c.vancouverRuns(it, plainName).String()
}

// note is an item's footnote: each work in full when first cited in the
// document, short after.
func (c *Citer) note(it Item) Rich {
	r := citationRuns(it, plainName, "cited in", "; reported by ", func(b *rich, w CitedWork) {
		var spans []Span
		if k := "note:" + WorkKey(w.Source); c.seen[k] {
			spans = mhraShortNote(w.Source, w.Page)
		} else {
			c.seen[k] = true
			spans = mhraNote(w.Source, w.Page, c.accessed, false)
		}
		for _, sp := range spans {
			b.span(sp)
		}
	})
	b := rich{r: r}
	return b.plain(".").r
}

// Entry is one entry of a reference list or bibliography.
type Entry struct {
	// Number is the work's Vancouver number; 0 in the other styles.
	Number int
	Text   Rich
	Source Source
}

// References are the reference list of the works cited so far, one entry a
// work: by author, year and letter in the author–date styles and the
// footnote style's bibliography; by number in Vancouver.
func (c *Citer) References() []Entry {
	out := make([]Entry, 0, len(c.works))
	for _, w := range c.works {
		e := Entry{Source: w}
		switch c.style {
		case Vancouver:
			e.Number = c.number(w)
			e.Text = vancouverReference(w, c.accessed)
		default:
			e.Text = referenceIn(c.style, w, c.letters[WorkKey(w)], c.accessed)
		}
		out = append(out, e)
	}
	if c.style == Vancouver {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Number < out[j].Number })
		return out
	}
	sort.SliceStable(out, func(i, j int) bool {
		ai, aj := strings.ToLower(authorPart(out[i].Text.String())), strings.ToLower(authorPart(out[j].Text.String()))
		if ai != aj {
			return ai < aj
		}
		if yi, yj := out[i].Source.Date.Year, out[j].Source.Date.Year; yi != yj {
			return yi < yj
		}
		return c.letters[WorkKey(out[i].Source)] < c.letters[WorkKey(out[j].Source)]
	})
	return out
}

// authorPart is a reference's author: the text before " (" (the year), or
// before the first comma of a bibliography entry.
func authorPart(ref string) string {
	if i := strings.Index(ref, " ("); i > 0 {
		ref = ref[:i]
	}
	return ref
}

// Copy is a copy of an item in three parts, joined by String: what is
// quoted or stated (the quote in its marks, the figure, or a reference
// copy's lines), its citation as it follows that text (" (1)", " (NHS
// Providers, 2024)", a footnote's "¹"), and what the citation points to
// after a blank line (a footnote style's note, Vancouver's references).
// A preview of the copy (the explorer's status line) shortens Text alone
// and keeps the citation whole, each part the copy's own.
type Copy struct {
	Text, Citation, Notes string
}

// String is the copy as it is pasted.
func (c Copy) String() string {
	if c.Notes == "" {
		return c.Text + c.Citation
	}
	return c.Text + c.Citation + "\n\n" + c.Notes
}

// Format renders an item in a copy format, cited in this document.
func (c *Citer) Format(it Item, f Format) string { return c.Copy(it, f).String() }

// Copy is Format in its parts.
func (c *Citer) Copy(it Item, f Format) Copy {
	// Each copy format numbers the item's works as its reference copy
	// does (its primary 1, itself 2), whichever works it cites: a figure
	// cited to the coverage alone, its primary not seen to state it, was
	// "(1)" beside a reference list whose 1 was the primary.
	if c.style == Vancouver {
		for _, s := range ItemWorks(it) {
			c.number(s)
		}
	}
	if f == FormatReference {
		c.Cite(it)
		var lines []string
		for _, s := range ItemWorks(it) {
			lines = append(lines, c.referenceLine(s))
		}
		return Copy{Text: strings.Join(lines, "\n")}
	}
	body := `"` + QuoteLine(it.Text) + `"`
	if f == FormatMarkdown {
		body = `"` + MarkdownEscape(QuoteLine(it.Text)) + `"`
	}
	quoted := true
	if f == FormatFigure {
		if fig, ok := it.Headline(); ok {
			body = it.FigureCopy(fig)
			it = it.ForFigure(fig)
			// A figure copied as the whole quote (one of a list) is
			// still the speaker's words.
			quoted = body == `"`+QuoteLine(it.Text)+`"`
		}
	}
	cit := c.Cite(it)
	if quoted && cit.Speaker != "" {
		// The quote is someone's words: "… said" is pasted with them.
		if f == FormatMarkdown {
			body += " — " + MarkdownEscape(cit.Speaker)
		} else {
			body += " — " + cit.Speaker
		}
	}
	if c.style == Footnotes {
		n := strconv.Itoa(cit.Number)
		if f == FormatMarkdown {
			return Copy{Text: body, Citation: "[^" + n + "]", Notes: "[^" + n + "]: " + cit.Note.MarkdownEntry()}
		}
		return Copy{Text: body, Citation: superscript(cit.Number), Notes: superscript(cit.Number) + " " + cit.Note.String()}
	}
	inText := cit.InText
	if f == FormatMarkdown {
		inText = cit.Markdown
	}
	if c.style != Vancouver {
		return Copy{Text: body, Citation: " " + inText}
	}
	// A copy in Vancouver — a quote, its Markdown or a figure — carries
	// the references its number points to, as the footnote style's copy
	// carries its note: "97% (2)" or a quote's "(1)" pasted alone pointed
	// into a list the user did not have (hostile checks 63 L8, 64 M5).
	var refs []string
	for _, s := range ItemWorks(it) {
		if f == FormatMarkdown {
			refs = append(refs, strconv.Itoa(c.number(s))+". "+vancouverReference(s, c.accessed).MarkdownEntry())
			continue
		}
		refs = append(refs, c.referenceLine(s))
	}
	return Copy{Text: body, Citation: " " + inText, Notes: strings.Join(refs, "\n")}
}

// referenceLine is one work's reference as a copy gives it: numbered in
// Vancouver ("1. NHS Providers. …").
func (c *Citer) referenceLine(s Source) string {
	if c.style == Vancouver {
		return strconv.Itoa(c.number(s)) + ". " + vancouverReference(s, c.accessed).String()
	}
	return referenceIn(c.style, s, c.letters[WorkKey(s)], c.accessed).String()
}

// ForFigure is the item as one of its figures is cited alone: coverage
// whose primary was not seen to state the figure is cited to the coverage
// alone, and a figure before the phrase an attribution sources
// (CitesFrom) without it (hostile check 69: the 45% of Whitstable was
// cited to NHS England, named for England's 38%). Every path that cites a figure by itself (the figure copy, a
// pack's table of figures) cites the item ForFigure gives, so a figure
// never carries two citations.
func (it Item) ForFigure(f Figure) Item {
	if it.Primary != nil && !it.primaryHas(f.Value) {
		it.Primary, it.PrimaryPage = nil, 0
	}
	if it.CitesFrom > 0 && f.Offset < it.CitesFrom {
		it.Cites = ""
	}
	return it
}

// CitedApart reports whether a figure of the item is cited by itself to
// other works than the item (ForFigure): its primary dropped, or the body
// its sentence names for another value. The figures table cites such a
// figure apart and FigureNote says why, by this one test.
func (it Item) CitedApart(f Figure) bool {
	alone := it.ForFigure(f)
	return alone.Primary != it.Primary || alone.Cites != it.Cites
}

// FigureNote says why an item's figure is cited to another work than its
// quote, when it is: coverage whose finding was found in its primary
// source, quoting as its headline a figure the primary was not seen to
// state, cites that figure to the coverage alone (ForFigure). Empty when
// every copy cites the same works. The works are named as the style's
// in-text citation names them (SourceLabel: "Smith & Doe, 2024" in APA).
// Every path that puts the figure beside the quote's citation carries
// it: cypx show, the explorer's detail pane, and each export's row or
// note, whose CSV row paired a story's figure with its primary's
// publisher and citation, without a word (hostile check 69 F4).
//
// A figure before the phrase the item's attribution sources (CitesFrom)
// is cited without that body, and said so: "the figure 45% is cited to
// Cole, 2025 without NHS England, which is named for another value".
//
// Every figure of the quote is told, the headline first: a story's "28%
// …, up from 20% the year before" whose primary states the 28% alone is
// cited to the primary, and its 20% is the story's (hostile check 70,
// G19: said of the headline only).
func (it Item) FigureNote(st Style) string {
	if it.Primary == nil && it.Cites == "" {
		return "" // nothing to be cited apart from
	}
	c := NewCiter(st, time.Time{}, []Item{it})
	c.NumberWorks([]Item{it})
	return c.FigureNote(it)
}

// FigureNote is Item.FigureNote in this document: each work named as the
// document's citations beside the note name it, by its number in
// Vancouver ("the figure 97% is cited to 2 alone: 1 was not seen to
// state it"), by its short note in the footnote style, lettered in the
// author–date styles. Before (hostile check 70 G13), the note named works
// in Harvard whatever the style: author–date names under a numbered
// pack's "(1; reported by 2)".
func (c *Citer) FigureNote(it Item) string {
	var notes []string
	seen := map[string]bool{}
	note := func(f Figure) {
		if f.Role == RoleBase || !it.CitedApart(f) || seen[f.Shown()] {
			return
		}
		seen[f.Shown()] = true
		switch alone := it.ForFigure(f); {
		case it.Primary != nil && alone.Primary == nil:
			notes = append(notes, "the figure "+f.Shown()+" is cited to "+c.workName(it.Source)+" alone: "+
				c.workName(*it.Primary)+" was not seen to state it")
		case it.Cites != "" && alone.Cites == "":
			notes = append(notes, "the figure "+f.Shown()+" is cited without "+it.Cites+", which is named for another value")
		}
	}
	if f, ok := it.Headline(); ok {
		note(f)
	}
	for _, f := range it.Figures {
		note(f)
	}
	return strings.Join(notes, "; ")
}

// workName names a work as the document's in-text citations do: its
// number in Vancouver, its short note in the footnote style, its label
// (lettered) in the author–date styles.
func (c *Citer) workName(s Source) string {
	switch c.style {
	case Vancouver:
		return strconv.Itoa(c.number(s))
	case Footnotes:
		return mhraShortNote(s, 0).String()
	}
	return c.Label(s)
}

// FigureWork is the work a figure of an item is cited to: the primary
// source of coverage when the primary was seen to state that figure, else
// the item's own source.
func (it Item) FigureWork(f Figure) Source {
	if it.Primary != nil && it.primaryHas(f.Value) {
		return *it.Primary
	}
	return it.Source
}
