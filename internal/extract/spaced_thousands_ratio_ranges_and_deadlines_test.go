package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestSpaceGroupedThousands: journals and the SI style group a number's
// thousands with a space, plain, thin or no-break ("412 000 pupils", "a
// further 27 500"): one number, written as it is. A space between two
// numbers that are not one stays a break: an age band's end before a
// count, a year before a count, a list or table number, a phone number.
// Before: "000 pupils" a count of nothing and the thousands lost.
func TestSpaceGroupedThousands(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
		text string
	}{
		{"Some 412 000 pupils were absent for a tenth of sessions last year.", 412000, "412 000 pupils"},
		{"A further 27 500 families were placed in bed and breakfasts.", 27500, "27 500 families"},
		{"Almost 1 250 000 appointments were missed in the year.", 1250000, "1 250 000 appointments"},
		{"In 2024 14 000 children were referred to the service.", 14000, "14 000 children"},
		{"Around 96\u2009000 children were on the list in June.", 96000, "96\u2009000 children"},
	} {
		figs := extract.Figures(c.s)
		found := false
		for _, f := range figs {
			if f.Value == c.want {
				found = true
				if !strings.HasSuffix(f.Text, c.text) {
					t.Errorf("%q: figure text %q, want it to end %q", c.s, f.Text, c.text)
				}
			}
			if f.Value == 0 {
				t.Errorf("%q: a zero figure %q", c.s, f.Text)
			}
		}
		if !found {
			t.Errorf("%q: no figure %v in %+v", c.s, c.want, figs)
		}
	}
	for _, c := range []struct {
		s   string
		bad float64
	}{
		{"Young people aged 11 to 16 100 times more likely to be seen.", 16100},
		{"Call 0800 123 456 for advice on the helpline.", 123456},
		{"In Year 6 120 pupils were measured by the school nurses.", 6120},
	} {
		for _, f := range extract.Figures(c.s) {
			if f.Value == c.bad {
				t.Errorf("%q: two numbers read as one %q", c.s, f.Text)
			}
		}
	}
}

// TestActionsForPartnersAskEachOwner: a heading of actions for readers
// that names no body ("Actions for partners", "Actions for system
// partners") heads items each owned by the body it opens with, in the
// infinitive ("Local authorities to publish ..."), as a meeting's
// actions are. An item owned by no body, and items under a heading of
// what a body did, ask nothing.
func TestActionsForPartnersAskEachOwner(t *testing.T) {
	body := "## Actions for system partners\n\n" +
		"1. Local authorities to publish the number of children waiting for a school place assessment.\n" +
		"2. Community trusts to offer an evening clinic in each locality by March.\n" +
		"3. Everyone to keep an eye on the newsletter for dates.\n"
	got := recs(t, body)
	if len(got) != 2 {
		t.Fatalf("recommendations %q, want the two owned by bodies", got)
	}
	for i, want := range []string{"Local authorities", "Trusts"} {
		if !strings.HasSuffix(got[i], "|"+want) {
			t.Errorf("item %d: %q, want it asked of %s", i+1, got[i], want)
		}
	}
	if got := recs(t, "## Actions by partners\n\n1. Local authorities to publish the number of children waiting.\n"); len(got) != 0 {
		t.Errorf("actions by partners: %q, want none", got)
	}
}

// TestDeadlineAskedOfABodyIsNoFigure: the time within which, or how
// often, an ask wants a body to act ("Schools should tell the school
// nurse within three working days", "The trust to call each family at
// least every six weeks") is a term of the ask, not a finding. A standard
// measured by a share ("90% of children should be seen within six
// weeks"), a finding ("seen within 18 weeks") and a duty ("must respond
// within 28 days", which the law may set) keep their figures.
func TestDeadlineAskedOfABodyIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"Schools should tell the school nurse within three working days when a pupil with diabetes joins.",
		"Provider trusts to call each family on the list at least every six weeks.",
		"Local authorities should share a child's new address with their GP within 72 hours of a move.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: figures %+v, want none", s, figs)
		}
	}
	for _, s := range []string{
		"The standard is that 90% of children should be seen within six weeks of referral.",
		"Only 41% of children were seen within 18 weeks.",
	} {
		found := false
		for _, f := range extract.Figures(s) {
			if f.Unit == "weeks" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: the weeks no figure: %+v", s, extract.Figures(s))
		}
	}
}

