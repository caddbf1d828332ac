package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// figureTexts joins the texts of the figures read in s.
func figureTexts(s string) string {
	var texts []string
	for _, f := range extract.Figures(s) {
		texts = append(texts, f.Text)
	}
	return strings.Join(texts, "|")
}

// TestAccountNumbersAreNoFigures: numbers that say who a body or a
// person is, what a regulation names, which children a cohort holds, what
// a span can mean, what a document holds or where a study looked are no
// figures; each has a near-miss that stays a figure. Sentences written
// for this test.
func TestAccountNumbersAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		sentence string
		span     string // a text no figure may hold
		keep     string // a figure's text that must stay, or ""
	}{
		// A body's make-up in its description of itself.
		{"Little Teeth Fenby is a volunteer charity run by two former school nurses and a local dentist.", "two", ""},
		{"The forum is a parent group founded by three mums of autistic children.", "three", ""},
		// The count a regulation names.
		{"Health visiting teams are required by law to offer five mandatory contacts to each new family.", "five", ""},
		// The national cohort of children in care.
		{"Of children looked after continuously for at least 12 months, 91% had a dental check.", "12 months", "91%"},
		{"Just 74% of young people who had been in care for a year or more saw a dentist.", "a year", "74%"},
		// A span as what can happen, or as a remark.
		{"Without a screen, a hearing loss can go undetected for three years.", "three years", ""},
		{"Eighteen months is an eternity for a toddler waiting to talk.", "Eighteen months", ""},
		// A span that held for a trend.
		{"Public health grants have been squeezed for nine years.", "nine years", ""},
		{"Recruitment to the school nursing course has stalled for four years, at 310 places.", "four years", "310"},
		// A person's family and journey in an account.
		{"A father bringing up three girls alone told us he had stopped asking.", "three", ""},
		{"His dad drove three hours each way to visit him at the unit.", "three hours", ""},
		// A document's own contents.
		{"This guide sets out four case studies from councils that pooled their budgets.", "four", ""},
		// Where a study looked.
		{"We analysed admissions data for the 14 trusts, counting every stay longer than a night.", "14", ""},
		{"The audit looked at dental records across five local authority areas in the South West.", "five", ""},
		// A distance that defines a group no figure counts.
		{"Inspectors met many children being cared for over 60 miles from home.", "60 miles", ""},
		// The providers a body buys extra work from.
		{"The board said it had spent £400,000 to buy extra speech therapy from three private providers.", "three", "£400,000"},
	} {
		joined := figureTexts(c.sentence)
		if strings.Contains(joined, c.span) {
			t.Errorf("%s\nfigures %q hold %q", c.sentence, joined, c.span)
		}
		if c.keep != "" && !strings.Contains(joined, c.keep) {
			t.Errorf("%s\nfigures %q lack %q", c.sentence, joined, c.keep)
		}
	}
	// Near-misses: findings stay figures.
	for _, c := range []struct{ sentence, keep string }{
		{"The clinic is run by two nurses for 4,000 children.", "4,000"},
		{"Only two of the five mandatory contacts were offered in Fenby last year.", "two"},
		{"Children had been in care for 14 months on average before their first review.", "14 months"},
		{"The delay went unnoticed for two years.", "two years"},
		{"Two years was the longest wait we found.", "Two years"},
		{"Kinship carers in the county are raising 1,200 children.", "1,200"},
		{"Families travelled an average of 70 minutes each way to the unit.", "70 minutes"},
		{"This report shows that three trusts had no clinic.", "three trusts"},
		{"The study found that 12 trusts had no eating disorder service.", "12 trusts"},
		{"Waits have been rising for four years, to 41 weeks.", "41 weeks"},
		{"Last year 96 children were cared for over 60 miles from home.", "60 miles"},
		{"Girls in the north were the most likely to be placed more than 60 miles from home.", "60 miles"},
		{"Assessments bought from private providers rose to 1,200 last year.", "1,200"},
	} {
		if joined := figureTexts(c.sentence); !strings.Contains(joined, c.keep) {
			t.Errorf("%s\nfigures %q lack %q", c.sentence, joined, c.keep)
		}
	}
}

// TestRangeWithScaleWords: a range whose ends each carry a written scale
// word ("between £4.3 billion and £4.9 billion") is one figure with its
// low and high, as "between £4.3bn and £4.9bn" already was; a change
// "from £2 million to £3 million" stays two figures. Sentences written
// for this test.
func TestRangeWithScaleWords(t *testing.T) {
	for _, c := range []struct {
		sentence string
		lo, hi   float64
	}{
		{"The shortfall could be between £1.2 billion and £1.8 billion by 2027.", 1.2e9, 1.8e9},
		{"Each council spent between £3 million and £5 million on transport.", 3e6, 5e6},
	} {
		figs := extract.Figures(c.sentence)
		if len(figs) != 1 || figs[0].Low != c.lo || figs[0].High != c.hi {
			t.Errorf("%s\nfigures %+v, want one range %g–%g", c.sentence, figs, c.lo, c.hi)
		}
	}
	if figs := extract.Figures("Spending on the service rose from £2 million to £3 million."); len(figs) != 2 {
		t.Errorf("a change read as %+v, want two figures", figs)
	}
}

