package measure

import (
	"sort"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Input is one statistic as the rules read it.
type Input struct {
	// Text is the sentence, list item or table row holding the figures.
	Text string
	// Figures are its figures, with offsets into Text and roles; Describe
	// fills in their records.
	Figures []evidence.Figure
	// Section is the heading the statistic is under.
	Section string
	// Note is the source's note: on what basis it speaks ("Survey of 134
	// trust leaders, April–May 2024").
	Note string
	// Cites is set when the sentence attributes its figure to another
	// body: the note, which describes the source's own basis, then says
	// nothing about it.
	Cites string
	// Publisher is the source's publisher: a council, ICB or trust named
	// for a place (SourcePlace) gives that place to the figures whose
	// own words name none, unless Cites is set.
	Publisher string
	// Columns are, for a table row, the header of the column each figure
	// came from (parallel to Figures), and Label the row's first cell.
	Columns []string
	Label   string
	// Labels are, for a table row, all its cells that hold no figure and
	// name what the figures are of ("North", "2024", "Speech and language
	// therapy"), left to right, and LabelColumns their headers ("Region",
	// "Year", "Service"); when empty, Label is the row's one label.
	Labels       []string
	LabelColumns []string
	// Caption is the caption of the table a row is of ("Table 2:
	// Children waiting in London").
	Caption string
	// SetApart are, for a table row, what its table sets a merged figure
	// apart from: the headers of the columns a figure is merged over
	// ("2023", "2024") and the labels of the rows it is merged over that
	// differ. A period among them means the row's figures with no period
	// of their own take none from the section heading or the note either:
	// the heading's "2024" is one of the years the figure spans.
	SetApart []string
}

// span is a byte range of a text.
type span struct{ start, end int }

func (s span) has(i int) bool { return i >= s.start && i < s.end }

// sentence is a statistic being read: its text, its words, and the
// periods and places it names.
type sentence struct {
	in      Input
	text    string
	toks    []token
	periods []found
	places  []placeSpan
	clauses []span // one per figure
	// attached maps figures to the period written just after them.
	attached map[int]found
	// relTimes are the sentence's times relative to its writing ("last
	// year"): see relativeTimes.
	relTimes []span
	// notes caches citeNotes(text), read for the first figure whose
	// clause holds a bracket: each figure's measure drops them.
	notes     [][]int
	notesRead bool
	// comps caches comparatorSpans, read for the first figure or place
	// that asks.
	comps     [][]Comparator
	compsRead bool
	// besidePlaces are the places of figures set beside another with
	// their own, "compared with 900 in Medway" (comparedPlace), by figure.
	besidePlaces map[int]string
	// averages are the values of places or averages named before them,
	// "above the England average of 86%" (namedAverages).
	averages map[int]namedAverage
	// comparedTimes are the times compared values' own words give them,
	// "compared with 71% in England (2022)" (comparedValueEnd).
	comparedTimes map[int]comparedTime
	// samples are the brackets blanked as a value's sample size or
	// interval, "(n=1,200)", "(95% CI 61% to 67%)" (sampleAsides).
	samples []span
	v       *Vocabulary
	d       *Doc
}

// citeNotes is citeNotes(s.text), read once a sentence.
func (s *sentence) citeNotes() [][]int {
	if !s.notesRead {
		s.notes, s.notesRead = citeNotes(s.text), true
	}
	return s.notes
}

// tokenAt is the word starting at byte k, if one does.
func (s *sentence) tokenAt(k int) (token, bool) {
	i := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= k })
	if i < len(s.toks) && s.toks[i].start == k {
		return s.toks[i], true
	}
	return token{}, false
}

// Doc describes the statistics of one document. It reads the document's
// note, and each section heading, once: most of a document's statistics
// fall back to them.
type Doc struct {
	v     *Vocabulary
	heads map[string]*context
	keys  map[string]string // by unit, role, population, measure and what a row's label adds
	// strs holds one copy of each record field written (see intern).
	strs map[string]string
	// words and scratch are memory for the words of a sentence and of a
	// record, and keep for the bytes of a clause, reused from one to the
	// next.
	words, scratch []token
	keep           []bool
}

// mask is memory for n bytes of a clause, all kept.
func (d *Doc) mask(n int) []bool {
	if cap(d.keep) < n {
		d.keep = make([]bool, n, n+64)
	}
	d.keep = d.keep[:n]
	for i := range d.keep {
		d.keep[i] = true
	}
	return d.keep
}

// context is what a heading or a note says of every statistic under it.
type context struct {
	period, place string
	text          string
	base          *string // read when first asked for: only notes have one
	measure       *string // read when first asked for: only some tables need one
	aboutBody     *bool   // read when first asked for: only figures left without the note's period, place or base ask
}

// aboutTheBody reports a heading that introduces a body (aboutTheBody),
// read once a heading.
func (c *context) aboutTheBody() bool {
	if c.aboutBody == nil {
		b := aboutTheBody(c.text)
		c.aboutBody = &b
	}
	return *c.aboutBody
}

// titleMeasure is the measure a heading or caption names, read once.
func (c *context) titleMeasure() string {
	if c.measure == nil {
		m := titleMeasure(c.text)
		c.measure = &m
	}
	return *c.measure
}

// noteBase is the base the note gives, read once.
func (c *context) noteBase() string {
	if c.base == nil {
		b := NoteBase(c.text)
		c.base = &b
	}
	return *c.base
}

// NewDoc prepares to describe a document's statistics, normalising keys
// with a vocabulary (nil: stems only).
func NewDoc(v *Vocabulary) *Doc {
	return &Doc{v: v, heads: map[string]*context{}, keys: map[string]string{}, strs: map[string]string{}}
}

// key is a figure's key as its record is written, normalised once for
// every figure of the document with the same record.
func (d *Doc) key(f evidence.Figure) string { return d.rowKey(f, "") }

// rowKey is key for a table row's figure, whose label adds req to its
// measure (Key.Req).
func (d *Doc) rowKey(f evidence.Figure, req string) string {
	id := string(f.Unit) + "\x00" + string(f.Role) + "\x00" + f.Population + "\x00" + f.Measure + "\x00" + req
	if k, ok := d.keys[id]; ok {
		return k
	}
	var k string
	d.scratch, k = keyString(f, req, d.v, d.scratch)
	d.keys[id] = k
	return k
}

// context reads a heading or note once.
func (d *Doc) context(text string) *context {
	if c, ok := d.heads[text]; ok {
		return c
	}
	// A heading naming only a year after the document's publication year
	// still gives its period: a statistics page dated by its first
	// publication and updated yearly heads its figures "2023" and "2022"
	// (hostile check 54). Only "to", "by", "until" or "towards" before a
	// year makes it a target (onlyPeriod).
	// A caption's bracket of values set beside its table's, "(England:
	// 89% in 2022/23)", dates none of the table's (hostile check 68).
	c := &context{period: contextPeriod(withoutValueBrackets(text)), place: contextPlace(text), text: text}
	d.heads[text] = c
	return c
}

// contextPeriod is the one period a heading or note dates its figures by
// (onlyPeriod), none where the words before it say the figures are not of
// it: a plan's year ("Our plans for 2025/26", "Priorities for 2030"), a
// time before ("Before 2020") or one counted on from ("Ten years on from
// 2014"). Before, "Today 45% of parents ..." under "Our plans for 2025/26"
// was of 2025/26, and the health visitors "before 2020" of 2020.
func contextPeriod(text string) string {
	p := onlyPeriod(text)
	if p == "" {
		return ""
	}
	if k := strings.Index(text, p); k >= 0 && notOfPeriodBeforeRe.MatchString(text[:k]) {
		return ""
	}
	return p
}

// notOfPeriodBeforeRe ends with the words of a heading that make the year
// after them one the figures under it are not of: "plans for", "priorities
// for the", "before", "prior to", "on from".
var notOfPeriodBeforeRe = lazyre.New(`(?i)(?:\bbefore|\bprior\s+to|\bon\s+from|\b(?:plans?|planning|priorities|ambitions?|aims?|goals?|vision|strategy|commitments?|pledges?|proposals?|hopes)\s+(?:[\p{L}'’-]+\s+){0,3}?for)\s+(?:the\s+)?(?:(?:year|financial\s+year)\s+)?$`)

// Describe gives each figure of a statistic its record (see Doc.Describe).
func Describe(in Input, v *Vocabulary) { NewDoc(v).Describe(in) }

