// Package figures lines up the figures of one measure across sources:
// the comparison table the explorer opens with f and cypx figures prints
// (source, value, period, base, place, date, primary or secondary), the
// warning an item carries when another source gives another value, and
// the note a briefing pack prints under such a finding.
//
// Which figures are of one measure, and whether they agree, is decided by
// internal/links (Compare) over the records internal/measure reads; this
// package gathers the figures into measures by one rule (Group), which
// both tables are made by, so the explorer's table of a statistic is the
// one cypx figures prints for its measure, and cites every row with
// evidence.ItemCitation, as every other path does.
package figures

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// Row is one statement of the measure: the item (resolved, so coverage
// cites its primary first), the figure, and how it stands to the table's
// first row.
type Row struct {
	Item   evidence.Item   `json:"item"`
	Figure evidence.Figure `json:"figure"`
	// Link is how the row stands to the measure's first statement (in
	// the explorer, a figure of the item f was pressed on): same-finding,
	// disagrees, trend; "" for that statement itself.
	Link links.Type `json:"link,omitempty"`
	// Secondary marks coverage or a citation of another body's figure.
	Secondary bool `json:"secondary"`
	// Disagrees marks a row another row of the table contradicts: another
	// value for the same measure, group and period.
	Disagrees bool `json:"disagrees"`
}

// Table is the figures of one measure, primary sources first, then by
// period and date.
type Table struct {
	// Measure is the measure in words, as the first row's record states it.
	Measure string `json:"measure"`
	Rows    []Row  `json:"rows"`
}

// secondary reports an item that repeats another's figure: coverage, or a
// statistic citing a body.
func secondary(it evidence.Item) bool { return links.NeedsPrimary(it) }

// measureText names a figure's measure for a table's heading.
func measureText(f evidence.Figure) string {
	m := f.Measure
	if f.Population != "" {
		if m != "" {
			m += " — "
		}
		m += f.Population
	}
	return m
}

// ForItem is the comparison table of an item's figure: the table `cypx
// figures` makes of its measure (Group), over the item and the items its
// links compare with it (same-finding, primary-source, disagrees, trend),
// so the item's own figures for other periods and the linked items'
// figures of the measure are rows too, whichever pair of figures a link
// was made for. linked holds the linked items resolved, by id (a missing
// one is taken from its link); rel says how two items' sources stand
// (links.Engine.Relation). fig is the index of the figure; -1 picks the
// first figure any link compares. ok is false unless two sources state
// the measure. series are the statistics of the item's own source that may
// state its measures (resolve.Resolver.Series), which links never join to
// it: their figures for other periods are rows too, as Group makes them.
//
// Before, the table held only the links of the figure itself: links pair
// each figure with one of the other item's (2023 with 2023, 2024 with
// 2024), so of two sources' series the table showed one period; and
// (hostile check 51) the item's source's own value for another period,
// stated in another sentence, was no row.
func ForItem(it evidence.Item, fig int, ls []links.Link, linked map[string]evidence.Item, series []evidence.Item, rel func(a, b evidence.Item) measure.Related) (Table, bool) {
	if fig < 0 {
		fig = Compared(it, ls)
	}
	if fig < 0 || fig >= len(it.Figures) {
		return Table{}, false
	}
	items := make([]evidence.Item, 1, 1+len(series)+len(ls)) // the item first, so its figures head their measures
	items[0] = it
	seen := map[string]bool{it.ID: true}
	for _, s := range series { // its source first among equals, as Group over a search takes them
		if !seen[s.ID] && s.Source.ID == it.Source.ID {
			seen[s.ID] = true
			items = append(items, s)
		}
	}
	for _, l := range ls {
		if l.Compared == nil || !comparing(l.Type) || seen[l.Item.ID] {
			continue
		}
		seen[l.Item.ID] = true
		other := l.Item
		if r, ok := linked[other.ID]; ok {
			other = r
		}
		items = append(items, other)
	}
	at := it.Figures[fig].Offset
	for _, g := range gather(items, rel, it.ID, nil) {
		for _, m := range g {
			if m.it.ID == it.ID && m.f.Offset == at {
				t := tabulate(g, rel)
				return t, t.Sources() >= 2
			}
		}
	}
	return Table{}, false
}

// Compared is the index of the first figure of it that a link compares
// with another source's, or -1.
func Compared(it evidence.Item, ls []links.Link) int {
	for i, f := range it.Figures {
		for _, l := range ls {
			if l.Compared != nil && comparing(l.Type) && l.Compared.Figure.Offset == f.Offset {
				return i
			}
		}
	}
	return -1
}

// comparing reports the link types that compare figures of one measure.
func comparing(t links.Type) bool {
	switch t {
	case links.SameFinding, links.PrimarySource, links.Disagrees, links.Trend:
		return true
	}
	return false
}

