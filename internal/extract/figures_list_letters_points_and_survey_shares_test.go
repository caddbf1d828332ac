package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestListLetterIsNoHedge: "c." after a word naming one of a list
// ("option c.", "paragraph c.", "Option C.", "options a, b and c.") is
// the list's letter ending its sentence, not "circa": the count after it
// is plain. "c. 190" elsewhere stays hedged.
func TestListLetterIsNoHedge(t *testing.T) {
	for _, c := range []struct{ text, figure string }{
		{"The panel preferred option c. 14 children were still waiting for a plan in March.", "14 children"},
		{"The costs are set out under paragraph c. 31 families had asked for a review.", "31 families"},
		{"The board chose Option C. 27 families joined the pilot in its first month.", "27 families"},
		{"We considered options a, b and c. 12 schools had no nurse by the summer.", "12 schools"},
	} {
		var got *evidence.Item
		items := extract.Extract(parseBody(t, "P", "## Options\n\n"+c.text+"\n"))
		for i, it := range items {
			if it.Kind == evidence.Statistic && strings.Contains(it.Text, c.figure) {
				got = &items[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no statistic holding %q", c.text, c.figure)
			continue
		}
		h, ok := got.Headline()
		if !ok || h.Text != c.figure || h.Qualifier != "" {
			t.Errorf("%q: headline %q (qualifier %q), want %q with no hedge", c.text, h.Text, h.Qualifier, c.figure)
		}
		if strings.Contains(got.Text, "c. ") || strings.Contains(got.Text, "C. ") {
			t.Errorf("%q: item %q holds the list letter's sentence", c.text, got.Text)
		}
	}
	it := itemOf(t, "There were c. 190 children waiting at the end of March.")
	if h, _ := it.Headline(); h.Text != "c. 190 children" || h.Qualifier == "" {
		t.Errorf("a hedge lost: headline %q (qualifier %q)", h.Text, h.Qualifier)
	}
}

// TestClassListsSharedWithTheWriterAskTheSchools: a service's letter to
// schools asking them to share or send their class lists "with us" or "to
// us" asks the schools to pass children's records to the service that
// writes, as "with the school nursing team" does; "send us your views"
// and "share this letter with your staff" still ask nothing.
func TestClassListsSharedWithTheWriterAskTheSchools(t *testing.T) {
	for sentence, want := range map[string]string{
		"Please share your class lists with us by the end of September.":         "Schools",
		"Please send your Reception class lists to us before the first clinic.":  "Schools",
		"Please could you share your pupil lists with us so we can book visits.": "Schools",
		"Please send us your views on the new consent form by Friday.":           "",
		"Please share this letter with your staff and governors.":                "",
	} {
		body := "Dear Headteacher,\n\nThe dental survey team will visit Reception classes in the autumn term.\n\n" + sentence + "\n\nKind regards,\n\nAmina\n"
		got, kind := "", evidence.Kind("")
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			if it.Text == sentence {
				kind = it.Kind
				var as []string
				for _, a := range it.Actors {
					as = append(as, string(a))
				}
				got = strings.Join(as, ",")
			}
		}
		switch {
		case want == "" && kind == evidence.Recommendation:
			t.Errorf("%q: %s (%s), want no recommendation", sentence, kind, got)
		case want != "" && (kind != evidence.Recommendation || got != want):
			t.Errorf("%q: %s (%s), want a recommendation of %s", sentence, kind, got, want)
		}
	}
}

// TestPercentagePointsAreAChangeInPoints: a change stated in percentage
// points ("fell by 4 percentage points", "was 9 percentage points
// lower") is a change in points, unit other, never a percentage of
// anything; where it is the share's only figure, the time limit the share
// is counted against is its threshold and the change the headline, so a
// badge quotes "4 percentage points", not "18 weeks". Before, "within 18
// weeks" had no role and was the headline.
func TestPercentagePointsAreAChangeInPoints(t *testing.T) {
	for _, c := range []struct{ sentence, headline, change, threshold string }{
		{"The share of pupils seen within 18 weeks fell by 4 percentage points in 2024.", "4 percentage points", "down 4 percentage points", "18 weeks"},
		{"The proportion of babies reviewed within eight weeks rose by 6 percentage points last year.", "6 percentage points", "up 6 percentage points", "eight weeks"},
		{"Second-dose uptake in the most deprived wards was 7 percentage points lower than in the least deprived.", "7 percentage points", "down 7 percentage points", ""},
		{"The share seen within 18 weeks fell by 4 percentage points to 61%.", "61%", "down 4 percentage points", "18 weeks"},
	} {
		it := itemOf(t, c.sentence)
		h, ok := it.Headline()
		if !ok || h.Text != c.headline || h.Record.Change != c.change {
			t.Errorf("%q: headline %q (%s, change %q), want %q, change %q", c.sentence, h.Text, h.Unit, h.Record.Change, c.headline, c.change)
		}
		threshold := ""
		for _, f := range it.Figures {
			if strings.Contains(f.Text, "percentage points") && (f.Unit != evidence.UnitOther || f.Role != evidence.RoleChange) {
				t.Errorf("%q: %q is %s, role %q, want a change in points (unit other)", c.sentence, f.Text, f.Unit, f.Role)
			}
			if f.Role == evidence.RoleThreshold {
				threshold = f.Text
			}
		}
		if threshold != c.threshold {
			t.Errorf("%q: threshold %q, want %q", c.sentence, threshold, c.threshold)
		}
	}
}

// TestStatedWaitBeforeASharePastALimit: a wait or stay stated as the
// first clause's finding ("The median wait was 27 weeks") stays the
// sentence's headline when a later clause counts a share or people past
// a time limit ("and 19% had waited more than a year"): each clause's
// level is a headline, and the item's is the first. Before, the later
// clause's share or count was the only headline, so a badge quoted it for
// the wait. A time limit counted against in the first clause is still no
// headline.
func TestStatedWaitBeforeASharePastALimit(t *testing.T) {
	for _, c := range []struct{ sentence, headline, later string }{
		{"The median wait for an autism assessment was 27 weeks, and 540 children (19%) had waited more than a year.", "27 weeks", "19%"},
		{"The average wait for a wheelchair was 16 weeks, and 83 children had waited more than 26 weeks.", "16 weeks", "83 children"},
		{"The median wait for a first appointment is now 58 weeks, and roughly one in three children has been waiting longer than two years.", "58 weeks", "roughly one in three"},
		{"The median length of stay on the ward was 4 days, and eight in 10 children went home within a week.", "4 days", "eight in 10"},
		{"The median stay was three days, but 21% of admissions lasted more than ten days.", "three days", "21%"},
	} {
		it := itemOf(t, c.sentence)
		if h, ok := it.Headline(); !ok || h.Text != c.headline {
			t.Errorf("%q: headline %q, want %q", c.sentence, h.Text, c.headline)
		}
		later := false
		for _, f := range it.Figures {
			later = later || f.Text == c.later && f.Role == evidence.RoleHeadline
		}
		if !later {
			t.Errorf("%q: %q is no longer its clause's headline: %v", c.sentence, c.later, it.Figures)
		}
	}
	// The limit in the first clause stays a threshold, the share the headline.
	it := itemOf(t, "Children waiting more than 18 weeks made up 31% of the list, and the median wait was 12 weeks.")
	if h, _ := it.Headline(); h.Text != "31%" {
		t.Errorf("headline %q, want the share 31%%", h.Text)
	}
}

// TestSurveyCountAndShareJoinedByAnd: people counted answering a survey
// and a share of them who backed, supported or chose something are the
// share's base and headline, with or without a comma before "and":
// "310 pupils replied and 84% said", "More than 700 parents answered, and
// 62% backed the plan". Before, a missing comma or a verb of support
// left the count the headline.
func TestSurveyCountAndShareJoinedByAnd(t *testing.T) {
	for _, c := range []struct{ sentence, headline, base string }{
		{"In our spring poll, 310 pupils replied and 84% said the new timetable worked for them.", "84%", "310 pupils"},
		{"More than 700 parents answered the consultation, and 62% backed a later start to clinics.", "62%", "More than 700 parents"},
		{"Some 450 residents took part, and 58% supported moving the clinic to the family hub.", "58%", "Some 450 residents"},
	} {
		it := itemOf(t, c.sentence)
		if h, ok := it.Headline(); !ok || h.Text != c.headline {
			t.Errorf("%q: headline %q, want %q", c.sentence, h.Text, c.headline)
		}
		base := ""
		for _, f := range it.Figures {
			if f.Role == evidence.RoleBase {
				base = f.Text
			}
		}
		if base != c.base {
			t.Errorf("%q: base %q, want %q", c.sentence, base, c.base)
		}
	}
	// A count of people and a share that did something other than answer
	// keep no base.
	it := itemOf(t, "The clinic saw 412 children and 38% waited more than 18 weeks.")
	for _, f := range it.Figures {
		if f.Role == evidence.RoleBase {
			t.Errorf("%q marked a base", f.Text)
		}
	}
}

// TestChangeBetweenYearsToALevel: "rose by 18% between 2021/22 and
// 2023/24, to 5,640" reaches a level after the years it spans, as "rose by
// 18% in 2024 to 5,640" does: the level is the headline, the 18% its
// change. Before, the change was the headline.
func TestChangeBetweenYearsToALevel(t *testing.T) {
	for _, c := range []struct{ sentence, headline string }{
		{"Calls to the parents' helpline rose by 18% between 2021/22 and 2023/24, to 5,640.", "5,640"},
		{"School nurse vacancies fell by 9% between 2022 and 2024 to 61 posts.", "61 posts"},
	} {
		it := itemOf(t, c.sentence)
		if h, ok := it.Headline(); !ok || h.Text != c.headline {
			t.Errorf("%q: headline %q, want %q (%v)", c.sentence, h.Text, c.headline, it.Figures)
		}
	}
}