// Describe gives each figure of a statistic its record: what it measures
// and of whom, when, where, on what base, with what change. Each field
// comes from the figure's clause, then the sentence, then the section
// heading, then the source's note, and stays empty where none says it.
func (d *Doc) Describe(in Input) {
	if len(in.Figures) == 0 {
		return
	}
	// A damaged body's escape sequence is one unit, read as none of the
	// sentence's words: its semicolons cut no clause.
	if read, ok := withoutSequences(in); ok {
		d.Describe(read)
		for i := range in.Figures {
			offset := in.Figures[i].Offset
			in.Figures[i] = read.Figures[i]
			in.Figures[i].Offset = offset
		}
		return
	}
	d.describe(in)
	sourcePlaced(in)
	d.perWorkerRates(in.Figures)
	for i := range in.Figures {
		r := &in.Figures[i].Record
		for _, f := range []*string{&r.Measure, &r.Population, &r.Period, &r.Place, &r.Base, &r.Change} {
			*f = d.intern(*f)
		}
	}
}

// intern is s, or an equal string the document's records already hold.
// Records are built word by word into strings of their own, and a run of
// like statistics repeats them: a 10 MB line of "N% of children waited"
// held 440,000 records of some 250 bytes each (with their builders'
// spare room, 200 MB) that said 62 different things.
func (d *Doc) intern(s string) string {
	if s == "" {
		return s
	}
	if t, ok := d.strs[s]; ok {
		return t
	}
	// A copy of its own: a field trimmed from a longer string built for
	// it would keep all of that string alive.
	s = strings.Clone(s)
	d.strs[s] = s
	return s
}

// describe is Describe, writing each record's fields.
func (d *Doc) describe(in Input) {
	v := d.v
	marked := blankMarkers(in.Text)
	text, samples := blankSampleAsides(marked, in.Figures)
	d.words = tokenizeInto(d.words[:0], text)
	s := &sentence{in: in, text: text, toks: d.words, places: findPlaces(text), v: v, d: d, samples: samples}
	s.periods = scanPeriods(text, s.toks, v)
	s.relTimes = s.relativeTimes(span{0, len(text)})
	if len(in.Columns) == len(in.Figures) && len(in.Columns) > 0 {
		s.describeRow()
		return
	}
	markRanges(s.text, in.Figures)
	// The clauses are read with the sample brackets in: their blanks
	// would read as a table's gap between cells, ending a clause.
	s.clauses = clauseSpans(marked, in.Figures)
	figs := in.Figures
	pops := make([]popFound, len(figs))
	for i := range figs {
		if figs[i].Role == evidence.RoleBase {
			continue
		}
		pops[i] = s.population(i)
	}
	// A clause with no population of its own ("while 10% said") is of the
	// group the sentence named before it, or of its base.
	for i := range figs {
		if figs[i].Role == evidence.RoleBase || pops[i].text != "" {
			continue
		}
		if figs[i].Role == evidence.RoleChange {
			// A change is of its level's group, or of none: "..., while
			// spending rose by 4%" is no change among the children the
			// clause before counted.
			if j := s.partner(i); j >= 0 {
				pops[i].text, pops[i].of = pops[j].text, j+1
			}
			continue
		}
		for j := i - 1; j >= 0 && !s.totalAfterParts(i); j-- {
			if pops[j].text != "" && figs[j].Unit == figs[i].Unit {
				pops[i].text, pops[i].of = pops[j].text, j+1
				break
			}
		}
		if pops[i].text == "" {
			pops[i].text = s.baseNoun()
		}
	}
	for i := range figs {
		f := &figs[i]
		if f.Role == evidence.RoleBase {
			continue
		}
		f.Population = pops[i].text
		f.Measure = clip(s.measureText(i, pops[i]))
		if m, pop := ratioMeasure(*f); m != "" {
			f.Measure, f.Population = m, pop
		} else if m, pop := s.workerElidedRatio(i); m != "" {
			f.Measure, f.Population = m, pop
		}
	}
	for i := range figs {
		// "Each nurse covers 2,600 pupils, up from 2,200 in 2020": the
		// 2,200 took the ratio's group as the sentence's words give it
		// ("nurse covers pupils"); it is the ratio's people, "pupils", as
		// the ratio's now are, so the two are one measure and the change
		// is read (hostile check 64: keyed apart, the change lost).
		if j := pops[i].of - 1; j >= 0 && figs[i].Role != evidence.RoleBase && figs[i].Population == pops[j].text && figs[j].Population != pops[j].text {
			if m, _ := ratioMeasure(figs[j]); m != "" {
				figs[i].Population = figs[j].Population
			}
		}
	}
	// A clause that says nothing of its own ("to around 32,000", "compared
	// with 12.5% in 2017") measures what its neighbour does; a change
	// measures what the figure it changes does.
	for i := range figs {
		f := &figs[i]
		if f.Role == evidence.RoleBase || f.Measure != "" {
			continue
		}
		if f.Population != "" && s.totalAfterParts(i) {
			// "…; in total, 3,100 contacts were made": a total of its own
			// people measures nothing the parts before it do (hostile
			// check 64: it measured "were referred").
			continue
		}
		j := s.partner(i)
		if j < 0 || figs[j].Measure == "" && figs[j].Population == "" {
			j = s.changeOf(i)
		}
		if j < 0 {
			// A figure of another unit lends its measure only within its
			// clause: "waits fell by 2 weeks to 14 weeks, while the share
			// rose from 9% to 13%" is no share of waits.
			if j = s.anyMeasured(i); j >= 0 && figs[j].Unit != f.Unit && (s.laterClause(i, j) || s.laterClause(j, i)) {
				j = -1
			}
			// A count of people beside sums measures no money: "Spending
			// (£000s) was 4,500 in 2023 and 4,200 in 2022, for 12,000
			// children" counts children, no spending (hostile check 59:
			// keyed count|||spend).
			if j >= 0 && f.Unit == evidence.UnitCount && figs[j].Unit == evidence.UnitGBP && f.Population != "" {
				j = -1
			}
		}
		if j > i && f.Role != evidence.RoleChange && s.setBesideAfter(i, j) {
			// "the rate … in Kent was 420 per 100,000, against an
			// ambition of 350 per 100,000 …": a value set beside the
			// level after it lends it no words (hostile check 68: Kent's
			// 420 measured "an ambition", keyed as the ambition).
			j = -1
		}
		if j >= 0 && s.inOtherComparator(i, j) {
			// A bracket's value lends what its level measures, never
			// its label: none to that level itself.
			c, _ := s.inComparator(j)
			if j = s.comparatorLevel(c.Open); j == i {
				j = -1
			}
		}
		if j >= 0 && (figs[j].Measure != "" || figs[j].Population != "") && (!s.laterClause(i, j) || s.onlyGroup(i, j)) {
			f.Measure = figs[j].Measure
			if f.Unit == evidence.UnitGBP && !perPerson(f.Measure) {
				// "Spending was £45.2m in 2023, or £120 per child": the
				// £120 is the spending per child, never the total's
				// measure (hostile check 57: both were keyed gbp|||spend).
				if m := perAfterRe.Get().FindString(s.text[min(len(s.text), f.Offset+len(f.Text)):]); m != "" && perPerson(m) {
					f.Measure = tidy(f.Measure + " " + strings.TrimSpace(m))
				}
			}
			if f.Population == "" && !s.totalAfterParts(i) || elidedRatio(*f) {
				// "compared with 1 for every 2,500": the earlier value of
				// its partner's ratio, of the same people.
				f.Population = figs[j].Population
			}
			s.comparedPlace(i, j)
		}
	}
	s.gappedMeasures()
	s.boundedMeasures()
	s.attached = s.attachments()
	s.namedAverages()
	for i := range figs {
		f := &figs[i]
		if f.Role == evidence.RoleBase {
			continue
		}
		f.Aim = s.aimed(i)
		f.Period = s.period(i)
		f.Place = s.place(i)
		if p := s.besidePlaces[i]; p != "" {
			f.Place = p
		}
		if p, ok := s.comparedPeriod(i); ok {
			f.Period = p
		}
		f.Base = s.base(i)
	}
	s.fromToPeriods()
	s.changes()
	s.pointsLists()
	s.valueLists()
	s.laterClausesApart()
	s.laterClauseChanges()
	s.laterClausesOwnVerb()
	s.laterClauseGroups()
	s.partsOfSums()
	s.describeComparators()
	s.captionComparators()
	s.describeNamedAverages()
	s.earlierLabelPairs()
	s.aimMeasures()
	s.comparedPeopleApart()
	for i := range figs {
		f := &figs[i]
		if f.Role == evidence.RoleBase {
			continue
		}
		if _, in := s.inComparator(i); in {
			// A comparator's value has its record from its label
			// (describeComparators): an earlier year's with no year
			// the level names stays undated.
			f.Key = d.key(*f)
			continue
		}
		// A level stated with its change in 2023/24 is the level of
		// 2023/24, and a change to a level of January 2024 a change to then.
		if f.Period == "" && f.Role != evidence.RoleChange {
			if j := s.changeOf(i); j >= 0 && !strings.HasPrefix(figs[j].Period, "since ") {
				f.Period = figs[j].Period
			}
		}
		if f.Period == "" && f.Role == evidence.RoleChange {
			if j := s.partner(i); j >= 0 {
				f.Period = figs[j].Period
			} else if j := s.targetOrGapAfter(i); j >= 0 {
				f.Period = figs[j].Period
			}
		}
		// A share restating a count of the same measure ("4.5 million
		// children ..., 32% of all children") is of the count's time. An
		// earlier value's period is its own ("fell to 11% from 20% in
		// 2022": 2022 is the 20%'s), and a threshold owns none, so neither
		// lends one (through the time limit, the 11% took 2022).
		if f.Period == "" && f.Role != evidence.RoleChange && f.Measure != "" {
			for j := range figs {
				if j != i && figs[j].Measure == f.Measure && figs[j].Unit != f.Unit && figs[j].Role != evidence.RoleChange && figs[j].Period != "" &&
					figs[j].Role != evidence.RoleThreshold && !s.afterComparedLead(j) {
					f.Period = figs[j].Period
					break
				}
			}
		}
		if f.Role != evidence.RoleThreshold {
			f.Key = d.key(*f)
		}
	}
}