// sort puts primary sources first, then earlier periods, then earlier
// dates; the item the table was opened on leads among equals.
//
// Each row's period and date are read once, and the rows' positions sorted
// rather than the rows (an item and a figure each, moved over and over by a
// merge sort): reading periods in every comparison and moving rows took a
// tenth of the time of a 450-row table at 100,000 items (BenchmarkFigureTable).
func (t *Table) sort() {
	type key struct {
		secondary bool
		period    measure.Period
		date      string
	}
	keys := make([]key, len(t.Rows))
	at := make([]int, len(t.Rows))
	for i, r := range t.Rows {
		keys[i] = key{r.Secondary, measure.ParsePeriod(r.Figure.Period), r.Item.Source.Date.String()}
		at[i] = i
	}
	before := func(a, b key) bool {
		if a.secondary != b.secondary {
			return !a.secondary
		}
		if a.period.Before(b.period) || b.period.Before(a.period) {
			return a.period.Before(b.period)
		}
		return a.date < b.date
	}
	slices.SortStableFunc(at, func(i, j int) int {
		switch {
		case before(keys[i], keys[j]):
			return -1
		case before(keys[j], keys[i]):
			return 1
		}
		return 0
	})
	rows := make([]Row, len(t.Rows))
	for i, j := range at {
		rows[i] = t.Rows[j]
	}
	t.Rows = rows
}

// Sources counts the table's sources.
func (t Table) Sources() int {
	ids := map[string]bool{}
	for _, r := range t.Rows {
		ids[r.Item.Source.ID] = true
	}
	return len(ids)
}

// Columns are the table's headings, as every format writes them.
var Columns = []string{"Source", "Value", "Period", "Base", "Place", "Date", "Primary", "Cite"}

// Citations cite the table's rows in a style, the table being one
// document: Vancouver numbers its works in row order, the author–date
// styles letter two works of one author in one year, the footnote style
// gives each row its note, in full the first time a work is cited and
// short after it, as a briefing pack's notes are. refs are
// the works cited, for the reference list under the table. Before, every
// row was cited in Harvard whatever the style, while `cypx cite` and a
// copy followed it.
func (t Table) Citations(st evidence.Style, accessed time.Time) (cites []string, refs []evidence.Entry) {
	items := make([]evidence.Item, len(t.Rows))
	for i, r := range t.Rows {
		// The row's figure as it is cited by itself (ForFigure): a
		// story's "up from 20%" the report it covers never states was
		// cited to the report (hostile check 70, G19).
		items[i] = r.Item.ForFigure(r.Figure)
	}
	c := evidence.NewCiter(st, accessed, items)
	cites = make([]string, len(items))
	for i, it := range items {
		cit := c.Cite(it)
		cites[i] = cit.InText
		if st == evidence.Footnotes {
			cites[i] = cit.Note.String()
		}
	}
	return cites, c.References()
}

// Cells are one row's cells under Columns, its citation (one of Citations)
// in the last.
func (r Row) Cells(cite string) []string {
	role := "primary"
	if r.Secondary {
		role = "secondary"
	}
	if r.Disagrees {
		role += ", disagrees"
	}
	return []string{r.Item.Source.Publisher, r.Figure.Copied(), r.Figure.Period, r.Figure.Base, r.Figure.Place,
		r.Item.Source.Date.Long(), role, cite}
}

// Markdown is the table as Markdown, its measure as a heading line, the
// sparkline when periods differ, each row cited in st and the works cited
// listed under it.
func (t Table) Markdown(st evidence.Style, accessed time.Time) string {
	cites, refs := t.Citations(st, accessed)
	var b strings.Builder
	if t.Measure != "" {
		fmt.Fprintf(&b, "**%s**\n\n", mdCell(t.Measure))
	}
	b.WriteString("| " + strings.Join(Columns, " | ") + " |\n|")
	for range Columns {
		b.WriteString("---|")
	}
	b.WriteByte('\n')
	for k, r := range t.Rows {
		cells := r.Cells(cites[k])
		for i := range cells {
			cells[i] = mdCell(cells[i])
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	if s := t.Spark(); s != "" {
		fmt.Fprintf(&b, "\nOver time: %s\n", s)
	}
	if len(refs) > 0 {
		b.WriteString("\n" + export.MarkdownReferences(st, refs))
	}
	return b.String()
}

// mdCell keeps a cell on its row and reads as written: escaped as the
// briefing pack escapes the cells of its table of figures
// (evidence.MarkdownText), pipes, markup and all. Before, only pipes were
// escaped, so a publisher "A&B <Trust>" lost "<Trust>" to the renderer as
// an HTML tag, and a figure kept with its footnote marker ("1,200[^4]")
// became a footnote.
func mdCell(s string) string { return evidence.MarkdownText(s) }

var sparkBars = []rune("▁▂▃▄▅▆▇█")

// Spark is a sparkline of the table's values by period, earliest first,
// with the first and last periods: "2017 ▁▄█ 2023". Empty unless at least
// two periods differ; of counts and money, only periods of one length.
func (t Table) Spark() string {
	type point struct {
		p measure.Period
		v float64
	}
	var pts []point
	for _, r := range t.Rows {
		p := measure.ParsePeriod(r.Figure.Period)
		if p.IsZero() || p.Open {
			continue
		}
		dup := false
		for _, q := range pts {
			if q.p.Equal(p) {
				dup = true
			}
		}
		if !dup {
			pts = append(pts, point{p, r.Figure.Value})
		}
	}
	if len(t.Rows) > 0 && (t.Rows[0].Figure.Unit == evidence.UnitCount || t.Rows[0].Figure.Unit == evidence.UnitGBP) {
		// A count or a sum grows with the time it is taken over: a
		// quarter's 12,000 referrals beside a year's 49,000 is no fall and
		// rise. Only the periods of one length are charted, the length
		// most rows give (the longer of two as common).
		n := map[int]int{}
		best := -1
		for _, q := range pts {
			l := q.p.To - q.p.From
			n[l]++
			if best < 0 || n[l] > n[best] || n[l] == n[best] && l > best {
				best = l
			}
		}
		kept := pts[:0]
		for _, q := range pts {
			if q.p.To-q.p.From == best {
				kept = append(kept, q)
			}
		}
		pts = kept
	}
	if len(pts) < 2 {
		return ""
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].p.From < pts[j].p.From })
	lo, hi := pts[0].v, pts[0].v
	for _, q := range pts {
		lo, hi = min(lo, q.v), max(hi, q.v)
	}
	var b strings.Builder
	for _, q := range pts {
		i := 0
		if hi > lo {
			i = int((q.v - lo) / (hi - lo) * float64(len(sparkBars)-1))
		}
		b.WriteRune(sparkBars[i])
	}
	return pts[0].p.Text + " " + b.String() + " " + pts[len(pts)-1].p.Text
}

