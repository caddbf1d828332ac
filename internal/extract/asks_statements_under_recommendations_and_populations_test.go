package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestStatementsUnderRecommendations: a numbered item under a heading of
// recommendations that states what is or was so ("Waiting times have
// risen …", "Only a third of families were offered …", "There is still
// no …", "Referrals … are rising …", "Fewer than half … had a plan")
// asks nothing: it is a finding, a statistic where it holds a figure,
// and the list's asks keep their numbers; a wish put as a noun phrase or
// a state ("A named key worker for every family", "Every child in care is
// offered …"), a body asked in the passive, a target ("By 2030, …")
// and a statement with an obligation after it ("…, and it should do so")
// are still asks (leftovers
// round 25). Before, every item was a recommendation, "Waiting times have
// risen in every ICB area" one of ICBs.
func TestStatementsUnderRecommendations(t *testing.T) {
	body := "## Recommendations\n\n" +
		"1. NHS England should publish waiting times for community paediatrics every month.\n" +
		"2. Waiting times have risen in every ICB area since 2019.\n" +
		"3. Only a third of families were offered support while they waited.\n" +
		"4. There is still no national standard for autism assessment waits.\n" +
		"5. Referrals to children's mental health services are rising faster than staffing.\n" +
		"6. Integrated care boards must fund a named key worker for every autistic child.\n" +
		"7. A named key worker for every family on the waiting list.\n" +
		"8. Every child in care is offered a health review within a month of arriving.\n" +
		"9. Schools have been asked to name a mental health lead by September.\n" +
		"10. Fewer than half of the ICBs we contacted had a plan for autism waits.\n" +
		"11. Support for children who have waited more than a year for an assessment.\n" +
		"12. By 2030, every child in care has been offered a named key worker.\n" +
		"13. The ICB has not published its waits, and it should do so.\n"
	checkLines(t, itemLines(parseBody(t, "P", body)), []string{
		"recommendation|1|NHSE|NHS England should publish waiting times for community paediatrics every month.",
		"excerpt|||Waiting times have risen in every ICB area since 2019.",
		"statistic|||Only a third of families were offered support while they waited.",
		"excerpt|||There is still no national standard for autism assessment waits.",
		"excerpt|||Referrals to children's mental health services are rising faster than staffing.",
		"recommendation|6|ICBs|Integrated care boards must fund a named key worker for every autistic child.",
		"recommendation|7||A named key worker for every family on the waiting list.",
		"recommendation|8||Every child in care is offered a health review within a month of arriving.",
		"recommendation|9|Schools|Schools have been asked to name a mental health lead by September.",
		"statistic|||Fewer than half of the ICBs we contacted had a plan for autism waits.",
		"recommendation|11||Support for children who have waited more than a year for an assessment.",
		"recommendation|12||By 2030, every child in care has been offered a named key worker.",
		"recommendation|13|ICBs|The ICB has not published its waits, and it should do so.",
	})
}