// comparedPlace gives figure i, set beside figure j with its own place
// after it, "compared with 900 in Medway", the place and people j's are
// measured by, and j's measure without j's own place: "were referred in
// Kent" is Kent's. Before (hostile check 63), 900 was of people "Medway",
// keyed with Kent. A ratio naming neither worker nor people of its own,
// "compared with one for every 1,800 in London", is such a value too,
// though the measure it borrows ("children per health visitor") names no
// place to take out: before (hostile check 64), London was the one place
// of the sentence, and so the place of the 2,500 it is compared with.
func (s *sentence) comparedPlace(i, j int) {
	figs := s.in.Figures
	f := &figs[i]
	pos := f.Offset + len(f.Text)
	m := comparedOwnPlaceRe.FindStringSubmatchIndex(s.text[pos:])
	in := inNameRe.FindStringIndex(f.Measure)
	if in == nil {
		// "In Kent, 1,400 children were referred in 2023, compared with
		// 1,200 in Medway": the measure borrowed opens on the sentence's
		// place, "in Kent, were referred" (hostile check 65: the 1,200
		// was of people "Medway", measured "in Kent, were referred").
		in = openingInMeasureRe.FindStringIndex(f.Measure)
	}
	if in == nil {
		in = s.openingLabelInMeasure(f.Measure) // "Kent: 64% …"
	}
	if m == nil || !s.afterComparedLead(i) && !s.comparedInList(i) {
		return
	}
	it, end, ok := s.listedItemAt(pos + m[2])
	if ok && it.period == "" {
		// The compared value's own year may follow its place: "compared
		// with 71% in England in 2022".
		if y := comparedYearAfterRe.FindStringIndex(s.text[end:]); y != nil {
			if p, _, isPeriod := s.listedItemAt(end + y[1]); isPeriod && p.period != "" {
				end = s.periodEnd(end + y[1])
			}
		}
	}
	if w := wholeAfterPlaceRe.FindString(s.text[end:]); ok && w != "" {
		end += len(w) // "for England as a whole", "in England overall"
	}
	if !ok || it.period != "" || !s.comparedValueEnd(i, j, end) || it.place == "" && in == nil && !elidedRatio(*f) {
		// A name the place list does not know is a place where the
		// measure names the level's own with "in": "compared with 900 in
		// Medway" beside "were referred in Kent".
		return
	}
	name := it.place
	if name == "" {
		name = it.name
	}
	if name == "" {
		return // "compared with 71% for boys": a group's, no place's
	}
	if strings.EqualFold(f.Population, name) {
		f.Population = figs[j].Population
	}
	if in != nil {
		f.Measure = tidy(squeeze(f.Measure[:in[0]] + " " + f.Measure[in[1]:]))
	}
	// "In Kent, 64% of children in Kent were seen …, compared with 71% in
	// England": England's value is of children, seen, never Kent's
	// (hostile check 65: keyed "kent", the 64% placed in England).
	f.Measure, f.Population = withoutLocalPlace(f.Measure), withoutLocalPlace(f.Population)
	if s.besidePlaces == nil {
		s.besidePlaces = map[int]string{}
	}
	s.besidePlaces[i] = name
}

// comparedOwnPlaceRe is the place written right after a value compared
// with: " in Medway", " across England", " throughout England", " for
// England". Group 1 is the place.
var comparedOwnPlaceRe = lazyre.New(`^` + valuesPeopleWords + `\s+(?:in|across|throughout|for)\s+(` + ListedName + `)`)

// wholeAfterPlaceRe is what may follow a compared value's place: " as a
// whole", " overall".
var wholeAfterPlaceRe = lazyre.New(`^\s+(?:as\s+a\s+whole|overall)\b`)

// comparedYearAfterRe leads to a year after a compared value's place:
// " in ".
var comparedYearAfterRe = lazyre.New(`^\s+in\s+`)

// periodEnd is the end of the period that starts at k, or k.
func (s *sentence) periodEnd(k int) int {
	for _, p := range s.periods {
		if p.start == k {
			return p.end
		}
	}
	return k
}

// setBesideAfter reports figure j, after figure i, set beside it by the
// words between them: "420 per 100,000, against an ambition of ",
// "420 per 100,000, compared with a national rate of ".
func (s *sentence) setBesideAfter(i, j int) bool {
	figs := s.in.Figures
	a, b := figs[i].Offset+len(figs[i].Text), figs[j].Offset
	return a < b && setBesideRe.MatchString(s.text[a:b])
}

// setBesideRe is a comparison's lead word: "against", "compared with".
var setBesideRe = lazyre.New(`(?i)(?:^|[\s,;])(?:against|compared\s+(?:with|to)|versus|vs\.?|than)\s`)

// afterComparedLead reports figure j written as the earlier value of a
// comparison: "from 20%", "compared with 52%", "than 30%".
func (s *sentence) afterComparedLead(j int) bool {
	f := s.in.Figures[j]
	return comparedLeadRe.MatchString(strings.ToLower(s.text[max(0, f.Offset-40):f.Offset]))
}

// boundedMeasures gives each threshold the measure and group of the
// figure it bounds ("over 18 weeks" of "45% of children waited over 18
// weeks" is of children who waited over 18 weeks): the time limit is part
// of that measure, never a measure of its own. It is given no key (see
// describe), so nothing compares it: read alone it measured "45% of
// children waited", keyed as a wait in weeks like any other source's.
func (s *sentence) boundedMeasures() {
	figs := s.in.Figures
	for i := range figs {
		if figs[i].Role != evidence.RoleThreshold {
			continue
		}
		j := s.bounded(i)
		if j < 0 {
			figs[i].Measure, figs[i].Population = "", ""
			continue
		}
		figs[i].Measure, figs[i].Population = figs[j].Measure, figs[j].Population
	}
}

// gappedMeasures gives a share whose clause is only the share and its
// time limit ("45% had waited over 18 weeks and 20% over 52 weeks",
// "4,000 children were waiting, with 20% over 52 weeks") the measure of
// the figure before it, with its own limit: the verb is left out because
// it is the one before. Read alone it measured "52 weeks".
func (s *sentence) gappedMeasures() {
	figs := s.in.Figures
	for k := range figs {
		if figs[k].Role != evidence.RoleThreshold {
			continue
		}
		j := s.bounded(k)
		if j <= 0 || !onlyTheLimit(figs[j].Measure, figs[k].Text) {
			continue
		}
		p := s.measuredBefore(j)
		if p < 0 {
			continue
		}
		measure := figs[p].Measure + " " + figs[k].Text
		for q := range figs {
			if figs[q].Role == evidence.RoleThreshold && q != k && s.bounded(q) == p && strings.Contains(figs[p].Measure, figs[q].Text) {
				measure = strings.Replace(figs[p].Measure, figs[q].Text, figs[k].Text, 1)
				break
			}
		}
		figs[j].Measure = measure
		if figs[j].Population == "" {
			figs[j].Population = figs[p].Population
		}
	}
}

// onlyTheLimit reports a measure that says nothing but the time limit
// (limit, "over 52 weeks") it is counted against: "52 weeks", "".
func onlyTheLimit(measure, limit string) bool {
	m := strings.TrimSpace(strings.ToLower(measure))
	return m == "" || strings.Contains(strings.ToLower(limit), m)
}

// measuredBefore is the nearest figure before j that is measured and is
// neither a base, a limit nor a change, in another clause; or -1.
func (s *sentence) measuredBefore(j int) int {
	figs := s.in.Figures
	for p := j - 1; p >= 0; p-- {
		g := figs[p]
		if g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold || g.Role == evidence.RoleChange || g.Measure == "" {
			continue
		}
		if s.clauses[p] == s.clauses[j] {
			return -1
		}
		return p
	}
	return -1
}