// Warning is the line an item shows when another source gives another
// value for one of its measures (o, its links.Others, as links.OthersOf
// finds them in its links): "Other sources give 46% for this measure:
// Tes, 2024", each source cited as in st (evidence.ItemLabel), each value
// and citation once. Empty when no other source does.
func Warning(o links.Others, st evidence.Style) string {
	type other struct{ value, cite string }
	var others []other
	seen := map[other]bool{}
	for _, l := range o.Links {
		// Cited as the item is cited on its own (its page, the report a
		// story covers), as a pack's note cites it: before, by its source
		// alone, so a story repeating a report was "Reporter, 2024" here
		// and "Smith and Doe, 2024; reported by Reporter, 2024" elsewhere.
		o := other{l.Compared.Other.Badge(), evidence.ItemLabel(l.Item.ForFigure(l.Compared.Other), st)}
		if !seen[o] {
			seen[o] = true
			others = append(others, o)
		}
	}
	switch len(others) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("Other sources give %s for this measure: %s", others[0].value, others[0].cite)
	}
	var parts []string
	for _, o := range others {
		parts = append(parts, o.value+" ("+o.cite+")")
	}
	return "Other sources give other values for this measure: " + strings.Join(parts, "; ")
}

// Group gathers the figures of items into measures: each table holds the
// figures links.Compare finds comparable with its first (another value,
// the same, or another period; of the first's own source, its statement,
// its table or another statement, another period only), from at least
// two sources. rel says how two items' sources stand
// (links.Engine.Relation). Items are taken in order, so the first
// statement of a measure heads its table. The
// explorer's table (ForItem) is the group of one figure, made here too.
func Group(items []evidence.Item, rel func(a, b evidence.Item) measure.Related) []Table {
	return GroupWithProgress(items, rel, nil)
}

// GroupWithProgress is Group, telling progress, when set, how many of the
// items it has gathered into measures (done of total) as it goes, and
// total of total at its end: 60,000 statistics took a minute and more of
// 'cypx figures' and said nothing (hostile check 50).
func GroupWithProgress(items []evidence.Item, rel func(a, b evidence.Item) measure.Related, progress func(done, total int)) []Table {
	var out []Table
	groups := gather(items, rel, "", progress)
	if progress != nil {
		progress(len(items), len(items))
	}
	for _, g := range groups {
		if t := tabulate(g, rel); t.Sources() >= 2 {
			out = append(out, t)
		}
	}
	return out
}

// member is one figure of a measure, with its key and period read once:
// a measure of hundreds of rows compares each with every other.
type member struct {
	it     evidence.Item
	f      evidence.Figure
	key    measure.Key
	period measure.Period
	// toHead is how the figure compares with its measure's first.
	toHead links.Verdict
}

