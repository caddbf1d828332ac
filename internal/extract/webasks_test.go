package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestWebPageAsks holds the asks of web pages that a round of pages
// nobody tuned for missed (issue 13), each in sentences written for this
// test: a heading that labels and titles the ask under it, a card titled
// "Ask 4", a committee's recommendation in the form of a resolution
// ("That the ICB commission ..."), an action plan whose "Recommendation"
// column holds bare imperatives with a "Who" column, a want of a body
// named by its work, and staff named by their work; with near-misses.
func TestWebPageAsks(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"titled label heading", "## Recommendations\n\n## Recommendation 2: Children in crisis\n\nThe trust and the ICB should agree a calm place for children in crisis to wait.\n",
			[]string{"2|The trust and the ICB should agree a calm place for children in crisis to wait.|ICBs,Trusts"}},
		{"accordion heading with a dash", "## Recommendation 3 – Therapy in class\n\nSchools should agree with therapists how exercises are kept up between visits.\n",
			[]string{"3|Schools should agree with therapists how exercises are kept up between visits.|Schools"}},
		{"an accordion's summary as a paragraph", "Recommendation 2 – Plans on time\n\nThat the Cabinet Member for Children sets out a plan to issue plans on time.\n",
			[]string{"2|That the Cabinet Member for Children sets out a plan to issue plans on time.|Local authorities"}},
		{"a labelled imperative stays the ask", "Recommendation 4: Restore the public health grant\n",
			[]string{"4|Restore the public health grant|"}},
		{"a card titled Ask 4", "Ask 4\n\nIntegrated care boards should publish how long children wait, by age and ethnicity.\n",
			[]string{"4|Integrated care boards should publish how long children wait, by age and ethnicity.|ICBs"}},
		{"a resolution naming the ICB", "That the Wexcombe Integrated Care Board commission more speech therapy for children with plans.\n",
			[]string{"|That the Wexcombe Integrated Care Board commission more speech therapy for children with plans.|ICBs"}},
		{"a resolution naming a cabinet member", "That the Cabinet Member for Children and Families sets out a plan to issue plans on time.\n",
			[]string{"|That the Cabinet Member for Children and Families sets out a plan to issue plans on time.|Local authorities"}},
		{"a resolution naming the council's team", "That the council’s SEND team agree a timetable for reviews with every special school.\n",
			[]string{"|That the council’s SEND team agree a timetable for reviews with every special school.|Local authorities"}},
		{"an action plan of imperatives", "## Action plan\n\n| Recommendation | Who | By when |\n|---|---|---|\n| Publish one point of contact for families waiting for therapy | ICB and council | September 2025 |\n| Set up a parent carer seat on the SEND partnership board | Council | July 2025 |\n",
			[]string{"|Publish one point of contact for families waiting for therapy|ICBs,Local authorities", "|Set up a parent carer seat on the SEND partnership board|Local authorities"}},
		{"a want of GP practices", "Campaigners also want GP practices to offer vaccination appointments at weekends.\n",
			[]string{"|Campaigners also want GP practices to offer vaccination appointments at weekends.|Other"}},
		{"doctors named by their work", "All emergency department doctors should complete safeguarding children training.\n",
			[]string{"|All emergency department doctors should complete safeguarding children training.|Trusts"}},
		// Near-misses.
		{"a titled label over a finding", "## Recommendation 2: Workforce\n\nReviewers found that staffing was thin on night shifts across the unit.\n", nil},
		{"a title that is itself the ask", "## Recommendation 1: The trust should open a crisis room\n\nA room away from the main department would calm children who are distressed.\n", nil},
		{"a that-clause stating a fact", "That the ICB has met the target is welcome news for families in the area.\n", nil},
		{"that is why", "That is why families keep asking for a named worker in every area.\n", nil},
		{"a that-clause in the past", "That the council agreed to fund the clinic was welcome news for parents.\n", nil},
		{"a noun phrase in the Recommendation column", "| Recommendation | Who | By when |\n|---|---|---|\n| Speech and language therapy for children in mainstream schools | ICB | 2026 |\n", nil},
		{"parents' wants are a view", "Parents want GP practices to offer vaccination appointments at weekends.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestTaskMinutesAndPlannedHires holds numbers that web pages print and
// that are no figures: the minutes a call to action takes, written in
// words, and the staff a writer will recruit; with near-misses that stay
// figures.
func TestTaskMinutesAndPlannedHires(t *testing.T) {
	for s, want := range map[string][]string{
		"Our template letter takes two minutes to fill in.":                                     nil,
		"It takes two minutes to fill in the form.":                                             nil,
		"We will recruit four more children's nurses to the department by the end of the year.": nil,
		"Calls to the line took two minutes to answer on average.":                              {"two minutes"},
		"The trust recruited 4 nurses to the unit last year.":                                   {"4 nurses"},
	} {
		var got []string
		for _, f := range extract.Figures(s) {
			got = append(got, f.Text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("figures of %q: got %q, want %q", s, got, want)
		}
	}
}