// bounded is the figure threshold i is the limit of: the nearest share
// or count whose clause holds it, or -1.
func (s *sentence) bounded(i int) int {
	figs := s.in.Figures
	best := -1
	for j, g := range figs {
		if j == i || g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold || g.Role == evidence.RoleChange ||
			isDurationUnit(g.Unit) || !s.clauses[j].has(figs[i].Offset) {
			continue
		}
		// The clause's headline first ("45% of children (and 30% of
		// adults) waited over 18 weeks"), else the nearest.
		switch {
		case best < 0, g.Role == evidence.RoleHeadline && figs[best].Role != evidence.RoleHeadline:
			best = j
		case (g.Role == evidence.RoleHeadline) == (figs[best].Role == evidence.RoleHeadline) &&
			abs(g.Offset-figs[i].Offset) < abs(figs[best].Offset-figs[i].Offset):
			best = j
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// popFound is the population of a figure and where its words are.
type popFound struct {
	text string
	span span // the words to leave out of the measure, "of" included
	// opens is set when the figure and its group open a clause of their
	// own ("..., with 39% of strategies addressing"): words before them
	// belong to another clause.
	opens bool
	// of is 1 + the figure whose group a figure with none of its own
	// took (0: its own), so a ratio's people, read after, reach it too.
	of int
}

// baseNoun is what the sentence's base counts ("412 young people"): the
// group a clause with no population of its own is drawn from.
func (s *sentence) baseNoun() string {
	for _, f := range s.in.Figures {
		if f.Role == evidence.RoleBase {
			if n := s.countNoun(len(s.text), f); n != "" {
				return n
			}
		}
	}
	return ""
}

// countNoun is the noun a count counts: the words of its text after the
// number ("1,127 members"), or the noun phrase after it ("412 young people
// who completed").
func (s *sentence) countNoun(limit int, f evidence.Figure) string {
	var words []string
	// Its text as shown: a note marker in it ("1,010 (a) and (b)
	// children") is no word of the noun.
	for _, t := range tokenize(f.Shown()) {
		if isNumber(t.lower) || scaledNumber(t.lower) || hedgeWords[t.lower] && t.lower != "people" || t.lower == "n" {
			continue // "n" is a sample size's label ("(n=1,200)"), no noun
		}
		words = append(words, t.text)
	}
	if len(words) > 0 {
		rest := s.nounPhrase(f.Offset+len(f.Text), limit, 8, true)
		return withoutTrailingLink(strings.TrimSpace(strings.Join(words, " ") + " " + rest.text(s.text)))
	}
	return s.nounPhrase(f.Offset+len(f.Text), limit, 9, false).text(s.text)
}

// np is the span of a noun phrase.
type np struct{ start, end int }

func (p np) text(s string) string {
	if p.end <= p.start {
		return ""
	}
	return strings.TrimSpace(s[p.start:p.end])
}

// nounPhrase reads the noun phrase starting at byte i of the text, before
// limit, at most n words: it ends at punctuation, a verb, a relative
// pronoun, a period or place, or another number. cont says the phrase
// continues one already begun (a count's noun), so a participle there
// ends it too ("children looked after").
func (s *sentence) nounPhrase(i, limit, n int, cont bool) np {
	text := s.text[:min(limit, len(s.text))]
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	p := np{start: j, end: j}
	words := 0
	if cont {
		words = 1
	}
	k := j
	if m := yearOldsRe.FindStringIndex(text[k:]); m != nil {
		k += m[1]
		p.end = k
		words += 2
	}
	for k < len(text) && words < n {
		c := text[k]
		if c == ' ' {
			k++
			continue
		}
		if c == ',' && s.listGoesOn(text, k, words) {
			k++
			continue
		}
		if strings.ContainsRune(",;:().?!\"", rune(c)) || strings.HasPrefix(text[k:], "–") || strings.HasPrefix(text[k:], "—") ||
			strings.HasPrefix(text[k:], "“") || strings.HasPrefix(text[k:], "”") || strings.HasPrefix(text[k:], "•") {
			break
		}
		t, ok := s.tokenAt(k)
		if !ok || t.end > len(text) {
			break
		}
		t.end -= k
		w := t.lower
		// "aged 8 to 16", "aged 16 and over": an age band belongs to its group.
		if w == "aged" || w == "ages" {
			if m := agedRe.FindStringIndex(text[k:]); m != nil {
				k += m[1]
				p.end = k
				words += 2
				continue
			}
		}
		if w == "looked" && words == 0 && nextWordIn(text, k, "after") {
			// "58% of looked after children": the group's name unhyphenated,
			// as "looked-after children" (hostile check 67: people
			// "looked", measured "after children").
			k = skipWord(text, k) + len("after")
			p.end = k
			words += 2
			continue
		}
		if s.placeOrPeriodAt(k) || s.relTimeAt(k) || (w == "in" || w == "across" || w == "at" || w == "for" || w == "during") && s.placeOrPeriodAt(skipWord(text, k)) ||
			w == "in" && nextWordIn(text, k, "place", "real", "total", "cash") || w == "at" && nextWordIn(text, k, "the", "least") ||
			verbs[w] || npBreaks[w] || reportingWords[w] || relativePronouns[w] || isNumber(w) && !schoolYearBefore(text, k) && !ageBoundBefore(text, k) ||
			len(w) > 4 && strings.HasSuffix(w, "ed") && words > 0 && !edNouns[w] ||
			len(w) > 5 && strings.HasSuffix(w, "ing") && words > 0 && !ingNouns[w] ||
			w == "according" || w == "by" || w == "than" || planVerbs[w] && words > 0 && nextWordIn(text, k, "to") {
			break
		}
		k += t.end
		p.end = k
		words++
	}
	// A phrase never ends on a word that joins it to more.
	for {
		t := strings.TrimRight(text[p.start:p.end], " ,")
		cut := false
		for _, w := range []string{" and", " or", " of", " in", " with", " for", " to", " at", " on", " the", " a", " from", " across", " who", " its", " their"} {
			if strings.EqualFold(t, w[1:]) {
				// the joining word alone: "20 staff and plan to ..."
				// goes on with no more of the noun
				p.end = p.start
				return p
			}
			if strings.HasSuffix(strings.ToLower(t), w) {
				p.end = p.start + len(t) - len(w)
				cut = true
				break
			}
		}
		if !cut {
			p.end = p.start + len(t)
			break
		}
	}
	return p
}

// relTimeAt reports a phrase of relative time opening at byte k ("a year
// earlier", "last year", "two years ago"): no words of a noun phrase.
// Read on, "up from 11,020 a year earlier" was a count of "year earlier".
// A single adverb ("children currently waiting") is left to the phrase.
func (s *sentence) relTimeAt(k int) bool {
	for _, m := range s.relTimes {
		if m.start == k && strings.Contains(s.text[m.start:m.end], " ") {
			return true
		}
	}
	return false
}

// nounless reports a figure whose text is its number alone ("12"), with
// no noun of what it counts.
func nounless(f evidence.Figure) bool {
	for _, t := range tokenize(f.Shown()) {
		if !isNumber(t.lower) && !hedgeWords[t.lower] {
			return false
		}
	}
	return true
}

// nounCountedBefore is the noun in the text of the nearest count before
// figure i ("trusts" of "3 trusts"), or "".
func (s *sentence) nounCountedBefore(i int) string {
	for j := i - 1; j >= 0; j-- {
		g := s.in.Figures[j]
		if g.Unit != evidence.UnitCount || g.Role == evidence.RoleBase {
			continue
		}
		var words []string
		for _, t := range tokenize(g.Shown()) {
			if !isNumber(t.lower) && !hedgeWords[t.lower] {
				words = append(words, t.text)
			}
		}
		return strings.Join(words, " ")
	}
	return ""
}

// schoolYearBefore reports "Year" or "Key Stage" just before byte k: its
// number names the group ("Year 6 children").
func schoolYearBefore(text string, k int) bool {
	b := strings.ToLower(strings.TrimRight(text[:k], " "))
	return strings.HasSuffix(b, "year") || strings.HasSuffix(b, "stage")
}

// ageBoundBefore reports "under" or "below" just before the number at
// byte k that is an age bound of people, "children under 5", "under 5's":
// the number names the group, as "children under five" does, so the
// phrase goes on ("children under 5 in Kent"). Before (hostile check 65),
// it ended at the number: the group "children under", no age in its key,
// and "5 in Kent" the measure's. A time after it, "under 18 weeks", is a
// wait (underIsAge).
func ageBoundBefore(text string, k int) bool {
	b := strings.TrimRight(text[:k], " ")
	if !strings.HasSuffix(strings.ToLower(b), "under") && !strings.HasSuffix(strings.ToLower(b), "below") {
		return false
	}
	e := k
	for e < len(text) && isDigit(text[e]) {
		e++
	}
	return e > k && underIsAge(text, len(b)-len("under"), e)
}

// edNouns end in -ed but name groups: "looked-after" children are
// "children looked after", but "the disadvantaged" stay.
var edNouns = setOf(`disadvantaged disabled deprived advantaged`)

// yearOldsRe is a group named by its ages: "5 to 19 year olds".
var (
	yearOldsRe        = lazyre.New(`^(?i)\d{1,2}\s*(?:to|-|–)\s*\d{1,2}[- ]years?[- ]olds?\b`)
	ageOldsAnywhereRe = lazyre.New(`(?i)\b\d{1,2}\s*(?:to|-|–)\s*\d{1,2}[- ]years?[- ]olds?\b.*$`)
)

// listGoesOn reports a comma inside a noun phrase that lists nouns
// ("education, health and care plans"), not one closing it.
func (s *sentence) listGoesOn(text string, k, words int) bool {
	if words == 0 || words > 3 {
		return false
	}
	toks := tokenize(text[k+1 : min(len(text), k+40)])
	if len(toks) < 2 {
		return false
	}
	w := toks[0].lower
	if verbs[w] || functionWords[w] || reportingWords[w] || relativePronouns[w] || isNumber(w) || hedgeWords[w] || npBreaks[w] {
		return false
	}
	// a list goes on to "and" and its last noun within a few words
	for _, t := range toks[1:min(len(toks), 4)] {
		if t.lower == "and" || t.lower == "or" {
			return true
		}
	}
	return false
}

// skipWord is the offset of the word after the one at k.
func skipWord(text string, k int) int {
	for k < len(text) && text[k] != ' ' {
		k++
	}
	for k < len(text) && text[k] == ' ' {
		k++
	}
	return k
}

// nextWordIn reports whether the word after the one at k is one of ws.
func nextWordIn(text string, k int, ws ...string) bool {
	w := strings.ToLower(firstWord(text[skipWord(text, k):]))
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// placeOrPeriodAt reports a place or period starting at byte k.
func (s *sentence) placeOrPeriodAt(k int) bool {
	for _, p := range s.places {
		if p.start == k {
			return true
		}
	}
	for _, p := range s.periods {
		if p.start == k || p.start > k && p.start <= k+8 && strings.TrimSpace(s.text[k:p.start]) != "" && dayBefore(s.text[k:p.start]) {
			return true
		}
	}
	return false
}

// dayBefore reports a day of the month before a period: "31 ".
func dayBefore(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) <= 2 && s != "" && isDigit(s[0])
}

// agedRe is an age band after "aged": "aged 100+" is one band, where
// two digits split it ("people aged 10", the "0+" left in the measure,
// hostile check 55).
// "aged under 18 months" is one band too (hostile check 64: the group
// "children aged under", the measure "18 months were referred").
var agedRe = lazyre.New(`^(?i:aged|ages)\s+(?:(?:under|below|over)\s+\d{1,2}(?:\s+(?:months|years)(?:\s+old)?)?\b|\d{1,3}(?:\+|\s*(?:to|-|–|and)\s*(?:\d{1,2}|over|under|above|older))?)`)

// npBreaks end a noun phrase: prepositions that open what is said of a
// group rather than which group it is, and pronouns.
// planVerbs, before "to", say what a body means to do: "20 staff and
// plan to recruit 10 more" counts staff, never "staff and plan to
// recruit" (hostile check 63).
var planVerbs = setOf(`plan plans aim aims intend intends hope hopes expect expects want wants need needs`)

var npBreaks = setOf(`through during via since until before after because when while whilst despite between
against within without towards toward we they he she it i you there`)

// yearAhead reports a year within the next few words: "in 2023", "in the
// year to March 2024".
func yearAhead(s string) bool {
	return hasYear(s[:min(len(s), 30)])
}

var (
	// ofAfterRe follows a figure with the group it is of: "of trusts",
	// "of the JFPs", "of all pupils".
	ofAfterRe = lazyre.New(`^\)?\s+(?:out\s+)?of\s+(?:(?:the|all|our|these|those|its|their|them|whom|which)\s+)*`)
	// pronounOfRe is "of whom", "of them", "of those" with nothing after:
	// the group was named before.
	pronounOfRe = lazyre.New(`^\)?\s+(?:out\s+)?of\s+(?:whom|them|those|these|which)\b\s*(?:[,;:.]|$|(?:had|have|has|were|was|are|is|said|say|did|do)\b)`)
)

// thanGroupRe ends with "than" and a group of a few words before a
// bracket: "more likely than girls (".
var thanGroupRe = lazyre.New(`(?i)\bthan\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*$`)

// afterOpeningTime is where the words from a to b go on after a time the
// clause opens with, "In Q1 2023 " or "In 2022, ", or a where none: the
// subject of "In Q1 2023 referrals were 300" is "referrals", as it is of
// "Referrals were 300 in Q1 2023" (hostile check 62: it measured
// "referrals were").
func (s *sentence) afterOpeningTime(a, b int) int {
	m := openingInRe.FindStringIndex(s.text[a:b])
	if m == nil {
		return a
	}
	for _, p := range s.periods {
		if p.start == a+m[1] && p.end < b {
			e := p.end
			for e < b && (s.text[e] == ' ' || s.text[e] == ',') {
				e++
			}
			return e
		}
	}
	return a
}

// openingInRe opens a clause with the "In" or "During" of a time.
var openingInRe = lazyre.New(`^\s*(?i:in|during)\s+`)

// population finds the group figure i is of.
func (s *sentence) population(i int) popFound {
	f := s.in.Figures[i]
	cl := s.clauses[i]
	end := f.Offset + len(f.Text)
	if k := s.sampleBracketAfter(end); k > end && k <= cl.end {
		end = k // "64% (n=1,200) of children": the sample stands between
	}
	after := s.text[end:cl.end]
	// "58% of them said": the group named before.
	if strings.Contains(after, "of ") && pronounOfRe.MatchString(after) {
		m := pronounOfRe.FindStringIndex(after)
		return popFound{span: span{end, end + m[1]}}
	}
	// "61% of strategies", "Almost a third (27%) of Joint Forward Plans".
	if m := ofAfterRe.FindStringIndex(after); m != nil && f.Unit != evidence.UnitGBP {
		p := s.nounPhrase(end+m[1], cl.end, 10, false)
		if t := p.text(s.text); t != "" {
			if peopleThose(after[:m[1]], t) {
				// "30% of those with autism": the people, not the condition.
				t, e := s.groupAside(strings.TrimRight(strings.TrimSpace(dropMarkers("those "+t)), " ,;:"), p.end, cl.end)
				return popFound{text: t, span: span{end, e}, opens: true}
			}
			t, e := s.groupAside(cleanPopulation(s.orAnaphor(t)), p.end, cl.end)
			return popFound{text: t, span: span{end, e}, opens: true}
		}
	}
	// "Nearly all respondents (90%) said", "only a third of respondents
	// (33%) said": a group named before a bracketed figure that a
	// predicate follows. With nothing after ("Increasing investment in
	// prevention (44%)") the words before are what is measured.
	if start := bracketOpen(s.text, f); start >= 0 && predicateAfter(s.text[end:cl.end]) {
		if a, t := groupBefore(s.text, cl.start, start); t != "" {
			return popFound{text: t, span: span{a, start}, opens: true}
		}
	}
	// "Boys (12%) were more likely than girls (8%) to self-harm": the
	// group a comparison sets against the first is named before its own
	// bracket, after "than"; borrowed, the 8% was of boys.
	if start := bracketOpen(s.text, f); start >= 0 {
		if m := thanGroupRe.FindStringIndex(s.text[cl.start:start]); m != nil {
			if a, t := groupBefore(s.text, cl.start+m[0]+len("than"), start); t != "" {
				return popFound{text: t, span: span{a, start}, opens: true}
			}
		}
	}
	// "One in five respondents said", "Seven in 10 school nurses told us":
	// a share followed by its group and what is said of it.
	if f.Unit == evidence.UnitPercent && !strings.HasPrefix(strings.TrimLeft(after, " )"), "(") {
		p := s.nounPhrase(end, cl.end, 8, false)
		if t := p.text(s.text); t != "" && predicateAfter(s.text[p.end:cl.end]) && !hedgeWords[strings.ToLower(firstWord(t))] {
			return popFound{text: cleanPopulation(t), span: span{end, p.end}, opens: true}
		}
	}
	// "1,920 children and young people were waiting", "1,240 young people
	// attended": a count is of its noun.
	if f.Unit == evidence.UnitCount {
		if n := s.countNoun(cl.end, f); n != "" {
			p := s.nounPhrase(end, cl.end, 9, true)
			if w := firstWord(n); (w == "with" || w == "without") && nounless(f) {
				// "3 trusts with no data, and 12 with partial data": a
				// bare count's "with" phrase is of what the count before
				// it counts, "trusts with partial data"; alone, 12 was a
				// count of "partial data".
				if noun := s.nounCountedBefore(i); noun != "" {
					n = noun + " " + n
				}
			}
			return popFound{text: cleanPopulation(n), span: span{f.Offset, max(end, p.end)}}
		}
	}
	before := s.text[cl.start:f.Offset]
	// "Of those referred, 62% were seen within 18 weeks": the group the
	// clause opens with, named by no figure of its own (that is a base:
	// "Of the 412 young people who took part, 58% said").
	if m := ofGroupFirstRe.FindStringSubmatchIndex(before); m != nil && !s.figureWithin(cl.start, f.Offset) {
		if t := ofGroupText(before[m[2]:m[3]], strings.TrimRight(strings.TrimSpace(before), ", ")); t != "" {
			return popFound{text: t, span: span{cl.start + m[0], cl.start + m[1]}, opens: true}
		}
	}
	// "The number of EHC plans reached 576,474", "the proportion of
	// referrals assessed as urgent rose from 9% to 13%".
	if m := numberOfIndex(before); m != nil {
		a := cl.start + m[2]
		p := s.nounPhrase(a, f.Offset, 10, false)
		if t := p.text(s.text); t != "" {
			return popFound{text: cleanPopulation(t), span: span{cl.start + m[0], p.end}}
		}
	}
	// "Initial requests for an EHC needs assessment rose to 138,242":
	// what a count reached is of its subject.
	if f.Unit == evidence.UnitCount {
		if m := levelVerbRe.FindStringIndex(before); m != nil {
			p := s.nounPhrase(s.afterOpeningTime(cl.start, cl.start+m[0]), cl.start+m[0], 12, false)
			if t := p.text(s.text); t != "" && p.end >= cl.start+m[0]-1 {
				return popFound{text: cleanPopulation(t), span: span{p.start, p.end}}
			}
		}
	}
	// "The rate among young people aged 17 to 19 was 23.3%", "Among Year 6
	// children, 22.7% were", "For children aged 8 to 16 the figure was".
	if !strings.Contains(before, "mong") && !strings.HasPrefix(strings.TrimSpace(before), "For ") && !strings.HasPrefix(strings.TrimSpace(before), "In ") {
		return popFound{}
	}
	if m := amongRe.FindStringSubmatchIndex(before); m != nil {
		a := cl.start + m[2]
		p := s.nounPhrase(a, f.Offset, 10, false)
		if t := p.text(s.text); t != "" {
			if w, rest, ok := strings.Cut(strings.TrimSpace(t), " "); ok && strings.EqualFold(w, "those") && peopleThose("of those", rest) {
				// "Among those with autism, 30% …": the people.
				return popFound{text: strings.TrimRight(strings.TrimSpace(dropMarkers(t)), " ,;:"), span: span{cl.start + m[0], p.end}}
			}
			return popFound{text: cleanPopulation(t), span: span{cl.start + m[0], p.end}}
		}
	}
	return popFound{}
}

// ofGroupFirstRe is a group that opens a clause before its figure: "Of
// those referred, ", "Of the children referred to CAMHS in 2023/24, ".
// Group 1 is the group, without "the" or "all".
var ofGroupFirstRe = lazyre.New(`(?i)^\s*of\s+(?:all\s+)?(?:the\s+)?([^,;:()]{2,80}?)\s*,\s*$`)

// ofGroupText is the population an opening "Of …," (of, the phrase
// whose group is g) names: "those referred" (the people, whom the
// participle says), "children referred to CAMHS", without a period it
// names ("in 2023/24"), which is the figure's; "" for a pronoun alone
// ("Of these,") or a clause.
func ofGroupText(g, of string) string {
	g = strings.TrimSpace(trailingPeriodRe.ReplaceAllString(dropMarkers(g), ""))
	switch strings.ToLower(g) {
	case "", "these", "those", "them", "whom", "which", "this", "that", "it", "note", "concern", "interest",
		"course", "particular note", "particular concern", "most concern", "greatest concern", "all":
		return "" // "Of these, …", "Of note, …": no group named
	}
	if !hasVerb(g) || participleGroupRe.MatchString(of) || describedGroupRe.MatchString(g) {
		return g
	}
	return ""
}

// describedGroupRe is a group named by a few words and what was done to
// it or who they are: "young people referred to the service",
// "referrals received", "those who were referred".
var describedGroupRe = lazyre.New(`(?i)^(?:[\w’'-]+\s+){1,4}?(?:[a-z]{3,}ed|seen|given|taken|known|who|that|whose)\b`)

// trailingPeriodRe is a period at the end of a group: " in 2023/24",
// " during 2024", " in the year to March 2024", " last month".
var trailingPeriodRe = lazyre.New(`(?i)\s+(?:(?:in|during|by|at|for|since)\s+(?:the\s+)?(?:(?:financial|calendar|school|academic)\s+)?(?:year\s+(?:to|ending)\s+)?(?:[a-z]+\s+)?(?:19|20)\d{2}(?:/\d{2}|[–-]\d{2,4})?|(?:(?:in|during)\s+)?(?:last|this|the\s+previous)\s+(?:week|month|quarter|year))\s*$`)

// peopleThose reports "of those" (of, the words up to the group)
// standing for people whom the words after it (group) describe: "of
// those with autism", "of those in care", "of those aged 16 to 25".
// "those children" is a group of its own.
func peopleThose(of, group string) bool {
	if !strings.HasSuffix(strings.ToLower(strings.TrimRight(of, " ")), "those") {
		return false
	}
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(group)), " ")
	return thoseModifiers[w]
}

// thoseModifiers open what says who "those" are: "those with autism",
// "those in care", "those living in poverty".
var thoseModifiers = setOf(`with without in on from aged under over living waiting who eligible known receiving not`)

// groupAside reads an aside set off by commas after a group, before
// limit, as part of the group, not of what is said of it: "45% of
// children, and of young people, waited" is of children and young people,
// "of children, excluding those in care," of children excluding those in
// care, and "of children, including those in care," of children (all of
// them). It returns the group and where the aside ends (end, with no
// aside). Before, the comma after the aside ended the share's clause, or
// its words were the measure ("including those in care").
func (s *sentence) groupAside(group string, end, limit int) (string, int) {
	if group == "" || end >= limit {
		return group, end
	}
	rest := s.text[end:limit]
	m := groupAsideRe.FindStringSubmatchIndex(rest)
	if m == nil || !hasVerb(rest[m[1]:]) {
		return group, end
	}
	words := strings.TrimSpace(rest[m[4]:m[5]])
	switch join := strings.ToLower(rest[m[2]:m[3]]); join {
	case "and", "or":
		if hasVerb(words) {
			return group, end // ", and they were seen,": a clause
		}
		if other := cleanPopulation(words); other != "" {
			group += " " + join + " " + other
		}
	case "excluding", "except", "other than", "apart from":
		group += " " + join + " " + words
	}
	return group, end + m[1]
}

// groupAsideRe is an aside after a group, closed by a comma: ", and of
// young people,", ", or their carers,", ", including those in care,",
// ", excluding those in care,". Group 1 is its first word, group 2 the
// rest; it takes no figure (another figure's clause) and no verb's
// clause (", and they waited,") — hasVerb tests what follows it.
var groupAsideRe = lazyre.New(`(?i)^\s*,\s+(and|or|including|excluding|except|other than|apart from|especially|particularly|notably|mainly|mostly)\s+(?:of\s+)?([^,;:()0-9%£]{2,60}?),\s`)

var (
	// numberOfRe is "the number of", "the proportion of" before a figure.
	numberOfRe = lazyre.New(`(?i)\b(?:the\s+)?(?:total\s+)?(?:number|proportion|percentage|share|rate|count)\s+of\s+(\S)`)
	// levelVerbRe ends with the verb a count's subject reaches it by.
	levelVerbRe = lazyre.New(`(?i)\s(?:has\s+|have\s+|had\s+)?(?:rose|risen|fell|fallen|reached|totalled|totaled|stood|grew|grown|climbed|dropped|increased|decreased|was|were|is|are)(?:\s+(?:to|at))?\s*(?:around|about|nearly|almost|more\s+than|over|just\s+over|just\s+under)?\s*$`)
	// amongRe opens the group a figure is of: "among young people", "For
	// children aged 8 to 16", "In Year 6,".
	amongRe = lazyre.New(`(?i)(?:\bamong(?:st)?|^\s*for|^\s*in)\s+(?:the\s+)?(\S)`)
)

// numberOfIndex finds "the number of" before a figure (numberOfRe), only
// where an "of" is.
func numberOfIndex(before string) []int {
	if !strings.Contains(before, " of ") {
		return nil
	}
	return numberOfRe.FindStringSubmatchIndex(before)
}

// orAnaphor is a population, or "" for one that points back ("the same
// age group", "these"): the clause then takes the sentence's group.
func (s *sentence) orAnaphor(pop string) string {
	l := strings.TrimPrefix(strings.ToLower(pop), "the ")
	if strings.HasPrefix(l, "same ") || l == "these" || l == "those" || l == "them" {
		return ""
	}
	return pop
}

// predicateAfter reports words after a bracketed figure that say
// something of the group before it: a verb, or "of".
func predicateAfter(after string) bool {
	t, _, ok := nextToken(strings.TrimLeft(after, ") "), 0)
	if !ok {
		return false
	}
	w := t.lower
	return verbs[w] || reportingWords[w] || w == "of" || strings.HasSuffix(w, "ed") || negations[w]
}

// groupBefore reads the group named just before a bracket, back to a
// break or a verb, hedges included in its span but not its text: "only a
// third of respondents" → "respondents".
func groupBefore(text string, floor, bracket int) (int, string) {
	toks := tokenize(text[floor:bracket])
	k := len(toks)
	for k > 0 {
		t := toks[k-1]
		gap := text[floor+t.end : bracket]
		if k < len(toks) {
			gap = text[floor+t.end : floor+toks[k].start]
		}
		if strings.ContainsAny(gap, ",;:()•·") || verbs[t.lower] || reportingWords[t.lower] {
			break
		}
		k--
	}
	if k == len(toks) {
		return bracket, ""
	}
	// The group's name follows the last number, hedge or "of": "Only 4
	// in 10 young people" → "young people".
	n := k
	for j := k; j < len(toks); j++ {
		if isNumber(toks[j].lower) || toks[j].lower == "of" || toks[j].lower == "in" && j > k && isNumber(toks[j-1].lower) {
			n = j + 1
		}
	}
	phrase := text[floor+toks[k].start : bracket]
	if m := ageOldsAnywhereRe.FindStringIndex(phrase); m != nil {
		return floor + toks[k].start, strings.TrimSpace(phrase[m[0]:])
	}
	if n == len(toks) {
		return bracket, ""
	}
	return floor + toks[k].start, cleanPopulation(text[floor+toks[n].start : bracket])
}

// bracketOpen is the offset of the "(" of a bracketed figure ("respondents
// (90%)"), or -1.
func bracketOpen(text string, f evidence.Figure) int {
	if strings.HasPrefix(f.Text, "(") {
		return f.Offset
	}
	i := f.Offset
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i > 0 && text[i-1] == '(' {
		return i - 1
	}
	return -1
}

// cleanPopulation drops the hedges, determiners and numbers around a
// group's name, and a "respectively" after it: "Nearly all respondents" →
// "respondents", "the 42 ICBs" → "ICBs".
func cleanPopulation(s string) string {
	s = dropMarkers(s)
	if yearOldsRe.MatchString(strings.TrimSpace(s)) {
		return strings.TrimSpace(s)
	}
	for i := 0; ; {
		t, next, ok := nextToken(s, i)
		if !ok {
			return ""
		}
		if !hedgeWords[t.lower] && !functionWords[t.lower] && !isNumber(t.lower) || ageGroupAheadRe.MatchString(s[t.start:]) {
			if quarterWord(t.lower) > 0 {
				// "320 in Q2": a quarter is when, never whom, a count
				// counts (hostile check 60: a count of "Q2").
				return ""
			}
			// "children respectively": the word pairs values with
			// a list, and is no word of whom they count.
			return withoutRespectively(strings.TrimRight(onAverageRe.ReplaceAllString(strings.TrimSpace(s[t.start:]), ""), " ,;:"))
		}
		i = next
	}
}

// ageGroupAheadRe opens a group named by its age alone, written in two
// words: "under 5s", "under fives", "under 5's". Its "under" is no hedge
// of the count before it (hostile check 65: "1,200 under 5s" counted "5s",
// keyed with no age).
var ageGroupAheadRe = lazyre.New(`(?i)^under\s+(?:\d{1,2}['’]?s|(?:twos|threes|fours|fives|sevens|eights|nines|tens|elevens|twelves|eighteens))\b`)

// onAverageRe is "on average" closing a group: "pupils on average" are
// pupils, "on average" how the count was taken, never whom (hostile check
// 63: a key term "averag").
var onAverageRe = lazyre.New(`(?i)\s+on\s+(?:an\s+)?average$`)

// earlierOfAnother reports figure j a level of another period in a
// bracket after a level of the same unit ("85% in 2023 (88% in 2022,
// -3pp)"): a change beside it changes the level before the bracket, not
// the earlier one. Before (hostile check 55) the -3pp was 88%'s, of 2022.
func (s *sentence) earlierOfAnother(j int) bool {
	g := s.in.Figures[j]
	open := strings.LastIndexByte(s.text[:g.Offset], '(')
	if open < 0 || strings.IndexByte(s.text[open:g.Offset], ')') >= 0 || g.Period == "" {
		return false
	}
	for k := 0; k < j; k++ {
		if f := s.in.Figures[k]; f.Offset < open && f.Role != evidence.RoleChange && f.Role != evidence.RoleBase && f.Unit == g.Unit &&
			f.Period != "" && f.Period != g.Period {
			return true
		}
	}
	return false
}

// partner is the figure a figure with nothing of its own to say borrows
// from: the figure a change changes, else the nearest measured figure
// before it, else after it; -1 when there is none. A threshold is no
// one's partner: "four weeks" in "the share seen within four weeks fell
// by 5 percentage points to 30%" is what the share is counted against,
// and the change is the share's.
func (s *sentence) partner(i int) int {
	figs := s.in.Figures
	ok := func(j int) bool {
		return j != i && figs[j].Role != evidence.RoleBase && figs[j].Role != evidence.RoleThreshold && figs[j].Unit != "" && (figs[i].Role == evidence.RoleChange ||
			figs[j].Unit == figs[i].Unit)
	}
	if figs[i].Role == evidence.RoleChange {
		// A value of a comparator bracket, "increased by 8% (2022:
		// 1,150; 2023: 1,240)", is another time's or place's, never
		// the level the change reached or started from (hostile check
		// 64: the 8% was the 1,150's change, dated 2022).
		inner := ok
		ok = func(j int) bool {
			_, in := s.inComparator(j)
			return inner(j) && !in
		}
		// The level it reached ("fell by 2 weeks to 14 weeks"), else a
		// level of its own clause: "rose from 9% to 13%, while waits fell
		// by 2 weeks" is no fall of the share.
		for j := i + 1; j < min(len(figs), i+3); j++ {
			if ok(j) && figs[j].Role != evidence.RoleChange && s.reached(i, j) {
				return j
			}
		}
		level := func(j int) bool {
			return ok(j) && figs[j].Role != evidence.RoleChange && !s.earlierOfAnother(j) && !s.targetOrGap(j) &&
				!s.reachedByAnother(i, j) && (!PointsChange(figs[i]) || figs[j].Unit == evidence.UnitPercent)
		}
		for j := i - 1; j >= 0; j-- {
			if level(j) && !s.laterClause(j, i) {
				return ListedLevel(s.text, figs, j)
			}
		}
		for j := i + 1; j < len(figs); j++ {
			if level(j) && !s.laterClause(i, j) {
				return j
			}
		}
		// A clause that is only the change ("..., and rose by 2 weeks in
		// 2024") changes the level before it; one with a subject of its
		// own ("..., while referrals rose by 12%") changes no other
		// clause's level.
		if s.onlyChangeWords(i) {
			for j := i - 1; j >= 0; j-- {
				if level(j) {
					return j
				}
			}
		}
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if ok(j) {
			return j
		}
	}
	for j := i + 1; j < len(figs); j++ {
		if ok(j) {
			return j
		}
	}
	return -1
}

// onlyChangeWords reports a change figure whose clause says nothing
// before it but the words of its change: "and rose by", "but has since
// fallen by".
func (s *sentence) onlyChangeWords(i int) bool {
	f := s.in.Figures[i]
	cl := s.clauses[i]
	if cl.start >= f.Offset {
		return false
	}
	before := strings.ToLower(strings.TrimSpace(s.text[cl.start:f.Offset]))
	before = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(before, "and "), "but "))
	m := changeBeforeFigRe.FindStringIndex(before)
	return m != nil && m[0] == 0
}