// gather sorts the keyed figures of items' statistics into measures, in
// order: a figure joins the first measure whose head it compares with.
// heads, when not "", is the id of the item whose measures alone are
// wanted, the first of items: only its figures head a measure. Its
// measures are made before any other, and a figure joins the first it
// compares with, so they are the measures Group makes; a figure they
// leave out starts no measure of its own, which for a table of hundreds
// of linked items, each with figures of other measures, was most of the
// time taken.
//
// rel is taken to say of two items what it says of any others of the
// same sources and citations (Item.Cites), as links.Engine.Relation does:
// figures alike in all Compare reads, of one source, table and citation
// (a class, figureClass) are then turned away by the same measures. Each
// class remembers how far its figures were turned away (from), and its
// next figure starts there, never passing a measure that turned a figure
// away only for a figure of its own statement. Before, each figure
// visited every measure it might match from the first: 36,000 undated
// statistics of one measure, six sources each giving some 90 values, made
// each figure visit thousands of measures that already held another
// value of its source, 37 s of CPU in 'cypx figures' (hostile check 49).
func gather(items []evidence.Item, rel func(a, b evidence.Item) measure.Related, heads string, progress func(done, total int)) [][]member {
	var groups [][]member
	var idx groupIndex
	// A measure's figures mostly share a few keys, each read once with
	// the sets of terms a key it matches must hold.
	type keyed struct {
		k    measure.Key
		sets []measure.TermSet
		id   int
	}
	keys := map[string]keyed{}
	// Match is asked once of two keys (by their ids) and a relation: a
	// figure is compared with many of a few keys.
	type keyPair struct {
		a, b int
		rel  measure.Related
	}
	matched := map[keyPair]bool{}
	// read are each measure's figures' key ids and parts (links.PartsOf),
	// beside groups, read once: a figure is compared with many, and
	// looking its key up by its text and reading its span and text again
	// for each pair was half of gather's time over 300 sources of hundreds
	// of values each (BenchmarkGatherManySources).
	var read [][]memberRead
	compare := func(a, b *member, ra, rb memberRead, pa, pb measure.Period, r measure.Related) links.Verdict {
		kp := keyPair{ra.key, rb.key, r}
		ok, asked := matched[kp]
		if !asked {
			ok = measure.Match(a.key, b.key, r)
			if len(matched) < maxMatched {
				matched[kp] = ok
			}
		}
		if !ok {
			return links.NotComparable
		}
		return links.CompareRead(a.f, b.f, ra.parts, rb.parts, pa, pb, r)
	}
	// mayMatch reports a figure of key k (of id id) whose key Match may
	// pair with the key of measure gi's head for some relation: for none
	// when not for the same study, which Match is the most willing for.
	// Asked before anything else of a measure a figure tries: of measures
	// of hundreds of keys alike but for a number ("#12 ... wait week",
	// "#18 ..."), each figure tried hundreds its key matches none of, and
	// reading their heads and the relation for each was most of gather's
	// time (BenchmarkGatherSharedCounts).
	type idPair struct{ a, b int }
	mayPair := map[idPair]bool{}
	mayMatch := func(gi int, k measure.Key, id int) bool {
		h := read[gi][0].key
		kp := idPair{h, id}
		ok, asked := mayPair[kp]
		if !asked {
			ok = measure.Match(groups[gi][0].key, k, measure.SameStudy)
			if len(mayPair) < maxMatched {
				mayPair[kp] = ok
			}
		}
		return ok
	}
	classes := map[figureClass]int{}
	var from []int // for each class, the first measure its next figure may join
	for i, it := range items {
		if progress != nil && i%progressItems == 0 && i > 0 {
			progress(i, len(items))
		}
		if it.Kind != evidence.Statistic {
			continue
		}
		for _, f := range it.Figures {
			if f.Key == "" {
				continue
			}
			kd, ok := keys[f.Key]
			if !ok {
				kd.k = measure.ParseKey(f.Key)
				kd.sets = kd.k.Alike()
				kd.id = len(keys)
				keys[f.Key] = kd
			}
			k := kd.k
			m := member{it: it, f: f, key: k}
			mr := memberRead{kd.id, links.PartsOf(f)}
			p := measure.ParsePeriod(f.Period)
			c := classOf(it, f)
			cl, ok := classes[c]
			if !ok {
				cl = len(from)
				classes[c] = cl
				from = append(from, 0)
			}
			mine := -1 // the first measure that turned the figure away for its own statement alone
			// judge is how a figure of a measure compares with m.
			judge := func(gi, at int) links.Verdict {
				a := &groups[gi][at]
				return compare(a, &m, read[gi][at], mr, a.period, p, rel(a.it, it))
			}
			// judgeKind is judge for fits, which asks only whether the
			// figure is another period or the same value of one of its
			// source's classes: their periods and values are read before
			// their keys are matched, and anything else is told as is
			// (fits turns it away, as it does what is not comparable).
			// Matching first, of some 900 keys alike but for a number,
			// looked up most pairs among a million (BenchmarkGatherSharedCounts).
			judgeKind := func(gi, at int) links.Verdict {
				a := &groups[gi][at]
				ra, r := read[gi][at], rel(a.it, it)
				if v := links.CompareRead(a.f, m.f, ra.parts, mr.parts, a.period, p, r); v != links.OtherPeriod && v != links.SameValue {
					return v
				}
				return compare(a, &m, ra, mr, a.period, p, r)
			}
			pass := idx.passOwnTime(it, p, f, mr.parts)
			placed := idx.eachMatching(it, kd.sets, from[cl], dated(p), pass, func(gi int) bool {
				if !mayMatch(gi, k, kd.id) {
					return false // the head's judging would find them not comparable
				}
				g := groups[gi]
				head := g[0]
				if idx.turnedAwayAtItsTime(gi, it, p, func(gi, at int) links.Verdict {
					if !read[gi][at].parts.Agrees(mr.parts) {
						return links.OtherValue // of one time, judged so or not comparable: turned away either way
					}
					return judgeKind(gi, at)
				}) {
					return false // as fits would, before the head is judged
				}
				v := judge(gi, 0)
				// Another figure of the head's own source joins only as
				// another period: a row's series ("2023 | 2024"), a table's
				// rows by year ("North | 2023", "North | 2024") and a
				// report's 2023 and 2022 stated in two sentences are the
				// measure over time, where another value for the same time
				// would be the source's own parts (two services, two
				// groups), and the same value its finding stated again,
				// which the head's row already gives. Before (hostile check
				// 51), a figure of the head's source's other statements
				// never joined: a report's own 2022 fell out of the table
				// its 2023 headed, beside another report's 2022.
				if v == links.NotComparable || head.it.Source.ID == it.Source.ID && v != links.OtherPeriod {
					return false
				}
				if ok, own := idx.fits(gi, it, judgeKind); !ok {
					if own && mine < 0 {
						mine = gi
					}
					return false
				}
				m.period = p
				m.toHead = v
				idx.joined(gi, len(g), m, cl)
				groups[gi] = append(g, m)
				read[gi] = append(read[gi], mr)
				from[cl] = gi
				return true
			})
			if !placed {
				from[cl] = len(groups)
			}
			if mine >= 0 {
				from[cl] = min(from[cl], mine)
			}
			if !placed && (heads == "" || it.ID == heads) {
				m.period = p
				groups = append(groups, []member{m})
				read = append(read, []memberRead{mr})
				idx.add(it, len(groups)-1)
				idx.addTerms(len(groups)-1, k)
				idx.joined(len(groups)-1, 0, m, cl)
			}
		}
	}
	return groups
}

