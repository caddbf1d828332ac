// Package evidence holds the domain types of cypx: sources, the evidence items
// extracted from them, their figures, actors and themes, and the citation forms
// a briefing writer pastes into a document.
//
// It depends on nothing but the standard library, so every other package can
// share these types without pulling in parsing, indexing or terminal code.
package evidence

import (
	"fmt"
	"github.com/cypx/cypx/internal/lazyre"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of an evidence item.
type Kind string

// The three kinds of item, in the order the explorer lists them.
const (
	Statistic      Kind = "statistic"
	Recommendation Kind = "recommendation"
	Excerpt        Kind = "excerpt"
)

// Kinds lists every kind, in display order.
var Kinds = []Kind{Statistic, Recommendation, Excerpt}

// ParseKind accepts a kind's name or its plural ("statistics"), case-insensitively.
func ParseKind(s string) (Kind, error) {
	k := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), "s")
	for _, known := range Kinds {
		if string(known) == k {
			return known, nil
		}
	}
	return "", fmt.Errorf("unknown kind %q (valid: statistic, recommendation, excerpt)", s)
}

// Unit is the unit of a figure's value.
type Unit string

// Units a figure can have. A ratio such as "nine in 10" is converted to a
// percentage, so UnitRatio is kept for ratios that are not out of a whole.
const (
	UnitPercent Unit = "percent"
	UnitCount   Unit = "count"
	UnitGBP     Unit = "gbp"
	UnitMonths  Unit = "months"
	UnitWeeks   Unit = "weeks"
	UnitYears   Unit = "years"
	UnitRatio   Unit = "ratio"
	UnitOther   Unit = "other"
)

// Units lists every unit a figure may carry.
var Units = []Unit{UnitPercent, UnitCount, UnitGBP, UnitMonths, UnitWeeks, UnitYears, UnitRatio, UnitOther}

// Role is what a figure does in the sentence that states it.
type Role string

// The roles a figure can have. A figure with no role is the sentence's
// plain finding; roles are given only where the sentence says more.
const (
	// RoleHeadline is the finding of a sentence that also states its base
	// or a change: the figure a briefing quotes.
	RoleHeadline Role = "headline"
	// RoleBase is the size of the group a percentage is of: the 60 of
	// "our survey of 60 young people found that 58%...".
	RoleBase Role = "base"
	// RoleChange is a difference: "rose by 5 percentage points", "a 24% cut".
	RoleChange Role = "change"
	// RoleRange is one end of a spread stated as two figures: "from 12% in
	// the North East to 45% in London", "waits ranged from 3 weeks in one
	// area to 40 in another".
	RoleRange Role = "range"
	// RoleThreshold is the time limit a share is counted against: the
	// "four weeks" of "the share seen within four weeks fell to 30%", the
	// "52 weeks" of "waits of more than 52 weeks affected 3 in 10
	// children". It says what the share measures; it is never the
	// sentence's finding.
	RoleThreshold Role = "threshold"
)

// Figure is one quantity stated in an item, as published.
type Figure struct {
	// Text is the figure exactly as it appears in the item text ("97%", "nine in 10").
	Text string `json:"text"`
	// Value is the number the text states, in Unit ("a third" is 33.3
	// percent); for a range it is the low end.
	Value float64 `json:"value"`
	Unit  Unit    `json:"unit"`
	// Low and High are the ends of a range ("10-15 years", "between 70 and
	// 90%"); both are zero for a single number. JSON carries them only for
	// a range.
	Low  float64 `json:"-"`
	High float64 `json:"-"`
	// Role says what the figure does in its sentence (headline, base,
	// change), or is empty.
	Role Role `json:"role,omitempty"`
	// Qualifier keeps the hedge that came with the number ("more than", "almost"),
	// because "more than 1,300" is not the same claim as "1,300".
	Qualifier string `json:"qualifier,omitempty"`
	// Offset is the byte offset of Text within the item's text.
	Offset int `json:"offset"`
	// Record says what the figure measures, of whom, when and where, as
	// far as its sentence, section and source say; its fields are empty
	// where they say nothing.
	Record
}