// reached reports figure j as the level change i reached: "by 2 weeks
// to 14 weeks", "by £2m to £10m", "by 12% in real terms to £4.1bn".
//
// A change "from" one level "to" another reached the second: in
// "Attendance fell 2 pts from 93% to 91%" the fall is the 91%'s, the 93%
// its earlier value (hostile check 59: the 93% took "down 2 pts").
func (s *sentence) reached(i, j int) bool {
	figs := s.in.Figures
	c, t := figs[i], figs[j]
	from := c.Offset + len(c.Text)
	if t.Offset < from || t.Offset > len(s.text) {
		return false
	}
	if j == i+1 {
		return reachedGapRe.MatchString(s.text[from:t.Offset])
	}
	if j != i+2 {
		return false
	}
	g := figs[i+1]
	end := g.Offset + len(g.Text)
	return g.Offset >= from && end <= t.Offset && g.Unit == t.Unit && changeFromRe.MatchString(s.text[from:g.Offset]) &&
		toGapRe.MatchString(s.text[end:t.Offset])
}

// changeFromRe joins a change to the level it fell or rose from: " from ".
var changeFromRe = lazyre.New(`^\s*,?\s*from\s+$`)

// reachedGapRe joins a change to the level it reached.
var reachedGapRe = lazyre.New(`^\s*(?:,\s*)?(?:in\s+(?:real|cash)\s+terms\s+|in\s+\S+\s+)?to\s*$`)