// TestWillNeedToLeadIn: "X will need to:" over a list, as guidance and
// plans set out what bodies must do, asks each item of X, numbered when
// the list is, under any heading (leftovers round 25).
func TestWillNeedToLeadIn(t *testing.T) {
	for _, c := range []struct{ heading, lead, actor string }{
		{"## Autism assessment", "Integrated care boards will need to:", "ICBs"},
		{"## What happens next", "To meet the standard, providers will need to:", "Trusts"},
		{"## Our plan for 2025", "Each local authority will need to:", "Local authorities"},
	} {
		body := c.heading + "\n\n" + c.lead + "\n\n1. set out a plan to cut waits for autism assessment\n2. publish the number of children waiting each quarter\n"
		got := recSummaries(extract.Extract(parseBody(t, "P", body)), true)
		want := []string{
			"1|set out a plan to cut waits for autism assessment|" + c.actor,
			"2|publish the number of children waiting each quarter|" + c.actor,
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%q:\n%s\nwant\n%s", c.lead, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestLabelledLeadInWithPurpose: a purpose clause before a labelled
// lead-in's modal ("Recommendation 3: To reduce waits, NHS England
// should:") leaves it a lead-in that points to its list: it is no item,
// and each item is the body's recommendation numbered as the label
// numbers it, as without the clause (leftovers round 25). Before, the
// lead-in was recommendation 3, asking nothing, and its items had no
// number.
func TestLabelledLeadInWithPurpose(t *testing.T) {
	list := "\n\n- set a national standard for autism assessment waits\n- fund twenty new diagnostic teams in the regions\n"
	for _, c := range []struct{ lead, num string }{
		{"Recommendation 3: To reduce waits, NHS England should:", "3"},
		{"R3 In order to cut waits, NHS England should:", "R3"},
		{"Recommendation 3: So that no family waits alone, NHS England should:", "3"},
		{"### Recommendation 3\n\nTo reduce waits, NHS England should:", "3"},
	} {
		got := recSummaries(extract.Extract(parseBody(t, "P", "## Recommendations\n\n"+c.lead+list)), true)
		want := []string{
			c.num + "|set a national standard for autism assessment waits|NHSE",
			c.num + "|fund twenty new diagnostic teams in the regions|NHSE",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%q:\n%s\nwant\n%s", c.lead, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestMoreAsksWithoutTheirBodysModal: more of the family of asks put
// without the body's own modal, each naming its body: "The time has
// come for X to", "It is incumbent on X to", "X would be well advised
// to", "X would do well to", "We would advise X to", "We invite X to",
// "It falls to X to", "The onus is on X to", "We look to X to", "It is
// high time X published",
// "We suggest that X …", "Our recommendation to X is that …", "Our
// advice to X is to …", and a wish to see a body act with a verb whose
// past is its own ("We would like to see NHS England set …"); while
// the same words about no body, a reply asked for, a statement after
// "suggest that" and a prediction stay excerpts (leftovers round 25).
// Before, each ask was an excerpt, and "set" was read as a participle, so
// the wish asked no one.
func TestMoreAsksWithoutTheirBodysModal(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"The time has come for ministers to fund school nursing properly.", "recommendation||Government|"},
		{"It is incumbent on integrated care boards to publish their waits every quarter.", "recommendation||ICBs|"},
		{"Integrated care boards would be well advised to publish their waits every quarter.", "recommendation||ICBs|"},
		{"NHS England would do well to publish these figures every month.", "recommendation||NHSE|"},
		{"We would strongly advise the council to keep the short breaks service open.", "recommendation||Local authorities|"},
		{"We invite NHS England to set a national standard for autism assessment waits.", "recommendation||NHSE|"},
		{"We suggest that ICBs publish their waits for autism assessment every quarter.", "recommendation||ICBs|"},
		{"Our recommendation to the council is that it keeps the short breaks service open.", "recommendation||Local authorities|"},
		{"Our advice to integrated care boards is to publish their waits every quarter.", "recommendation||ICBs|"},
		{"We would like to see NHS England set a national standard for autism assessment waits.", "recommendation||NHSE|"},
		{"We would like to see the council put families first when it plans short breaks.", "recommendation||Local authorities|"},
		{"It falls to integrated care boards to publish their waits every quarter.", "recommendation||ICBs|"},
		{"The onus is on NHS England to set a national standard for autism assessment waits.", "recommendation||NHSE|"},
		{"We look to the government to fund school nursing properly from next April.", "recommendation||Government|"},
		{"It is high time NHS England published these figures for every area.", "recommendation||NHSE|"},
		// Not asks.
		{"The time has come for families to be heard by the people who plan their care.", "excerpt|||"},
		{"We invite the council to respond to this report by the end of March.", "excerpt|||"},
		{"We suggest that ICBs are under more pressure than the figures show.", "excerpt|||"},
		{"We would like to see the budget set out in more detail next year.", "recommendation|||"},
		{"It is high time the council was held to account for the cuts to short breaks.", "excerpt|||"},
		{"It falls to families to chase the clinic for news of their appointment.", "excerpt|||"},
	} {
		lines := itemLines(parseBody(t, "P", "## Waits\n\n"+c.sentence+"\n"))
		if len(lines) != 1 || lines[0] != c.want+c.sentence {
			t.Errorf("%s\n  got %q, want %q", c.sentence, lines, c.want)
		}
	}
}

// TestShareOverALimitIsNoSpan: a share followed by "over" and a
// duration, with no change before it ("and 20% over 52 weeks", "with 20%
// over 52 weeks"), is counted against that limit: the duration is its
// threshold, and the share measures what the figure before it does,
// with its own limit; "rose by 20% over five years" is still a change
// over a span, and "savings of 20% over three years", which waits for
// nothing, a span (leftovers round 25). Before: "over 52 weeks" was read as
// the span of the share, no figure, and the 20% measured "52 weeks".
func TestShareOverALimitIsNoSpan(t *testing.T) {
	for _, c := range []struct{ sentence, measure string }{
		{"Of the 4,000 children waiting, 45% had waited over 18 weeks and 20% over 52 weeks.", "had waited over 52 weeks"},
		{"45% of children waited over 18 weeks, and 20% over 52 weeks.", "waited over 52 weeks"},
		{"In 2024, 4,000 children were waiting, with 20% over 52 weeks.", "were waiting over 52 weeks"},
	} {
		it := itemOf(t, c.sentence)
		limit := figureOf(t, it, "over 52 weeks")
		share := figureOf(t, it, "20%")
		if limit.Role != evidence.RoleThreshold {
			t.Errorf("%s\n  \"over 52 weeks\" has role %q, want threshold", c.sentence, limit.Role)
		}
		if share.Measure != c.measure || share.Role == evidence.RoleThreshold {
			t.Errorf("%s\n  20%% measures %q (role %q), want %q", c.sentence, share.Measure, share.Role, c.measure)
		}
	}
	for _, s := range []string{
		"Spending on school nurses rose by 20% over five years.",
		"The trust plans savings of 20% over three years across its community services.",
	} {
		for _, f := range itemOf(t, s).Figures {
			if f.Unit != evidence.UnitPercent {
				t.Errorf("%s\n  %q read as a figure", s, f.Text)
			}
		}
	}
}

// TestPopulationIsThePeople: the group of "30% of those with autism" is
// the people, "those with autism", not the condition; a clause that
// opens with its group, "Of those referred, 62% were seen …" or "Of the
// children referred to CAMHS in 2023/24, …", is of that group, which is
// no part of its measure, and the period it names is the figure's
// (leftovers round 25). Before: the population was "autism", and "Of
// those referred" gave no population and a measure of "referred, were
// seen within 18 weeks".
func TestPopulationIsThePeople(t *testing.T) {
	for _, c := range []struct{ sentence, figure, population, measure, period string }{
		{"In 2024, 30% of those with autism had waited more than a year for support.", "30%", "those with autism", "had waited more than a year for support", "2024"},
		{"Of those referred, 62% were seen within 18 weeks.", "62%", "those referred", "were seen within 18 weeks", ""},
		{"Of those referred to CAMHS in 2023/24, 62% were seen within 18 weeks.", "62%", "those referred to CAMHS", "were seen within 18 weeks", "2023/24"},
		{"Of the children referred, 62% were seen within 18 weeks.", "62%", "children referred", "were seen within 18 weeks", ""},
		{"Of those who were referred, 62% were seen within 18 weeks.", "62%", "those who were referred", "were seen within 18 weeks", ""},
		{"Of young people referred to the service, 62% were seen within 18 weeks.", "62%", "young people referred to the service", "were seen within 18 weeks", ""},
		{"Of all referrals received, 62% were seen within 18 weeks.", "62%", "referrals received", "were seen within 18 weeks", ""},
		{"Among those with autism, 30% had waited more than a year.", "30%", "those with autism", "had waited more than a year", ""},
		{"Of note, 62% of children were seen within 18 weeks.", "62%", "children", "were seen within 18 weeks", ""},
		{"Of the 412 young people who took part, 58% said they had waited too long.", "58%", "young people", "-", ""},
	} {
		f := figureOf(t, itemOf(t, c.sentence), c.figure)
		if f.Population != c.population || c.measure != "-" && f.Measure != c.measure || f.Period != c.period {
			t.Errorf("%s\n  %s: population %q, measure %q, period %q; want %q, %q, %q", c.sentence, c.figure, f.Population, f.Measure, f.Period, c.population, c.measure, c.period)
		}
	}
}

// TestComparedWithLastYear: an earlier value set right before "last
// year", "the previous year" or "the preceding year" is the comparison
// of the figure before it, of the year before the one the sentence
// names, or of no period where it names none; a change "last year" is
// still of no earlier value (leftovers round 25). Before: "compared with
// 52% last year" gave the 45% no change and the 52% the sentence's own
// 2024, a value another source's 2024 figure could disagree with.
func TestComparedWithLastYear(t *testing.T) {
	for _, c := range []struct{ sentence, change, earlier string }{
		{"In 2024, 45% of children were seen within 18 weeks, compared with 52% last year.", "down from 52% in 2023", "2023"},
		{"In 2023/24, 45% of children were seen within 18 weeks, compared with 52% the previous year.", "down from 52% in 2022/23", "2022/23"},
		{"In March 2024, 45% of children were seen within 18 weeks, down from 52% the preceding year.", "down from 52% in March 2023", "March 2023"},
		{"This year 45% of children were seen within 18 weeks, compared with 52% last year.", "down from 52% last year", ""},
	} {
		it := itemOf(t, c.sentence)
		if f := figureOf(t, it, "45%"); f.Change != c.change {
			t.Errorf("%s\n  45%% has change %q, want %q", c.sentence, f.Change, c.change)
		}
		if f := figureOf(t, it, "52%"); f.Period != c.earlier || f.Role == evidence.RoleHeadline {
			t.Errorf("%s\n  52%% is of %q (role %q), want %q", c.sentence, f.Period, f.Role, c.earlier)
		}
	}
	it := itemOf(t, "In 2024, 4,500 children were referred, and referrals rose by 5% last year.")
	if f := figureOf(t, it, "5%"); strings.Contains(f.Change, "from") {
		t.Errorf("rose by 5%% last year: change %q", f.Change)
	}
	// A change on the previous year is of the sentence's year.
	it = itemOf(t, "Councils received 4,200 requests for an assessment in 2023, up 20% on the previous year.")
	if f := figureOf(t, it, "20%"); f.Period != "2023" {
		t.Errorf("up 20%% on the previous year: period %q, want 2023", f.Period)
	}
}