// memberRead is what gather reads of a member once for its comparisons:
// its key's id and its figure's parts (links.PartsOf).
type memberRead struct {
	key   int
	parts links.FigureParts
}

// progressItems is how many items gather takes between two reports.
const progressItems = 256

// maxMatched bounds the pairs of keys gather keeps Match's answer for
// (some 40 MB): past it a pair is matched again each time.
const maxMatched = 1 << 20

// figureClass is what comparing a figure reads of it and its item, but
// for which statement it is (its Offset and the item's id): two figures
// of one class are each compared with a measure's figures alike.
type figureClass struct {
	f                     evidence.Figure
	source, header, cites string
}

func classOf(it evidence.Item, f evidence.Figure) figureClass {
	f.Offset = 0
	return figureClass{f, it.Source.ID, it.Header, it.Cites}
}

// fits reports a figure of it that may join measure gi (its figures g)
// beside the figures of its own source there: each of them is its figure
// at another time, or the same finding stated again. Another value for
// the same time is another part of that source's account (the other
// service of a table's rows, one region's total beside a service's
// count), which the group's head may match but which is no statement of
// the other's measure. judge is how figure at of measure gi compares
// with it. Each class of the measure's figures of the source is compared
// once, by its first there (kinds), not each figure: a measure of one
// value stated 36,000 times compared each with all before it. own says
// the figure was turned away only by a figure of its own statement that
// states the same (its class may join).
func (x *groupIndex) fits(gi int, it evidence.Item, judge func(gi, at int) links.Verdict) (ok, own bool) {
	for _, k := range x.kinds[gi][it.Source.ID] {
		switch judge(gi, k.first) {
		case links.OtherPeriod:
		case links.SameValue:
			own = own || x.holds[classMember{gi, k.class, it.ID}]
		default:
			return false, false
		}
	}
	return !own, own
}

// turnedAwayAtItsTime reports a figure of it, of period p, that fits
// would turn away from measure gi for a class of its source there of
// the same time giving another value: those classes (sameTime) are
// judged before the measure's head and the rest of the source's
// classes. Of a source giving hundreds of values of a measure, a figure
// was judged against the head and each of the ten or so classes of its
// source in every measure holding another value of its time, before the
// one it joined (BenchmarkGatherManySources).
func (x *groupIndex) turnedAwayAtItsTime(gi int, it evidence.Item, p measure.Period, judge func(gi, at int) links.Verdict) bool {
	if p.IsZero() {
		return false
	}
	for _, at := range x.sameTime[sourceTime{gi, it.Source.ID, p.From, p.To, p.Open}] {
		if v := judge(gi, at); v != links.OtherPeriod && v != links.SameValue {
			return true
		}
	}
	return false
}