// onlyGroup reports figure i stated with its group alone before the
// clause of figure j, what is said of both following it: "45% of
// children, but only 30% of adults, waited over 18 weeks". The 45%
// measures what the 30% does. Before, it measured nothing.
func (s *sentence) onlyGroup(i, j int) bool {
	figs := s.in.Figures
	if j <= i {
		return false
	}
	cl := s.clauses[i]
	from, to := figs[i].Offset+len(figs[i].Text), figs[j].Offset
	// The comma after j's clause is past j's own text: "1,500" has one.
	after := min(max(to+len(figs[j].Text), to), s.clauses[j].end)
	return from < to && cl.start <= figs[i].Offset && !hasVerb(s.text[cl.start:figs[i].Offset]) && !hasVerb(s.text[from:to]) &&
		strings.Contains(s.text[after:s.clauses[j].end], ",")
}

// anyMeasured is the nearest figure other than i that is neither a base
// nor a threshold (whose measure is its share's), or -1.
func (s *sentence) anyMeasured(i int) int {
	figs := s.in.Figures
	for d := 1; d < len(figs); d++ {
		for _, j := range []int{i - d, i + d} {
			if j >= 0 && j < len(figs) && figs[j].Role != evidence.RoleBase && figs[j].Role != evidence.RoleThreshold {
				return j
			}
		}
	}
	return -1
}