// TestAttributionShortNamesAndDepartments: a publisher naming itself by
// its initials or by the word of its name that says what it is ("the
// LGA", "the College") cites no one, as its full name does; another
// body's initials or word still cite ("the RCN" in a college's release);
// a department's name that lists its parts with commas is kept whole.
// Sentences written for this test.
func TestAttributionShortNamesAndDepartments(t *testing.T) {
	for _, c := range []struct{ publisher, in, cites string }{
		{"Royal College of Emergency Medicine", "Some 6,100 children waited over 12 hours, according to the College's analysis of hospital data.", ""},
		{"Local Government Association", "The LGA estimates that the scheme cost councils £61 million last year.", ""},
		{"Royal College of Emergency Medicine", "Some 6,100 children waited over 12 hours, according to the RCN.", "RCN"},
		{"Local Government Association", "The Foundation estimates that the scheme cost councils £61 million last year.", "Foundation"},
		{"Shelter Cymru", "Some 98,400 households were in temporary accommodation, according to the Ministry of Housing, Communities and Local Government.", "Ministry of Housing, Communities and Local Government"},
		{"Sport Wales", "Figures from the Department for Digital, Culture, Media and Sport show that 44% of children were active.", "Department for Digital, Culture, Media and Sport"},
	} {
		items := extract.Extract(parseBody(t, c.publisher, c.in))
		got, found := "", false
		for _, it := range items {
			if it.Kind == evidence.Statistic {
				got, found = it.Cites, true
				break
			}
		}
		if !found || got != c.cites {
			t.Errorf("%s in %s's text: cites %q (found %v), want %q", c.in, c.publisher, got, found, c.cites)
		}
	}
}

// TestAttributionFormsOfTheWriters: attributions in forms the set's writers use
// ("according to the charity X", "X's survey of ... found that", "X now
// estimates that", "X monitoring found that", "the NCMP shows that",
// "reported by X", "the X team found that"; Ofcom a known body), each with
// a near-miss that names no source. Sentences written for this test.
func TestAttributionFormsOfTheWriters(t *testing.T) {
	for _, c := range []struct{ in, cites string }{
		{"Some 60,000 children live with a rare disease, according to the charity Genetic Alliance UK.", "Genetic Alliance UK"},
		{"About 8,000 babies a year are born early, according to estimates from the charity Bliss Network.", "Bliss Network"},
		{"The Sutton Trust’s survey of teachers in state schools found that 41% had bought food for pupils.", "Sutton Trust"},
		{"Public Health Wales now estimates that 9,300 children have a probable eating disorder.", "Public Health Wales"},
		{"Scottish Government monitoring found that 27% of pupils walked to school.", "Scottish Government"},
		{"Locally, the NCMP shows that 24.1% of Year 6 pupils were obese in 2023/24.", "NCMP"},
		{"There were 1,480 confirmed cases of whooping cough reported by the UK Health Security Agency.", "UK Health Security Agency"},
		{"The University of Leeds team found that 14% of the cohort had been admitted twice.", "University of Leeds"},
		{"Ofcom reports that 38% of children aged 8 to 11 use social media.", "Ofcom"},
		{"The College’s analysis of NHS England data shows that 9,000 children were admitted.", "NHS England"},
		// Near-misses: no source named.
		{"Our survey of parents in the county found that 41% had given up on the service.", ""},
		{"There were 1,480 confirmed cases reported by parents to the school nursing team.", ""},
	} {
		items := extract.Extract(parseBody(t, "P", c.in))
		got, found := "", false
		for _, it := range items {
			if it.Kind == evidence.Statistic {
				got, found = it.Cites, true
				break
			}
		}
		if !found || got != c.cites {
			t.Errorf("%s: cites %q (found %v), want %q", c.in, got, found, c.cites)
		}
	}
}

// TestSecondGroupIsNoPart: a second count of people named after its
// number ("We spoke to 31 parents and 14 young people") is a group beside
// the first, not part of it, so the first is no base and stays the
// headline; a bare count drawn from a surveyed group ("In a survey of 52
// nurses, 44 said") still makes that group its base. Sentences written
// for this test.
func TestSecondGroupIsNoPart(t *testing.T) {
	for _, c := range []struct{ in, headline string }{
		{"We spoke to 31 parents and 14 young people over the summer, and most said the wait was too long.", "31"},
		{"We heard from 640 people: 402 parents and carers and 238 young people, through an online form.", "640"},
		{"We heard from 57 families across the district, caring for 63 disabled children between them.", "57"},
		{"In a survey of 52 school nurses, 44 said they had no time for health reviews.", "44"},
	} {
		var got string
		for _, it := range extract.Extract(parseBody(t, "P", c.in)) {
			if h, ok := it.Headline(); ok {
				got = h.Text
			}
		}
		if !strings.HasPrefix(got, c.headline) {
			t.Errorf("%s\nheadline %q, want %q", c.in, got, c.headline)
		}
	}
}

// TestSecondBodyCalledOn: "calling on X to ..., and on Y to ..." asks
// both bodies, as "..., and Y to ..." already did. Sentences written for
// this test.
func TestSecondBodyCalledOn(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []evidence.Actor
	}{
		{"We are calling on the Department of Health and Social Care to fund the pilot, and on NHS England to publish waits by age.", []evidence.Actor{evidence.DHSC, evidence.NHSE}},
	} {
		items := extract.Extract(parseBody(t, "P", c.in))
		if len(items) == 0 || items[0].Kind != evidence.Recommendation {
			t.Fatalf("%s: no recommendation in %+v", c.in, items)
		}
		got := items[0].Actors
		for _, a := range c.want {
			found := false
			for _, g := range got {
				found = found || g == a
			}
			if !found {
				t.Errorf("%s: actors %v lack %v", c.in, got, a)
			}
		}
	}
}