// joined notes m, of class cl, as figure at of measure gi.
func (x *groupIndex) joined(gi, at int, m member, cl int) {
	if x.holds == nil {
		x.holds = map[classMember]bool{}
	}
	for len(x.kinds) <= gi {
		x.kinds = append(x.kinds, map[string][]groupKind{})
	}
	x.holds[classMember{gi, cl, m.it.ID}] = true
	src := m.it.Source.ID
	for _, k := range x.kinds[gi][src] {
		if k.class == cl {
			return
		}
	}
	x.kinds[gi][src] = append(x.kinds[gi][src], groupKind{src, cl, at})
	if p := m.period; !p.IsZero() {
		if x.sameTime == nil {
			x.sameTime = map[sourceTime][]int{}
		}
		st := sourceTime{gi, src, p.From, p.To, p.Open}
		x.sameTime[st] = append(x.sameTime[st], at)
		x.noteOwnTime(gi, src, p, m.f)
	}
}

// sourceTime is a measure, a source and a time (the months
// measure.Period.Equal reads), whose classes there groupIndex.sameTime
// holds.
type sourceTime struct {
	gi       int
	source   string
	from, to int
	open     bool
}

// groupKind is a class of figure a measure holds: its source, its class
// and the first figure of the measure of it.
type groupKind struct {
	source string
	class  int
	first  int
}

// classMember is a statement's figure of a class in a measure.
type classMember struct {
	gi, class int
	item      string
}

// groupIndex says which measures a figure may join without visiting the
// rest: a measure headed by a figure of an undated figure's own source is
// compared only when the head is of the same statement or table (the
// series gather allows), so those of the source's other statements are
// skipped by runs; a dated figure may be another period of any of them.
// Before it, a source of 3,413 statistics of 64 figures each (200,000
// figures in one sentence) made every figure visit every
// measure its own source had started: 400 statistics took 70 s.
type groupIndex struct {
	n int
	// terms are, for each index term of a measure's head (its key's
	// measure.Key.IndexTerms), the measures it heads, in order; source
	// is each measure's source.
	terms  map[string][]int
	source []string
	// runs are each source's measures, as runs of consecutive indices.
	runs map[string][]groupRun
	// series are the measures headed by a statement (its id) or a
	// table's rows (source and header), in order.
	series map[string][]int
	// kinds are, for each measure, the classes of figure it holds (by
	// gather's figureClass) by their source, and holds the statements
	// holding each there. A figure is judged against its own source's
	// alone: kept in one list, every figure visited every class of every
	// source of each measure it tried, and 300 sources of hundreds of
	// values each made 'cypx figures' grow as the square of its items
	// (hostile check 50).
	kinds []map[string][]groupKind
	holds map[classMember]bool
	// sameTime are, for each measure, source and time, the first figure
	// of each class of kinds there dated at that time.
	sameTime map[sourceTime][]int
	// ownTimes are sameTime by source and time, for passing by runs the
	// measures a figure would be turned away from at its time.
	ownTimes ownTimes
}

type groupRun struct{ start, end int }

// seriesKeys are the keys of it's statement and, for a table's row, its
// table, as groupIndex.series holds them.
func seriesKeys(it evidence.Item) (item, table string) {
	item = "i\x00" + it.ID
	if it.Header != "" {
		table = "t\x00" + it.Source.ID + "\x00" + it.Header
	}
	return item, table
}

// add notes measure gi, headed by a figure of it.
func (x *groupIndex) add(it evidence.Item, gi int) {
	if x.runs == nil {
		x.runs, x.series = map[string][]groupRun{}, map[string][]int{}
	}
	x.n = gi + 1
	x.source = append(x.source[:gi], it.Source.ID)
	r := x.runs[it.Source.ID]
	if len(r) > 0 && r[len(r)-1].end == gi {
		r[len(r)-1].end = gi + 1
	} else {
		x.runs[it.Source.ID] = append(r, groupRun{gi, gi + 1})
	}
	item, table := seriesKeys(it)
	x.series[item] = append(x.series[item], gi)
	if table != "" {
		x.series[table] = append(x.series[table], gi)
	}
}

// addTerms notes the index terms of measure gi's head's key k.
func (x *groupIndex) addTerms(gi int, k measure.Key) {
	if x.terms == nil {
		x.terms = map[string][]int{}
	}
	for _, t := range k.IndexTerms() {
		if ps := x.terms[t]; len(ps) == 0 || ps[len(ps)-1] != gi {
			x.terms[t] = append(ps, gi)
		}
	}
}

