package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestPlannedHiresAndTeamsInPlaceAreNoFigures: people a body will recruit
// and new teams that "will be in place" are a plan, as the development
// set labels "We will recruit 12 young quality champions" and "will start"
// reads; a plan with its money, and what was recruited, stay figures.
// Before (hostile check 60), "We will recruit 12 new health visitors" and
// "Two new teams will be in place" were counts. Sentences invented.
func TestPlannedHiresAndTeamsInPlaceAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		sentence string
		value    float64
		figure   bool
	}{
		{"We will recruit 14 new school nurses by April 2026.", 14, false},
		{"The plan is to recruit 14 school nurses by April 2026.", 14, false},
		{"The trust intends to hire 30 more healthcare assistants next year.", 30, false},
		{"Four new crisis teams will be in place by January.", 4, false},
		{"Five new practitioner posts are planned for 2026.", 5, false},
		{"We will recruit 14 new school nurses, funded from a £600,000 grant.", 14, true},
		{"The trust recruited 14 new school nurses in 2025.", 14, true},
		{"Funding allowed us to appoint 14 new school nurses.", 14, true},
		{"Four new crisis teams started work in January.", 4, true},
	} {
		got := false
		for _, f := range extract.Figures(c.sentence) {
			if f.Value == c.value && f.Unit == "count" {
				got = true
			}
		}
		if got != c.figure {
			t.Errorf("%s: %v a figure %v, want %v (%v)", c.sentence, c.value, got, c.figure, extract.Figures(c.sentence))
		}
	}
}

// TestPlannedHiresWordedAsIntentions: "are planning to", "plan to", "are
// looking to" and "aim to" recruit, hire or appoint, staff or people of a
// plural noun, are the plan "will recruit" is, no figure; staff appointed
// or a plan naming its money stay figures. Before (hostile check 62), "We
// are planning to recruit 20 staff next year" was a count of 20 staff.
func TestPlannedHiresWordedAsIntentions(t *testing.T) {
	for _, c := range []struct {
		sentence string
		value    float64
		figure   bool
	}{
		{"We are planning to recruit 23 staff next year.", 23, false},
		{"The service plans to hire 23 staff in 2026.", 23, false},
		{"We plan to appoint 23 family support workers.", 23, false},
		{"The board is looking to recruit 23 staff over the winter.", 23, false},
		{"The council aims to appoint 23 health visitors by 2027.", 23, false},
		{"We are planning to recruit 23 staff, funded from a £900,000 grant.", 23, true},
		{"The service appointed 23 staff in 2025.", 23, true},
		{"The council employs 23 staff in its 0-19 team.", 23, true},
	} {
		got := false
		for _, f := range extract.Figures(c.sentence) {
			if f.Value == c.value && f.Unit == "count" {
				got = true
			}
		}
		if got != c.figure {
			t.Errorf("%s: %v a figure %v, want %v (%v)", c.sentence, c.value, got, c.figure, extract.Figures(c.sentence))
		}
	}
}