// laterClause reports that figure j lies in a clause joined after figure
// i's own ("Some 30% of parents said so, and the Trust found that 12% of
// children waited"): a clause that says nothing of its own points back,
// never forward, so it borrows no measure from there. Borrowing back stays
// ("45% of girls waited, while 30% of boys did"). Before, the parents'
// 30% measured the children's wait, and disputed the report it covers.
func (s *sentence) laterClause(i, j int) bool {
	figs := s.in.Figures
	if j <= i {
		return false
	}
	from, to := figs[i].Offset+len(figs[i].Text), figs[j].Offset
	if to <= from {
		return false
	}
	gap := s.text[from:to]
	if colonPartsRe.MatchString(gap) {
		// "Referrals in Kent were 1,400: 900 were girls and 500 were
		// boys": the parts after a total's colon are its groups, and say
		// nothing the total measures (hostile check 64: the 1,400
		// measured "were girls", keyed as the 900).
		return true
	}
	for _, sep := range clauseEnds {
		if k := strings.Index(gap, sep); k >= 0 && !insideBrackets(gap, k) {
			return true
		}
	}
	// "Referrals fell by 12% and 9% of children were seen": the 9%
	// opens a clause of its own after "and", the subject of its own
	// verb, no value listed with the change its verb gave (hostile
	// check 63: the 9% had the change "down 12%"). "18% and 26% of
	// boys said" lists two values of one verb.
	end := min(len(s.text), figs[j].Offset+len(figs[j].Text))
	return figs[i].Role == evidence.RoleChange && andOpensRe.MatchString(gap) && ownVerbAfterRe.MatchString(s.text[end:])
}