// Record is what a figure measures, as its sentence, its section heading
// and its source's note state it. Every field is empty where they say
// nothing: a record is read, never guessed.
type Record struct {
	// Measure is what is counted, in the sentence's words with the figure,
	// hedges, population, period and place taken out: "said the health
	// and wellbeing of children and young people was not considered
	// enough in national policy".
	Measure string `json:"measure,omitempty"`
	// Population is of whom or of what the figure is: "respondents",
	// "children aged 8 to 16", "Joint Forward Plans".
	Population string `json:"population,omitempty"`
	// Period is when: "2023", "2023/24", "March 2024", "April–May 2024",
	// "since 2015/16".
	Period string `json:"period,omitempty"`
	// Place is where: "England", "London", "North East".
	Place string `json:"place,omitempty"`
	// Base is the n and what it counts: "134 trust leaders".
	Base string `json:"base,omitempty"`
	// Change is the direction and comparison stated with the figure: "up
	// 8.1% on 2022/23", "down 28% since 2015/16", "up from 49.2% in 2022".
	Change string `json:"change,omitempty"`
	// Key is the measure, population and unit normalised for comparison
	// (see internal/measure): figures of one measure across sources have
	// keys that match.
	Key string `json:"measure_key,omitempty"`
	// Aim says the figure's own words (OwnWords) state an aim, a plan, an
	// expectation, a target or a recommendation, not what was measured:
	// "The programme aims to reach 500 families", "The trust expects 2,000
	// referrals next year", "a target of 92%". Its Period is the time
	// aimed at, or none, never when it held. The extractor sets it, so
	// that copies, exports and the command line read it alike (hostile
	// check 65).
	Aim bool `json:"aim,omitempty"`
}

// IsRange reports whether the figure states a range rather than one number.
func (f Figure) IsRange() bool { return f.High > f.Low }

// String renders the figure as published.
func (f Figure) String() string { return f.Text }

// Shown is the figure as a reader is shown it apart from its sentence (a
// figure's copy, a badge's line, a table's cell): the text as published,
// without a footnote or reference marker set after its number (see
// Markers: "1,200[^4] referrals" → "1,200 referrals", "1,010 (a)
// children" → "1,010 children"), nor a bare earlier value in brackets
// (PriorValues: "2,000 (1,800) children" → "2,000 children"). Text keeps
// the marker, as it is the
// quote's bytes at Offset; a marker copied out alone is a footnote of
// nothing, or a number misread ("1,2004"). Nor is an invisible character
// read through inside the number (WithoutIgnorable: "4\u200b0%" is shown
// 40%, as a reader sees it, not escaped).
//
// A figure with marks inside it ("**13**–**52 weeks**", "45 *per cent*")
// holds them paired, as its quote does, and is shown without them.
func (f Figure) Shown() string {
	s := f.shownMarked()
	if strings.ContainsAny(s, "*_[]\\<&`~") {
		s = withoutFigureMarks(s)
	}
	return foldLineBreaks(WithoutIgnorable(s))
}