// TestRecruitsBesideAPlanAreCountedThePlanIsNot: a plan and what was
// done in one sentence: the people already recruited are a count measured
// "recruited" (their noun elided after the plan's, "having already
// recruited 17 this year"), and the plan is no figure; money "will be
// used to recruit" people is a plan; "plan to recruit 11 more" after a
// count is one too, and the count's people are "staff", never "staff and
// plan to recruit". Before (hostile check 63): the 17 was lost, "will be
// used to recruit 9" a count of 9, and the staff counted "staff and plan
// to recruit" measuring "we have recruited 11 more".
func TestRecruitsBesideAPlanAreCountedThePlanIsNot(t *testing.T) {
	for _, c := range []struct {
		sentence        string
		value           float64
		measure, people string
	}{
		{"The trust is planning to recruit 26 health visitors, having already recruited 17 this year.", 17, "recruited", ""},
		{"We have recruited 22 staff and plan to recruit 11 more.", 22, "we have recruited", "staff"},
		{"The service recruited 17 school nurses in 2025 and is planning to recruit 26.", 17, "service recruited", "school nurses"},
		{"Funding will be used to recruit 9 mental health practitioners.", 0, "", ""},
		{"The grant is to be used to employ 9 family workers.", 0, "", ""},
	} {
		figs := itemFiguresOf(t, c.sentence)
		if c.value == 0 {
			if len(figs) != 0 {
				t.Errorf("%s: %+v, want no figure", c.sentence, figs)
			}
			continue
		}
		if len(figs) != 1 {
			t.Errorf("%s: %+v, want one figure", c.sentence, figs)
			continue
		}
		f := figs[0]
		if f.Value != c.value || f.Unit != "count" || f.Measure != c.measure || f.Population != c.people {
			t.Errorf("%s: %g (%s) measuring %q of %q; want %g count measuring %q of %q", c.sentence, f.Value, f.Unit, f.Measure, f.Population, c.value, c.measure, c.people)
		}
	}
	for _, s := range []string{"The trust has recruited 17 health visitors this year.", "Funding was used to recruit 9 mental health practitioners in 2025."} {
		if len(itemFiguresOf(t, s)) != 1 {
			t.Errorf("%s: %+v, want the recruits a figure", s, itemFiguresOf(t, s))
		}
	}
}

// TestConcessionUnderAnAgeIsNoFigure: "under-2s free" beside a price per
// head is a concession, as "siblings free" is. Before (hostile check 60):
// £3 a head, "under-2s free" in its measure.
func TestConcessionUnderAnAgeIsNoFigure(t *testing.T) {
	for _, s := range []string{"Entry £4 per child, under-3s free.", "Tickets £5 per family, under-5s go free."} {
		if figs := extract.Figures(s); len(figs) > 0 {
			t.Errorf("%s: %v, want no figure", s, figs)
		}
	}
}

// TestQuotedStoryBrokenBySpeaker: a duration in words inside a quote broken
// by its speaker is the speaker's story, read in its own part of the
// quote, while a share in digits in the other part stays a figure, its
// measure never the story's words. Before (hostile check 60): 9 months,
// and the 40% measured "we waited,” one parent said".
func TestQuotedStoryBrokenBySpeaker(t *testing.T) {
	for _, c := range []struct {
		sentence string
		share    float64
	}{
		{"“It took eleven months,” said one father, “and 35% of the families we met waited longer.”", 35},
		{"“We waited eleven months,” one carer said, “and 45% of carers in our group did too.”", 45},
	} {
		figs := extract.Figures(c.sentence)
		found := false
		for _, f := range figs {
			if f.Unit == "months" {
				t.Errorf("%s: the story's months a figure: %v", c.sentence, f)
			}
			if f.Unit == "percent" && f.Value == c.share {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no share of %v: %v", c.sentence, c.share, figs)
		}
	}
	// A quoted wait in digits stays a figure.
	if figs := extract.Figures("“We waited 11 months,” one carer said."); len(figs) == 0 {
		t.Error("a quoted wait in digits is no figure")
	}
}

// TestPlannedHiresInThePassiveAreNoFigures: people who "will be
// recruited" or "are to be appointed" are a plan, no figure, while people
// who were recruited stay a count. Before (hostile check 64), "A further
// 10 staff will be recruited in 2025." was a count of 10 staff in 2025.
func TestPlannedHiresInThePassiveAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"A further 12 support workers will be recruited in 2026.",
		"Six new family practitioners are to be appointed next spring.",
		"Another 40 nurses are expected to be hired by the trust.",
	} {
		if figs := itemFiguresOf(t, s); len(figs) != 0 {
			t.Errorf("%q: %+v, want no figure", s, figs)
		}
	}
	for _, s := range []string{
		"In 2024, 12 support workers were recruited.",
		"12 support workers have been recruited since April.",
	} {
		if figs := itemFiguresOf(t, s); len(figs) != 1 || figs[0].Value != 12 {
			t.Errorf("%q: %+v, want the 12 recruited", s, figs)
		}
	}
}

