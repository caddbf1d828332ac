package library

import "testing"

// TestTitleTakesItsDescriptiveSubtitle: a PDF's title page title is cited
// with its subtitle, "Title: subtitle", the subtitle cut at its own colon
// and its first word lowered where only its place capitalised it; a line
// naming only the paper's kind, author, readers or date is no subtitle,
// and a title holding its own colon keeps it. Before, the short title
// alone was taken ("Waiting well"), where the citation practice, and the
// development set's gold for such covers, give both.
func TestTitleTakesItsDescriptiveSubtitle(t *testing.T) {
	for _, c := range []struct{ title, line, want string }{
		{"Waiting well", "How children’s community services in the county can cut waits for assessment",
			"Waiting well: how children’s community services in the county can cut waits for assessment"},
		{"Still waiting", "Children’s access to mental health services in England, 2022-23: a briefing",
			"Still waiting: children’s access to mental health services in England, 2022-23"},
		{"Growing up in Ashworth", "Director of Public Health Annual Report 2024: child poverty", "Growing up in Ashworth"},
		{"Every day counts", "Annual review 2024–25", "Every day counts"},
		{"Therapy waits", "A review for the SEND Partnership Board", "Therapy waits"},
		{"Therapy waits", "A review of speech and language therapy in Dunmere", "Therapy waits: a review of speech and language therapy in Dunmere"},
		{"Infant feeding in Thornmere", "Report of the Director of Public Health to the Health and Wellbeing Board", "Infant feeding in Thornmere"},
		{"Children waiting", "Briefing for MPs ahead of the debate on children’s mental health", "Children waiting"},
		{"No place to grow", "A report by the Hearth Trust", "No place to grow"},
		{"No place to grow", "September 2024", "No place to grow"},
		{"Healthy Schools Fund 2026", "Grant application form", "Healthy Schools Fund 2026"},
		{"Unseen and unheard?", "The health of young carers in England", "Unseen and unheard? The health of young carers in England"},
		{"Missing out: why families do not claim", "Final report of an evaluation for the council", "Missing out: why families do not claim"},
		{"Closing the gap", "A review of health inequalities for children and young people in Westbury and Dales, using the Core20PLUS5 framework", "Closing the gap"},
	} {
		if got := withSubtitle(c.title, subtitleOf(c.line)); got != c.want {
			t.Errorf("%q over %q: title %q, want %q", c.title, c.line, got, c.want)
		}
	}
}