// totalLeadRe ends the text before a total a clause after a semicolon
// gives: "; in total, ", "; overall, ", "; altogether ".
var totalLeadRe = lazyre.New(`;\s*(?i:in\s+total|overall|altogether|in\s+all)\s*,?\s*$`)

// totalAfterParts reports figure i as a total set after clauses of its
// parts, "In Kent, 900 girls and 500 boys were referred; in total,
// 1,400": the total is of no part's group (hostile check 64: the 1,400
// was of "boys").
func (s *sentence) totalAfterParts(i int) bool {
	f := s.in.Figures[i]
	return f.Offset <= len(s.text) && totalLeadRe.MatchString(s.text[max(0, f.Offset-40):f.Offset])
}

// colonPartsRe is the gap from a total to the first of its parts after
// its colon: ": " of "1,400: 900 were girls".
var colonPartsRe = lazyre.New(`^\s*:\s`)

// andOpensRe ends the text before a value that "and" joins on: " and ".
// ownVerbAfterRe follows a value that is the subject of its own verb,
// with the group it is of: " of children were seen", " were seen".
var (
	andOpensRe     = lazyre.New(`^\S*\s+and\s+$`)
	ownVerbAfterRe = lazyre.New(`^\s+(?:of\s+(?:the\s+|all\s+|those\s+)?[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}\s+)?(?:were|was|are|is|had|have|has|did|do|does|said|say|reported|felt|waited)\b`)
)

// changeOf is the change figure stated with figure i, or -1.
func (s *sentence) changeOf(i int) int {
	figs := s.in.Figures
	for j := range figs {
		if figs[j].Role == evidence.RoleChange && s.partner(j) == i {
			return j
		}
	}
	return -1
}

// markRanges marks the two ends of a spread stated as two figures:
// "ranged from 6 to 38 weeks" is one figure, but "from 12% in the North
// East to 45% in London" and "varied between 3 weeks in one area and 40
// in another" are two.
func markRanges(text string, figs []evidence.Figure) {
	if len(figs) < 2 || !strings.Contains(text, "rang") && !strings.Contains(text, "var") && !strings.Contains(text, "spread") {
		return
	}
	lower := strings.ToLower(text)
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if a.Role != "" || b.Role != "" || a.Unit != b.Unit {
			continue
		}
		before := lower[max(0, a.Offset-40):a.Offset]
		gap := lower[a.Offset+len(a.Text) : b.Offset]
		if !rangeLeadRe.MatchString(before) || !strings.Contains(gap, " to ") && !strings.Contains(gap, " and ") {
			continue
		}
		a.Role, b.Role = evidence.RoleRange, evidence.RoleRange
	}
}

var rangeLeadRe = lazyre.New(`\b(?:rang(?:ed|ing|es?)|var(?:ied|ying|ies|y)|spread)\s+(?:widely\s+)?(?:from|between)\s+$`)

// fromToPeriods splits a span of time two figures share between them when
// they are its ends: "rose from 26.7 to 66.4 per 10,000 between 2019 and
// 2024" is 26.7 in 2019 and 66.4 in 2024. Read whole, each was of
// 2019–2024, a level dated by a span it holds at one end only.
func (s *sentence) fromToPeriods() {
	figs := s.in.Figures
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if a.Role == evidence.RoleBase || b.Role == evidence.RoleBase || b.Period == "" || a.Period != "" && a.Period != b.Period {
			continue
		}
		from, to, ok := strings.Cut(b.Period, "–")
		if !ok || strings.Contains(to, "–") || from == "" || to == "" {
			continue
		}
		end := a.Offset + len(a.Text)
		if end > b.Offset || !fromToGapRe.MatchString(s.text[end:b.Offset]) ||
			!fromBeforeFigureRe.MatchString(s.text[:a.Offset]) {
			continue
		}
		if k := strings.LastIndexByte(to, ' '); k > 0 && !strings.ContainsAny(from, "0123456789") {
			// "between March and June 2022": the year said once is both
			// months' (hostile check 64: the first was "March", undated)
			from += to[k:]
		}
		a.Period, b.Period = from, to
	}
}

var (
	// fromToGapRe is the "to" between the two ends of a change.
	fromToGapRe = lazyre.New(`^\s+to\s+$`)
	// fromBeforeFigureRe is the "from" before the first end.
	fromBeforeFigureRe = lazyre.New(`(?i)\bfrom\s+$`)
)

// perAfterRe is the base "per ..." right after a sum: "£120 per child",
// "£6,000 per young person", "£90,000 per family hub".
var perAfterRe = lazyre.New(`(?i)^\s*per\s+(?:young\s+person|[\p{L}]+)(?:\s+[\p{L}]+)?`)

// withoutTrailingLink is a count's noun without a preposition left at
// its end where a number followed: "rose 5 pts to 7.2" counts "pts",
// never "pts to" (hostile check 59).
func withoutTrailingLink(n string) string {
	if k := strings.LastIndexByte(n, ' '); k > 0 && trailingLinks[strings.ToLower(n[k+1:])] {
		return n[:k]
	}
	return n
}

// trailingLinks are the words that join a count's noun to a number after
// it: "to", "from", "by", "of".
var trailingLinks = setOf(`to from by of`)