// TestTimeWorthGivingIsNoFigure: a note saying a paper is worth some
// minutes of the reader's time ("worth ten minutes if you can", "well
// worth 15 minutes") says how long reading takes, as a reading time does;
// minutes a finding measures stay figures.
func TestTimeWorthGivingIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"The summary is short and worth ten minutes before Tuesday's board.",
		"Well worth 15 minutes of your time if you can spare them.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: figures %+v, want none", s, figs)
		}
	}
	s := "Parents said a call was worth waiting for, though the average hold was 25 minutes."
	if len(extract.Figures(s)) == 0 {
		t.Errorf("%q: the hold time no figure", s)
	}
}

// TestHedgedYearLikeCountIsACount: a count between 1800 and 1989
// written without a thousands comma and hedged ("about 1800 first
// appointments", "nearly 1950 families") is a count, as no report of
// children's services dates its findings by such a year hedged so; a
// recent year hedged ("around 2020 services") and an unhedged old year
// ("the 1948 settlement") stay years.
func TestHedgedYearLikeCountIsACount(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"The clinic had 2900 referrals but capacity for about 1800 first appointments.", 1800},
		{"Nearly 1950 families were placed in temporary homes.", 1950},
	} {
		found := false
		for _, f := range extract.Figures(c.s) {
			found = found || f.Value == c.want
		}
		if !found {
			t.Errorf("%q: no count %v in %+v", c.s, c.want, extract.Figures(c.s))
		}
	}
	for _, s := range []string{
		"Around 2020 services began to close their waiting lists.",
		"The 1948 settlement made care free at the point of use.",
	} {
		for _, f := range extract.Figures(s) {
			if f.Value >= 1800 {
				t.Errorf("%q: a year read as a count %q", s, f.Text)
			}
		}
	}
}

// TestStudyPlacesBesideAPlaceAreNoFigure: the places a survey drew its
// families from, named beside a place of its own ("across Harlow and
// three neighbouring boroughs", "in the city and two nearby districts"),
// are the study's scope, as "across three areas" is; the families counted
// stay a figure.
func TestStudyPlacesBesideAPlaceAreNoFigure(t *testing.T) {
	s := "In spring we surveyed 240 families in temporary homes across Harlow and three neighbouring boroughs, and met parents twice."
	var got []float64
	for _, f := range extract.Figures(s) {
		got = append(got, f.Value)
	}
	if len(got) != 1 || got[0] != 240 {
		t.Errorf("%q: figures %v, want only 240", s, got)
	}
}

// TestRatioRangeIsOneFigure: a multiple given as a range in words
// ("three to four times as likely", "two or three times higher") is one figure with both
// ends, as "10-15 years" is; before, only its high end was read.
func TestRatioRangeIsOneFigure(t *testing.T) {
	for _, c := range []struct {
		s         string
		low, high float64
	}{
		{"Girls in care are around three to four times as likely to self-harm as their peers.", 3, 4},
		{"Admission rates were two or three times higher in the most deprived wards.", 2, 3},
	} {
		figs := extract.Figures(c.s)
		if len(figs) != 1 || figs[0].Unit != "ratio" || figs[0].Low != c.low || figs[0].High != c.high || figs[0].Value != c.low {
			t.Errorf("%q: figures %+v, want one ratio %v-%v", c.s, figs, c.low, c.high)
		}
	}
	if figs := extract.Figures("Boys were four times as likely to be referred."); len(figs) != 1 || figs[0].Value != 4 || figs[0].High != 0 {
		t.Errorf("single ratio: %+v", figs)
	}
}

// TestLawOpeningAStatementAsksNothing: a sentence that opens by saying
// it tells the law ("By law, schools should not ...", "Under the law,
// councils must ...", "Legally, ...") gives an account of a duty, not
// the writer's ask; the same words without the opening still ask.
func TestLawOpeningAStatementAsksNothing(t *testing.T) {
	for _, s := range []string{
		"By law, councils should not keep a family with children in a hostel for more than six weeks, but parents told us it happens.",
		"Under the law, schools should publish how they support pupils with medical conditions, yet few do.",
		"Legally, local authorities should assess a young carer who asks for it.",
	} {
		if got := recs(t, s+"\n"); len(got) != 0 {
			t.Errorf("%q read as a recommendation: %q", s, got)
		}
	}
	if got := recs(t, "Councils should not keep a family with children in a hostel for more than six weeks.\n"); len(got) != 1 {
		t.Errorf("the ask without the law: %q, want one", got)
	}
}