// eachMatching is each for a figure of key k, offered only the measures
// from start on whose head's key measure.Match may pair with k: a key
// Match pairs with k holds at least Min of the terms of one of sets (k's
// Alike), and so one of any len(Terms)-Min+1 of them, of which the rarest
// are looked up (prefix filtering). Before, every figure was compared
// with every measure: 36,000 statistics each stating a measure in a word
// of its own (36,000 measures) took 110 s in 'cypx figures' (hostile
// check 47). The terms' lists of measures are merged in order as they
// are visited, from start: listing them whole for each figure was most
// of the time of a measure tens of thousands of figures share. A key
// with no sets is offered every measure, as each does.
//
// pass, when not nil, says where the search goes on from a measure
// (groupIndex.passOwnTime): the measures it passes are not offered.
func (x *groupIndex) eachMatching(it evidence.Item, sets []measure.TermSet, start int, dated bool, pass func(gi int) int, try func(gi int) bool) bool {
	if len(sets) == 0 {
		return x.each(it, start, dated, pass, try)
	}
	var picked []string
	var lists [][]int // each picked term's measures from start on
	for _, set := range sets {
		need := len(set.Terms) - set.Min + 1
		if need <= 0 {
			continue
		}
		terms := slices.Clone(set.Terms)
		slices.SortStableFunc(terms, func(a, b string) int { return len(x.terms[a]) - len(x.terms[b]) })
		for _, t := range terms[:min(need, len(terms))] {
			if slices.Contains(picked, t) {
				continue
			}
			picked = append(picked, t)
			ps := x.terms[t]
			if i, _ := slices.BinarySearch(ps, start); i < len(ps) {
				lists = append(lists, ps[i:])
			}
		}
	}
	item, table := seriesKeys(it)
	inSeries := func(key string, gi int) bool {
		_, ok := slices.BinarySearch(x.series[key], gi)
		return ok
	}
	for {
		gi := -1
		for _, l := range lists {
			if len(l) > 0 && (gi < 0 || l[0] < gi) {
				gi = l[0]
			}
		}
		if gi < 0 {
			return false
		}
		if pass != nil {
			if next := pass(gi); next != gi {
				for i, l := range lists {
					j, _ := slices.BinarySearch(l, next)
					lists[i] = l[j:]
				}
				continue
			}
		}
		for i, l := range lists {
			if len(l) > 0 && l[0] == gi {
				lists[i] = l[1:]
			}
		}
		if !dated && x.source[gi] == it.Source.ID && !inSeries(item, gi) && (table == "" || !inSeries(table, gi)) {
			continue // undated, of its own source only its statement's or table's
		}
		if try(gi) {
			return true
		}
	}
}

// each calls try with the measures from start on that a figure of it may
// join, in order, until try says it joined; it reports whether one did.
// Every measure of another source is tried, and of its own source those
// of the same statement or table, or every one for a dated figure (dated),
// which may be another period of its source's other statements' measures.
// pass is as eachMatching's, for a dated figure.
func (x *groupIndex) each(it evidence.Item, start int, dated bool, pass func(gi int) int, try func(gi int) bool) bool {
	if dated {
		for gi := start; gi < x.n; gi++ {
			if pass != nil {
				if next := pass(gi); next != gi {
					gi = next - 1
					continue
				}
			}
			if try(gi) {
				return true
			}
		}
		return false
	}
	own := x.runs[it.Source.ID]
	item, table := seriesKeys(it)
	a, b := x.series[item], []int(nil)
	if table != "" {
		b = x.series[table]
	}
	for gi := start; gi < x.n; {
		for len(own) > 0 && own[0].end <= gi {
			own = own[1:]
		}
		if len(own) > 0 && gi >= own[0].start {
			// The run's measures of this statement or table, in order.
			end := own[0].end
			for {
				for len(a) > 0 && a[0] < gi {
					a = a[1:]
				}
				for len(b) > 0 && b[0] < gi {
					b = b[1:]
				}
				next := end
				if len(a) > 0 && a[0] < next {
					next = a[0]
				}
				if len(b) > 0 && b[0] < next {
					next = b[0]
				}
				if next == end {
					break
				}
				if try(next) {
					return true
				}
				gi = next + 1
			}
			gi, own = end, own[1:]
			continue
		}
		if try(gi) {
			return true
		}
		gi++
	}
	return false
}

// tabulate is a measure's table: each row linked to the head as Compare
// finds them, and a row marked where another row gives another value for
// the same time.
func tabulate(g []member, rel func(a, b evidence.Item) measure.Related) Table {
	t := Table{Measure: measureText(g[0].f), Rows: make([]Row, len(g))}
	for i, m := range g {
		r := Row{Item: m.it, Figure: m.f, Secondary: secondary(m.it)}
		if i > 0 {
			switch m.toHead {
			case links.SameValue:
				r.Link = links.SameFinding
			case links.OtherValue:
				r.Link = links.Disagrees
			case links.OtherPeriod:
				r.Link = links.Trend
			}
		}
		t.Rows[i] = r
	}
	markDisagreements(t.Rows, g, rel)
	t.sort()
	return t
}

