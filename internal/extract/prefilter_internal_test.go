package extract

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

// TestBracketedRangeAdmitsEveryBand: bracketedRange decides whether
// bracketBandRe is run at all, so it must hold for every text the
// expression matches, whatever the spacing, case and dash; texts with a
// share in brackets and no range it may refuse.
func TestBracketedRangeAdmitsEveryBand(t *testing.T) {
	parts := [][]string{
		{"Adolescents ", "young  people", "CHILDREN", "pupils", "Young adults"},
		{"(", "( ", "(\t"},
		{"", "aged ", "Aged  ", "AGED\t"},
		{"1", "10", "18", "9"},
		{"-", " – ", "to", " to ", "–"},
		{"19", "25", "4"},
		{")", " years)", "yrs )", " years old)"},
	}
	r := rand.New(rand.NewPCG(1, 2))
	matched := 0
	for range 5000 {
		var b strings.Builder
		b.WriteString("In 2024, ")
		for _, p := range parts {
			b.WriteString(p[r.IntN(len(p))])
		}
		b.WriteString(" were seen.")
		s := b.String()
		if !bracketBandRe.MatchString(s) {
			continue
		}
		matched++
		if !bracketedRange(strings.ToLower(s)) {
			t.Fatalf("the band in %q is matched but refused", s)
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d of 5000 texts hold a band: the test checks too little", matched)
	}
	for _, s := range []string{"Of the 60 pupils (12%) seen", "children (n=45) in 2024", "adults (100 to 200)"} {
		if bracketedRange(strings.ToLower(s)) {
			t.Errorf("%q admitted: no one- or two-digit range opens a bracket", s)
		}
	}
}

// TestCueTableFindsWhatEachClassLooksFor: the one-pass table of furniture
// cues must give, for every sentence, exactly the classes whose cues a
// search of each in turn finds: texts made of cues, their parts and
// filler, cues overlapping and at either end.
func TestCueTableFindsWhatEachClassLooksFor(t *testing.T) {
	var pieces []string
	for _, c := range furnitureClasses {
		for _, cue := range c.cues {
			pieces = append(pieces, cue)
			if len(cue) > 1 {
				pieces = append(pieces, cue[:len(cue)-1], cue[1:])
			}
		}
	}
	pieces = append(pieces, " ", "the ", "42 ", "Waiting lists grew. ", "é", "’")
	r := rand.New(rand.NewPCG(3, 4))
	table := furnitureCues()
	checked := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		lower := b.String()
		got := table.hits(lower)
		for i, c := range furnitureClasses {
			if want := containsAny(lower, c.cues); want != (got&(1<<i) != 0) {
				t.Fatalf("%q: class %d (cues %q): table says %v, a search says %v", lower, i, c.cues, !want, want)
			}
			if got&(1<<i) != 0 {
				checked++
			}
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d class hits in the texts: the test checks too little", checked)
	}
}

// TestTableReadsEachHeaderOnce: a table keeps what each header cell says
// (headerColumn), the same as reading it afresh, so its rows do not read
// every header's patterns again (a table of 300 columns and 5,000 rows
// took 69 s; BenchmarkWideTable).
func TestTableReadsEachHeaderOnce(t *testing.T) {
	var tb table
	for range 3 {
		for _, h := range []string{"Seen within 18 weeks (%)", "Median wait (weeks)", "Referrals"} {
			if got, want := tb.headerColumn(h), headerColumn(h); got != want {
				t.Fatalf("%q: kept %+v, read afresh %+v", h, got, want)
			}
		}
	}
	if len(tb.headed) != 3 {
		t.Errorf("%d headers kept for 3 distinct cells", len(tb.headed))
	}
}

// TestNotCountBeforeIsTheWholePattern: notCountBefore stands in for
// notCountAfter's match, so the two must agree on every text: each word in
// each case, with and without a word or a space around it, the numbered
// parts and choices, the folding runes, and the text before every digit of
// the bundled corpus.
func TestNotCountBeforeIsTheWholePattern(t *testing.T) {
	var texts []string
	cases := func(s string) []string {
		return []string{s, strings.ToUpper(s), strings.ToUpper(s[:1]) + s[1:]}
	}
	for _, w := range append(notCountWordList, "questions 2, 4 and", "sections 3 to", "years 7 to", "key stage 2 and",
		"asked to pick", "could name up to", "to rank their top", "should identify the top", "§", "–", "-", "/", "fig. 3 –") {
		for _, c := range cases(w) {
			for _, pre := range []string{"", " ", "x", "the ", "1", "_", "é", "(", "cap"} {
				for _, post := range []string{"", " ", " \t", "\n", "s", "x ", ".", "\u00a0", " 4 "} {
					texts = append(texts, pre+c+post)
				}
			}
		}
	}
	for _, s := range []string{"\u212aey stage ", "Ta\u212ale ", "\u017fection ", "to \u017felect ", "ran\u212a ", "aged\u212a"} {
		texts = append(texts, s, "a "+s)
	}
	docs, _ := corpus.Load(bundled.FS)
	for _, d := range docs {
		for i := 0; i < len(d.Body); i++ {
			if isDigit(d.Body[i]) {
				texts = append(texts, tail(d.Body, i), tail(strings.ToUpper(d.Body), i))
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"aged", "under", "to", "pick", "name", "the", "top", "questions", "2", ",", " ", "and", "–", "§", "s.", "per", "key", "stage", "\u212a", "x", "up", "list"}
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(2) == 0 {
				b.WriteString(" ")
			}
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := notCountBefore(s), notCountAfter.MatchString(s); got != want {
			t.Errorf("notCountBefore(%q) = %v, the pattern says %v", s, got, want)
		}
	}
}

// TestNeededWordsAreInEveryMatch: a pattern is not run over a text without
// one of its needed words, so every text it matches must hold one: small
// patterns over random texts of their letters (with the Kelvin sign, which
// (?i) folds to k), and the actors' names over the bundled corpus.
func TestNeededWordsAreInEveryMatch(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    string
	}{
		{`\b(?:DHSC|(?i:the )?(?i:department (?:of|for) health))\b`, `"DHSC"|department of health|department for health`},
		{`\b(?:Of(?:sted|com)|ICSs?)`, `"Ofsted"|"Ofcom"|"ICS"`},
		{`colou?r`, `"colo"`},
		{`a*b?`, ""},
		{`(?i)café`, ""},
		{`x(?:yz|w)+`, `"xyz"|"xw"`},
		{`(?:ab){2}|c{0,2}d`, `"ab"|"d"`},
	} {
		if got := lazyre.NeededWords(c.pattern).String(); got != c.want {
			t.Errorf("neededWords(%q) = %q, want %q", c.pattern, got, c.want)
		}
	}
	patterns := []string{`(?i)ab(?:c|de)?f`, `x(?:yz|w)+k`, `(?:ab){2}|c{0,2}d`, `q?rs|(?i:sk)`, `\bab\b|(?i:fa)(?:k|s)`, `(?i)(?:zy|k)+w`,
		`\b(?:Ab(?:cd|ef)|AC[sd]s?)`, `(?i)(?:ab|ca)(?:s|k) (?:d|e)`, `a(?:b|c)+d|e{2,3}f`, `(?:a\b|x)(?i:bc)`}
	r := rand.New(rand.NewPCG(3, 4))
	letters := []string{"a", "b", "c", "d", "e", "f", "q", "r", "s", "w", "x", "y", "z", "k", "K", "A", "S", "C", "B", "\u212a", "\u017f", " "}
	for _, p := range patterns {
		re, n := regexp.MustCompile(p), lazyre.NeededWords(p)
		for range 20000 {
			var b strings.Builder
			for range 1 + r.IntN(8) {
				b.WriteString(letters[r.IntN(len(letters))])
			}
			if s := b.String(); re.MatchString(s) && !n.In(s, lazyre.ASCIILower(s)) {
				t.Errorf("%q matches %q, which has none of %q", p, s, n)
			}
		}
	}
	checked := map[*regexp.Regexp]lazyre.Words{vitalThatRe.Get(): vitalThatNeeds(), askRe.Get(): askNeeds(),
		registrationRe.Get(): registrationNeeds(), askIsRe.Get(): askIsNeeds()}
	actorRes, actorNeeds := actorPatterns()
	for i, re := range actorRes {
		checked[re] = actorNeeds[i]
	}
	texts := []string{"It is vital that ICBs fund it", "IT’S ESSENTIAL that", "We are calling on the government to act", "We’d like councils to", "the Care Quality Commission and DHSC", "Charity number: 1234567", "URN: 123456",
		"Our main ask of the ICB is that it funds", "What we really want is for"}
	docs, _ := corpus.Load(bundled.FS)
	for _, d := range docs {
		texts = append(texts, strings.Split(d.Body, ". ")...)
	}
	for re, n := range checked {
		matched := 0
		for _, s := range texts {
			if re.MatchString(s) {
				matched++
				if !n.In(s, lazyre.ASCIILower(s)) {
					t.Errorf("%.30s… matches %q, which has none of %q", re, s, n)
				}
			}
		}
		if matched == 0 {
			t.Errorf("%.30s… matches none of the texts", re)
		}
	}
}

// TestEndPatternsMatchBackwards: each pattern newEndRe wraps is run
// backwards in its place, so the two ways must agree: on the text before
// every word and digit of the bundled corpus, as written and in lower
// case, and on random runs of the pattern's own words.
func TestEndPatternsMatchBackwards(t *testing.T) {
	if len(endRes) < 10 {
		t.Fatalf("%d patterns run backwards, want the ten or more declared", len(endRes))
	}
	texts := []string{"Statutory guidance says ICBs should ", "the code of practice requires that all schools ", "of those, ", "18 replied; of them,",
		"18 replied. Of these , ", "The next review will take place within ", "the next inspection is due in the ", "1,187 children in Year 6 and ", "Health leaders said that ",
		"the median wait was over ", "The share seen within the ", "The Government has said that every ",
		"Leaders have recognised that the ", "when the second dose moves to ", "ranked and split into ", "Referrals rose to ", "Last term 143 pupils came, up from ", "Last year ", "In the past year "}
	docs, _ := corpus.Load(bundled.FS)
	for _, d := range docs {
		for _, body := range []string{d.Body, lazyre.ASCIILower(d.Body)} {
			for i := 1; i < len(body); i++ {
				if body[i-1] == ' ' || isDigit(body[i]) && !isDigit(body[i-1]) {
					texts = append(texts, before(body, i, 120), before(body, i, 32))
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for k, e := range endRes {
		words := []string{" ", "  ", ",", ".", ";", "the", "The", "of", "1", "2,000", "\u212a", "é", "\xff", "x"}
		for _, n := range lazyre.NeededWords(e.fwd.Get().String()).List() {
			words = append(words, n, strings.ToUpper(n))
		}
		var own []string
		for range 3000 {
			var b strings.Builder
			for range 1 + r.IntN(10) {
				b.WriteString(words[r.IntN(len(words))])
				if r.IntN(3) > 0 {
					b.WriteString(" ")
				}
			}
			own = append(own, b.String())
		}
		matched := 0
		for _, s := range append(own, texts...) {
			want := e.fwd.MatchString(s)
			if got := e.MatchString(s); got != want {
				t.Errorf("pattern %d (%.40s…) backwards on %q: %v, forwards %v", k, e.fwd.Get().String(), s, got, want)
			}
			if want {
				matched++
			}
		}
		if matched == 0 {
			t.Errorf("pattern %d (%.40s…) matched none of its texts", k, e.fwd.Get().String())
		}
	}
}

// TestCountFieldsIsFields: countFields stands in for len(strings.Fields),
// so it must count the same over every kind of space and broken UTF-8.
func TestCountFieldsIsFields(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	parts := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085", "\u2003", "\u3000", "a", "é", "\xff", "\xe2\x80", "’", "1"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		if s := b.String(); countFields(s) != len(strings.Fields(s)) {
			t.Errorf("countFields(%q) = %d, strings.Fields makes %d", s, countFields(s), len(strings.Fields(s)))
		}
	}
}

// TestFoldSearchIsCaseInsensitivePattern: countFold and hasAnyFold stand
// in for a (?i) pattern's literal, so they must find it wherever the
// pattern would, the Kelvin sign and long s included, and nowhere else
// when neither is there.
func TestFoldSearchIsCaseInsensitivePattern(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	parts := []string{"a", "A", "s", "S", "k", "K", "\u212a", "\u017f", "t", "T", " ", "é"}
	lits := []string{"ask", "at", "sat", "kk"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		odd := strings.ContainsAny(s, "\u212a\u017f")
		anyWant := false
		for _, lit := range lits {
			want := len(regexp.MustCompile(`(?i)`+lit).FindAllStringIndex(s, -1))
			anyWant = anyWant || want > 0
			if got := countFold(s, lit, 10); got != want && !(odd && got == 10) {
				t.Errorf("countFold(%q, %q) = %d, the pattern finds %d", s, lit, got, want)
			}
		}
		if got := hasAnyFold(s, lits...); got != anyWant && !(odd && got) {
			t.Errorf("hasAnyFold(%q) = %v, the patterns say %v", s, got, anyWant)
		}
	}
}

// TestWordStartPatternsFindTheSame: each pattern newWordStartRe wraps is
// tried only at words opening with its bytes, so it must find the same
// matches as the whole pattern: over every paragraph of the bundled
// corpus and random runs of numbers, number words, units and names.
func TestWordStartPatternsFindTheSame(t *testing.T) {
	if len(wordStartRes) < 5 {
		t.Fatalf("%d patterns tried at words, want the five declared", len(wordStartRes))
	}
	texts := []string{"the 6 to 8 week review and the 2 to 2½ year check", "Five Year Forward View and a 10-year plan",
		"the NHS Long Term Plan's 10 Year Health Plan", "a six-to-eight-week check", "x10-year plan", "\u017fix-week check", "3-month review",
		"a third (34%) waited 18 weeks", "Half of the 1,204 children, three quarters of parents and an eighth of 2.5 per cent", "x12% and 6-month"}
	docs, _ := corpus.Load(bundled.FS)
	for _, d := range docs {
		texts = append(texts, strings.Split(d.Body, "\n\n")...)
	}
	r := rand.New(rand.NewPCG(11, 12))
	words := []string{"6", "10", "2½", "x6", "six", "Six", "SIX", "eight", "Ten", "twenty", "one", "to", "-", "–", "-to-", "week", "Week", "year", "Year", "years", "month",
		"review", "check", "visit", "plan", "Plan", "Health", "Forward", "funding", "old", "a", "_", "é", "\u212a",
		"%", "per cent", "percentage points", "half", "Half", "third", "quarters", "an eighth", "1,200", "3.5", "weeks", "days", "working", "(", ","}
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(words[r.IntN(len(words))])
			switch r.IntN(4) {
			case 0:
			case 1:
				b.WriteString("-")
			default:
				b.WriteString(" ")
			}
		}
		texts = append(texts, b.String())
	}
	for k, w := range wordStartRes {
		matched := 0
		for _, s := range texts {
			want := w.re.FindAllStringIndex(s, -1)
			if got := w.FindAllStringIndex(s); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("pattern %d (%.40s…) on %q: %v, the whole pattern %v", k, w.re.String(), s, got, want)
			}
			wantSub := w.re.FindAllStringSubmatchIndex(s, -1)
			if got := w.FindAllStringSubmatchIndex(s); !slices.EqualFunc(got, wantSub, slices.Equal) {
				t.Errorf("pattern %d (%.40s…) on %q: groups %v, the whole pattern's %v", k, w.re.String(), s, got, wantSub)
			}
			matched += len(want)
		}
		if matched == 0 {
			t.Errorf("pattern %d (%.40s…) matched none of its texts", k, w.re.String())
		}
	}
}