// foldLineBreaks is s with each run of blanks holding a line break
// written as one space: a figure written over two lines of its paragraph
// ("Some 45\nper cent", "between 13 and\n52 weeks") is shown and pasted
// on one (hostile check 84b, F12: a figure's citation was two lines).
// A run holding a tab is one space too: "Some 45\tper cent" was pasted
// with the two characters "\t" a terminal's escaping wrote (hostile check
// 85, L7). Other blanks stay as written ("45\u00a0%").
func foldLineBreaks(s string) string {
	if !strings.ContainsFunc(s, IsLineBreak) && !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != ' ' && r != '\t' && !IsLineBreak(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		j, broke := i, false
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r != ' ' && r != '\t' && !IsLineBreak(r) {
				break
			}
			broke = broke || IsLineBreak(r) || r == '\t'
			j += size
		}
		if broke {
			b.WriteByte(' ')
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

// struckFigureRe is struck-out text, "~~55%~~", "<del>…</del>",
// "<s>…</s>", with the space after it.
var struckFigureRe = lazyre.New(`(?:~~[^~\n]{1,240}~~|(?i:<(?:del|s|strike)(?:\s[^<>]{0,200})?>[^<]{0,240}</(?:del|s|strike)\s*>)) ?`)

// halfLinkRe is the half of a link a figure's text can hold when the
// link goes on past it: "[45%" of "[45% of children](…)", or its "](…)".
var halfLinkRe = lazyre.New(`(?:^|\s)\[[^\]]*$|\]\((?:[^()\s]|\([^()\s]*\))*\)`)

// withoutFigureMarks is a figure's text without Markdown's marks: its
// paired ones (WithoutInlineMarks), and the halves of those whose other
// half is outside the figure's bytes, as emphasis over "45% of trusts"
// leaves "Around **45%": a run of stars, underscores at its edges or
// beside a blank ("1_000" stays), a link's bracket or address, a
// backtick, an escaping backslash.
func withoutFigureMarks(s string) string {
	if strings.Contains(s, "~~") || strings.Contains(s, "</") {
		// Words struck out inside a figure's text ("Nearly ~~55%~~
		// 61%") are no part of the figure copied: the source withdrew
		// them, and the figure is read without them (hostile check 85,
		// L6).
		s = struckFigureRe.ReplaceAllString(s, "")
	}
	s, _ = WithoutInlineMarks(s)
	if strings.Contains(s, "[") || strings.Contains(s, "](") {
		s = halfLinkRe.ReplaceAllStringFunc(s, func(m string) string {
			if i := strings.IndexByte(m, '['); i >= 0 && !strings.HasPrefix(m, "](") {
				return m[:i] + m[i+1:] // an opening bracket never closed
			}
			return ""
		})
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '*' && !(i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' '), c == '`':
			continue
		case c == '_' && (i == 0 || i == len(s)-1 || s[i-1] == ' ' || s[i+1] == ' ' || s[i-1] == '_' || s[i+1] == '_'):
			continue
		case c == '\\' && i+1 < len(s) && strings.IndexByte(escapable, s[i+1]) >= 0:
			i++
			c = s[i]
		}
		b.WriteByte(c)
	}
	return b.String()
}

func (f Figure) shownMarked() string {
	ms := NumberNotes(f.Text) // "2,000 (1,800) children" is 2,000 children
	if m, ok := emphasisAfterNumber(f.Text); ok {
		ms = append(ms, m)
	}
	slices.SortFunc(ms, func(a, b Marker) int { return a.Start - b.Start })
	if ms == nil {
		return f.Text
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		start := m.Start
		if start > 0 && f.Text[start-1] == ' ' && f.Text[start] != '_' {
			// The space that set the marker apart goes with it.
			start--
		}
		b.WriteString(f.Text[last:start])
		last = m.End
	}
	b.WriteString(f.Text[last:])
	return b.String()
}

// Copied is the figure as it is copied or tabled apart from its row: its
// text as shown, with the unit a table's header gave it where the cell
// leaves it unsaid: "35.8%" for "35.8" under "Share (%)", "£120.5m" for
// "120.5" under "Spend (£m)", "18 weeks" for "18" under "Median wait
// (weeks)". Copied bare, "35.8 (Smith, 2024)" was a number of nothing.
func (f Figure) Copied() string {
	s := f.Shown()
	if strings.ContainsFunc(s, unicode.IsLetter) && f.Unit != UnitGBP {
		return s // "nine in 10", "18 weeks", "45 per cent" say their unit
	}
	switch f.Unit {
	case UnitPercent:
		if !strings.Contains(s, "%") {
			s += "%"
		}
	case UnitGBP:
		if !strings.Contains(s, "£") {
			s = f.Badge()
		}
	case UnitWeeks, UnitMonths, UnitYears:
		w := string(f.Unit)
		if f.Value == 1 && !f.IsRange() {
			w = strings.TrimSuffix(w, "s")
		}
		s += " " + w
	case UnitOther:
		// A rate under "Rate per 100,000": "21.3 per 100,000".
		if m := copiedRateRe.FindString(f.Measure); m != "" {
			s += " " + m
		}
	}
	return s
}

// copiedRateRe is the base of a rate a figure's measure names.
var copiedRateRe = lazyre.New(`\bper\s+(?:100,000|10,000|1,000|100|1000|10000|100000|thousand|million)\b`)

// Badge is the short form of the figure for list rows: "97%", "1,300",
// "£2.3bn", "18wk"; a range gives both ends ("2–3%", "13–52wk"), a ratio
// its multiple ("2×").
func (f Figure) Badge() string {
	if f.IsRange() {
		return f.rangeBadge()
	}
	switch f.Unit {
	case UnitPercent:
		return trimFloat(f.Value) + "%"
	case UnitGBP:
		switch {
		case f.Value >= 1e9:
			return "£" + trimFloat(f.Value/1e9) + "bn"
		case f.Value >= 1e6:
			return "£" + trimFloat(f.Value/1e6) + "m"
		case f.Value >= 1e4:
			return "£" + trimFloat(f.Value/1e3) + "k"
		}
		return "£" + grouped(f.Value)
	case UnitWeeks:
		return trimFloat(f.Value) + "wk"
	case UnitMonths:
		return trimFloat(f.Value) + "mo"
	case UnitYears:
		return trimFloat(f.Value) + "yr"
	case UnitRatio:
		return trimFloat(f.Value) + "×"
	}
	if f.Value >= 1e6 {
		return trimFloat(f.Value/1e6) + "m"
	}
	return grouped(f.Value)
}

// rangeBadge is Badge for a range: both ends in the scale of the high one.
func (f Figure) rangeBadge() string {
	suffix := map[Unit]string{UnitPercent: "%", UnitWeeks: "wk", UnitMonths: "mo", UnitYears: "yr", UnitRatio: "×"}[f.Unit]
	num := grouped
	prefix := ""
	switch {
	case f.Unit == UnitGBP:
		prefix = "£"
		switch {
		case f.High >= 1e9:
			num, suffix = scaled(1e9), "bn"
		case f.High >= 1e6:
			num, suffix = scaled(1e6), "m"
		}
	case f.High >= 1e6:
		num, suffix = scaled(1e6), "m"
	}
	return prefix + num(f.Low) + "–" + num(f.High) + suffix
}

func scaled(by float64) func(float64) string {
	return func(v float64) string { return trimFloat(v / by) }
}

// ValueText is a figure's value as a number in full, as machine-readable
// output gives it and `cypx show` beside the figure: 1200000, 0.35, never
// an exponent (fmt's %g wrote 1.2e+06 for £1.2m). Every path that writes
// a value for reading takes it from here.
func ValueText(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// trimFloat writes a value as short as it is published: no decimals it
// does not have, and up to two it has (three under one), so a badge states
// the figure the text states. Before, one decimal at most: 0.04% was "0%",
// 0.35% "0.3%", 12.25% "12.2%", £2.35m "£2.4m", in the list, the chart, a
// warning and a pack's note alike.
func trimFloat(v float64) string {
	places := 2
	if math.Abs(v) < 1 {
		places = 3
	}
	s := strconv.FormatFloat(v, 'f', places, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// grouped writes a number with thousands separators: 8,500.
func grouped(v float64) string {
	s := trimFloat(v)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// Short is the actor's name in at most five characters, for list badges.
func (a Actor) Short() string {
	switch a {
	case Government:
		return "Gov"
	case LocalAuthorities:
		return "LAs"
	case Schools:
		return "Schls"
	}
	return string(a)
}

// Actor is a normalised organisation that a recommendation addresses.
type Actor string

// The normalised actors. Anything recognisable as an actor but not one of the
// named ones is Other.
const (
	Government       Actor = "Government"
	DHSC             Actor = "DHSC"
	NHSE             Actor = "NHSE"
	ICSs             Actor = "ICSs"
	ICBs             Actor = "ICBs"
	LocalAuthorities Actor = "Local authorities"
	Trusts           Actor = "Trusts"
	Schools          Actor = "Schools"
	CQC              Actor = "CQC"
	OtherActor       Actor = "Other"
)

// Actors lists every normalised actor.
var Actors = []Actor{Government, DHSC, NHSE, ICSs, ICBs, LocalAuthorities, Trusts, Schools, CQC, OtherActor}

// Item is one evidence item: a statistic, a recommendation or an excerpt.
type Item struct {
	// ID is stable across runs for the same source and text.
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Source describes the document the item came from.
	Source Source `json:"-"`
	// Section is the nearest heading above the item, or empty.
	Section string `json:"section"`
	// Text is an exact substring of the source body, never rewritten.
	Text string `json:"text"`
	// Offset is the byte offset of Text in the source body, and Line its line
	// in the source file, so a quote can be checked against the file.
	Offset int `json:"offset"`
	Line   int `json:"line"`
	// Seq is the item's position in its source, for document order.
	Seq int `json:"seq"`
	// Para is the index of the block (paragraph or list item) the item was
	// cut from, so sentences of one paragraph are known to belong together.
	Para int `json:"para"`
	// Number is a recommendation's number as the report writes it: "3"
	// for "3." or "Recommendation 3:", "1.2", "R3"; or empty.
	Number string `json:"number,omitempty"`
	// Header is the header row of the table a statistic is a row of, exactly
	// as in the source ("| Region | Waiting (%) |"), so that a quote of the
	// row can show what its cells mean; empty for prose.
	Header  string   `json:"header,omitempty"`
	Figures []Figure `json:"figures"`
	Actors  []Actor  `json:"actors"`
	Themes  []string `json:"themes"`
	// Page is the page of a PDF source the text came from, or 0.
	Page int `json:"page,omitempty"`
	// Speaker is who speaks a quotation the item is cut from, as the
	// paragraph introducing it names them ("Dr Amy Lowe, the trust's
	// Director of Nursing" from "Dr Amy Lowe, the trust's Director of
	// Nursing, said:"); that paragraph is no item of its own. Empty
	// elsewhere.
	Speaker string `json:"speaker,omitempty"`
	// Cites is set when a statistic attributes its figure to another
	// work by an in-text citation ("cut by 24% ... (Health Foundation,
	// 2024)"): the label of that work, "Health Foundation, 2024". The item
	// is then cited as a secondary source: "(Health Foundation, 2024,
	// cited in NHS Providers, 2024)".
	Cites string `json:"cites,omitempty"`
	// CitesFrom is where in Text the phrase Cites sources starts, when
	// that is a value set beside the first clause's ("45% of children in
	// Whitstable ..., compared with 38% across England according to NHS
	// England"): a figure before it is the item's own source's, and is
	// cited alone without Cites (ForFigure). 0 when Cites is the whole
	// sentence's.
	CitesFrom int `json:"cites_from,omitempty"`
	// Primary is set when the item is coverage (its source has about:) and
	// the same finding was found in the source it reports on; the item is
	// then cited as "(NHS Providers, 2024; reported by Healthcare Leader, 2024)".
	Primary *Source `json:"-"`
	// PrimaryValues are the figure values found in the primary source. A
	// figure cited alone is attributed to the primary only when its value
	// is among them: a figure the primary was not seen to state is cited
	// to the coverage that printed it.
	PrimaryValues []float64 `json:"-"`
	// PrimaryPage is the page of the primary source on which it states
	// the finding, where that source has pages and the statement was
	// found in it (0 where not): the reader checks a figure there, not in
	// the coverage's paraphrase.
	PrimaryPage int `json:"-"`
}

// Headline is the figure a briefing quotes from the item: the one marked
// headline, else the first that is not a base (the 58% of "our survey of 60
// young people found that 58%..."), unless a later year's level of the
// same measure follows it (newerLevel), else the first. ok is false when
// the item has no figures.
func (it Item) Headline() (f Figure, ok bool) {
	if len(it.Figures) == 0 {
		return Figure{}, false
	}
	for _, g := range it.Figures {
		if g.Role == RoleHeadline {
			return g, true
		}
	}
	for _, g := range it.Figures {
		if g.Role.Measured() {
			return it.newerLevel(g), true
		}
	}
	return it.Figures[0], true
}

// HeadlineMarked is the item's figures with the one Headline picks
// marked RoleHeadline where no figure is marked so and Headline picks a
// later year's level over the first measured figure ("In 2022, 1,150
// children were referred; in 2023, 1,240" is headed by the 1,240): the
// JSON says which figure a briefing quotes, as the badge, the copy and the
// CSV do. Before (hostile check 65), the JSON marked none, and a reader
// taking the first measured figure, as the contract says when none is
// marked, quoted 2022's. The item's own figures are not changed.
func (it Item) HeadlineMarked() []Figure {
	head, ok := it.Headline()
	if !ok || head.Role != "" {
		return it.Figures
	}
	for _, g := range it.Figures {
		if g.Role == RoleHeadline {
			return it.Figures
		}
		if g.Role.Measured() {
			if g.Offset == head.Offset && g.Text == head.Text {
				return it.Figures // the first measured figure heads it: nothing to say
			}
			break
		}
	}
	out := append([]Figure(nil), it.Figures...)
	for i := range out {
		if out[i].Offset == head.Offset && out[i].Text == head.Text {
			out[i].Role = RoleHeadline
		}
	}
	return out
}

// newerLevel is the level of f's measure (its record's key) of the latest
// year the item states, where that year is later than f's: "In 2022,
// 1,100 children were referred; by 2024 the figure was 1,400 children"
// is headed by 2024's 1,400. Before (hostile check 64 M3), the cite, the
// explorer's copy and the CSV gave 2022's, the older one. A change, or a
// level of no year, of another measure or of the same year, heads
// nothing: f stands, and so does a table row's first figure.
func (it Item) newerLevel(f Figure) Figure {
	y := periodYear(f.Period)
	if f.Key == "" || f.Role == RoleChange || y == 0 {
		return f
	}
	if _, _, row := rowCells(it.Text); row {
		// A table row is read across its columns in order, and its first
		// figure heads it, as the development set labels rows of years;
		// heading rows by their latest column moved 80 headlines there.
		return f
	}
	best := f
	for _, g := range it.Figures {
		if g.Key == f.Key && g.Role.Measured() && g.Role != RoleChange {
			if gy := periodYear(g.Period); gy > y {
				best, y = g, gy
			}
		}
	}
	return best
}

// periodYear is the first year a period names ("2023" of "2023/24" and
// of "March 2023"), 0 for none or an open one ("since 2015").
func periodYear(p string) int {
	if strings.HasPrefix(p, "since") {
		return 0
	}
	for i := 0; i+4 <= len(p); i++ {
		if (i == 0 || p[i-1] < '0' || p[i-1] > '9') && (p[i] == '1' && p[i+1] == '9' || p[i] == '2' && p[i+1] == '0') &&
			p[i+2] >= '0' && p[i+2] <= '9' && p[i+3] >= '0' && p[i+3] <= '9' && (i+4 == len(p) || p[i+4] < '0' || p[i+4] > '9') {
			return int(p[i]-'0')*1000 + int(p[i+1]-'0')*100 + int(p[i+2]-'0')*10 + int(p[i+3]-'0')
		}
	}
	return 0
}

// Measured reports a role whose figure is a measurement of its own: not a
// base (the 60 young people a survey asked) nor a threshold (the 18 weeks
// a share is counted against). A badge quotes, and a chart draws, only
// such figures; links never take the others for a finding either.
func (r Role) Measured() bool { return r != RoleBase && r != RoleThreshold }

// primaryHas reports whether a figure value was found in the primary source.
func (it Item) primaryHas(v float64) bool {
	for _, p := range it.PrimaryValues {
		if p == v {
			return true
		}
	}
	return false
}

// HasTheme reports whether the item is tagged with the theme id.
func (it Item) HasTheme(id string) bool {
	for _, t := range it.Themes {
		if t == id {
			return true
		}
	}
	return false
}

// RecordField is one stated field of a record, named as people read it.
type RecordField struct {
	Name, Value string
}

// Fields lists the fields a record states, in the order the CLI and the
// explorer show them; the key, which is for machines, is left out.
func (r Record) Fields() []RecordField {
	var out []RecordField
	add := func(name, value string) {
		if value != "" {
			out = append(out, RecordField{name, value})
		}
	}
	add("measure", r.Measure)
	if !strings.EqualFold(r.Population, r.Place) {
		// "North" under a table's "Area" is where the figures are: the
		// group the row keeps it as (its key's) is no people to show as
		// "of: North" (hostile check 61).
		add("of", r.Population)
	}
	add("period", r.Period)
	add("place", r.Place)
	add("base", r.Base)
	add("change", r.Change)
	return out
}

// Summary is the record in one line: "measure · of population · period ·
// place · base … · change", with the field names where the value alone
// would not say what it is; "" for a record that states nothing.
func (r Record) Summary() string {
	var parts []string
	for _, f := range r.Fields() {
		switch f.Name {
		case "measure", "period", "place", "change":
			parts = append(parts, f.Value)
		default:
			parts = append(parts, f.Name+" "+f.Value)
		}
	}
	return strings.Join(parts, " · ")
}