// markDisagreements marks each row that another row gives another value
// than for the same time (links.Compare's OtherValue).
//
// Compare claims another value only for one time (links.SamePeriod) and
// where the values disagree, so a pair whose figures agree
// (measure.Agree: their intervals meet, neither being a change whose
// direction could differ) is not compared, nor are two keys matched
// (measure.Match) more than once a relation: every row set against every
// other by Compare made a table of hundreds of rows take 400 ms at
// 100,000 items (BenchmarkFigureTable).
func markDisagreements(rows []Row, g []member, rel func(a, b evidence.Item) measure.Related) {
	// Each row's interval, and its period as a number, -1 where it leaves
	// its time unsaid: the loop below runs for every pair of rows, and
	// comparing two periods whole was most of its time.
	type span struct {
		lo, hi float64
		change bool
		when   int
	}
	spans := make([]span, len(g))
	whens := map[measure.Period]int{}
	for i := range g {
		lo, hi := measure.Interval(g[i].f)
		spans[i] = span{lo, hi, g[i].f.Role == evidence.RoleChange, -1}
		if p := g[i].period; !p.IsZero() {
			p.Text = "" // Equal reads the months alone
			w, ok := whens[p]
			if !ok {
				w = len(whens)
				whens[p] = w
			}
			spans[i].when = w
		}
	}
	type keyPair struct {
		a, b string
		rel  measure.Related
	}
	matched := map[keyPair]bool{}
	match := func(a, b *member, r measure.Related) bool {
		kp := keyPair{a.f.Key, b.f.Key, r}
		ok, asked := matched[kp]
		if !asked {
			ok = measure.Match(a.key, b.key, r)
			matched[kp] = ok
		}
		return ok
	}
	// A row that leaves its time unsaid, of one study with a dated row it
	// agrees with (a story's 35.8% beside its report's 35.8% of 2023/24),
	// is of that row's time: set against the report's 31.2% of 2022/23 it
	// was marked a disagreement.
	periods := make([]measure.Period, len(g))
	for i := range g {
		periods[i] = g[i].period
	}
	for i := range g {
		if spans[i].when >= 0 || spans[i].change {
			continue
		}
		for k := range g {
			sk := spans[k]
			if g[k].period.IsZero() || sk.change || spans[i].lo > sk.hi+1e-9 || sk.lo > spans[i].hi+1e-9 {
				continue // a dated row of its own, not one dated here, whose value may agree
			}
			if r := rel(g[i].it, g[k].it); r == measure.SameStudy && match(&g[i], &g[k], r) &&
				links.CompareParsed(g[i].f, g[k].f, g[i].key, g[k].key, g[i].period, g[k].period, r) == links.SameValue {
				spans[i].when, periods[i] = sk.when, g[k].period
				break
			}
		}
	}
	for i := range g {
		a, si := &g[i], spans[i]
		for j := range g {
			if rows[i].Disagrees {
				break
			}
			b, sj := &g[j], spans[j]
			if i == j || si.when != sj.when && si.when >= 0 && sj.when >= 0 ||
				!si.change && !sj.change && si.lo <= sj.hi+1e-9 && sj.lo <= si.hi+1e-9 {
				continue
			}
			r := rel(a.it, b.it)
			if !links.SamePeriod(periods[i], periods[j], r) {
				continue
			}
			if match(a, b, r) && links.CompareParsed(a.f, b.f, a.key, b.key, periods[i], periods[j], r) == links.OtherValue {
				rows[i].Disagrees = true
			}
		}
	}
}

// dated reports a period a figure may be another period of a measure by:
// said, and closed (measure.Period.Before). Only a dated figure joins a
// measure its source's other statements head (gather), so an undated one
// is not offered them (groupIndex.each).
func dated(p measure.Period) bool { return !p.IsZero() && !p.Open }

// PackOthers maps each statistic's id to the other values other sources
// give (links.Others), for the note a briefing pack prints under it
// (export.Pack.Others), the first export.MaxNoteOthers of them, and
// counts the rest (export.Pack.OthersMore). others gives an item's
// (resolve.Resolver.DisagreementsOf), as many as asked for. progress, if
// not nil, is told the statistics compared so far and their number, after
// each and once at the end: a pack of thousands of statistics sharing one
// huge measure compares each with every other and takes minutes.
func PackOthers(items []evidence.Item, others func(it evidence.Item, max int) (links.Others, error), progress func(done, total int)) (map[string][]export.Other, map[string]int, error) {
	out, more := map[string][]export.Other{}, map[string]int{}
	total, done := 0, 0
	for _, it := range items {
		if it.Kind == evidence.Statistic {
			total++
		}
	}
	for _, it := range items {
		if it.Kind != evidence.Statistic {
			continue
		}
		if progress != nil {
			progress(done, total)
		}
		done++
		o, err := others(it, export.MaxNoteOthers)
		if err != nil {
			return nil, nil, err
		}
		for _, l := range o.Links {
			out[it.ID] = append(out[it.ID], export.Other{Figure: l.Compared.Other, Item: l.Item})
		}
		if o.More() > 0 {
			more[it.ID] = o.More()
		}
	}
	if progress != nil {
		progress(total, total)
	}
	return out, more, nil
}