// TestPlansToHaveOrFundPeopleAreNoFigures: people a body "hopes to have"
// or "plans to have" in post, and those money "will pay for", are a
// plan, no figure; posts "funded" or "paid for" stay counts, and so do
// those a body "will fund", its own decision, as the development set
// labels it. Before (hostile check 64), "hopes to have 30 staff in post by
// March 2025" was a count of 30 staff dated March 2025, and "Funding will
// pay for 8 ..." a count of 8.
func TestPlansToHaveOrFundPeopleAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"The school nursing team hopes to have 26 nurses in post by April 2026.",
		"We hope to have 14 family workers in place next year.",
		"The new grant will pay for 9 speech and language therapists.",
	} {
		if figs := itemFiguresOf(t, s); len(figs) != 0 {
			t.Errorf("%q: %+v, want no figure", s, figs)
		}
	}
	for _, s := range []string{
		"The council has funded 5 youth workers since 2022.",
		"The council will fund 5 more youth workers from September.",
		"The grant paid for 9 speech and language therapists in 2023.",
		"The team has 26 nurses in post.",
	} {
		figs := itemFiguresOf(t, s)
		if len(figs) != 1 || figs[0].Value <= 1 {
			t.Errorf("%q: %+v, want one count", s, figs)
		}
	}
}

// TestHiresMadeBesideAPlanKeepTheirOwnClause: what was recruited, beside
// a plan in the same sentence, is counted with its own words and time,
// and none of the plan's. Before (hostile check 64), "; 15 were
// recruited last year" after a plan was lost; "and expect to recruit 8
// more" was part of the 12's measure; and "Having recruited 15 ..., the
// trust plans to recruit 20 more by 2025" dated the 15 2025.
func TestHiresMadeBesideAPlanKeepTheirOwnClause(t *testing.T) {
	figs := itemFiguresOf(t, "The service intends to recruit 18 play workers; 11 were recruited in 2023.")
	if len(figs) != 1 || figs[0].Value != 11 || figs[0].Period != "2023" || !strings.Contains(figs[0].Measure, "recruited") {
		t.Errorf("recruited after a plan: %+v, want the 11 recruited in 2023", figs)
	}
	figs = itemFiguresOf(t, "The service intends to recruit 18 play workers; 11 were recruited last year.")
	if len(figs) != 1 || figs[0].Value != 11 || figs[0].Period != "" {
		t.Errorf("recruited last year after a plan: %+v, want the 11, undated", figs)
	}
	figs = itemFiguresOf(t, "We appointed 7 school nurses in 2022 and expect to appoint 4 more in 2025.")
	if len(figs) != 1 || figs[0].Value != 7 || figs[0].Period != "2022" || strings.Contains(figs[0].Measure, "expect") || strings.Contains(figs[0].Key, "#4") {
		t.Errorf("appointed, then expected: %+v, want the 7 of 2022 alone", figs)
	}
	figs = itemFiguresOf(t, "Having appointed 9 family nurses, the partnership plans to appoint 6 more by 2027.")
	if len(figs) != 1 || figs[0].Value != 9 || figs[0].Period != "" || strings.Contains(figs[0].Measure, "plan") || strings.Contains(figs[0].Key, "#6") {
		t.Errorf("appointed, then a plan: %+v, want the 9, undated, with none of the plan", figs)
	}
	// Near-miss: a comma before a clause that plans nothing ends no clause.
	figs = itemFiguresOf(t, "Having appointed 9 family nurses in 2024, the partnership saw waits fall.")
	if len(figs) != 1 || figs[0].Period != "2024" {
		t.Errorf("appointed in 2024: %+v, want the 9 of 2024", figs)
	}
}
