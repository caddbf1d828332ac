package library_test

import "testing"

// A chapter page sets key figures as cards inside the article ("38%" over
// "of carers we asked said the ward had no quiet room"), each restating a
// paragraph beside it in other words. Read as lines of the text, every
// card was a second statistic of a finding the paragraph already gives.
// A card whose label's words are mostly in one paragraph repeats it and
// goes; a card saying something no paragraph says stays.
func TestFigureCardsRepeatingTheArticleGo(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>On the ward</title></head><body><main><h1>On the ward</h1>" +
		"<p>We asked 512 carers of children staying on paediatric wards about the space they had. Of those, 38% said the ward had no quiet room, and most of them had asked staff for one.</p>" +
		"<div class=\"Cards-module--grid--x1\"><div class=\"Cards-module--card--y2\"><span class=\"Cards-module--num--z3\">38%</span><span class=\"Cards-module--label--w4\">of carers we asked said the ward had no quiet room</span></div>" +
		"<div class=\"Cards-module--card--y2\"><span class=\"Cards-module--num--z3\">1 in 4</span><span class=\"Cards-module--label--w4\">children were never offered a bed beside a parent</span></div>" +
		"<div class=\"Cards-module--card--y2\"><span class=\"Cards-module--num--z3\">17</span><span class=\"Cards-module--label--w4\">hospital play specialists left their posts during 2024</span></div></div>" +
		"<p>Only 71% of the children we heard about were offered a bed beside a parent on every night of their stay; the rest were never offered one, and some families slept in the car.</p>" +
		"<p>Wards with a family room had fewer complaints, and carers said the room made long stays easier to bear for brothers and sisters too.</p></main></body></html>"
	im := importPage(t, page)
	checkBody(t, im.Body, []string{"Of those, 38% said", "Only 71% of the children", "17 hospital play specialists left"},
		[]string{"38% of carers we asked", "1 in 4 children were never offered"})
}

// A dashboard's KPI cards name their measure above the figure (a title,
// the big number, a muted note), as Observable Framework's cards do: each
// card is one line, "Title: figure, note", the title measuring the figure.
// Before, the title was a heading over a figure alone and a note alone,
// and neither was a statistic of what the title named (set 81). A row of
// pairs whose second part is no figure stays as the page sets it.
func TestTitledKPICardsAreOneLineEach(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>School nursing dashboard</title></head><body><main><h1>School nursing dashboard</h1>" +
		"<p>This page is refreshed each month from the school nursing service's own records and the pupil census.</p>" +
		"<div class=\"grid grid-cols-3\"><div class=\"card\"><h2>Pupils seen this term</h2><span class=\"big\">3,120</span><div class=\"muted\">up 8% on the autumn term</div></div>" +
		"<div class=\"card\"><h2>Median wait for a first contact</h2><span class=\"big\">6 weeks</span><div class=\"muted\">for referred pupils</div></div>" +
		"<div class=\"card\"><h2>Schools without a named nurse</h2><span class=\"big\">14</span></div></div>" +
		"<div class=\"grid\"><div class=\"card\"><h2>Lead</h2><span>Tamsin Hale</span></div><div class=\"card\"><h2>Team</h2><span>East locality</span></div></div>" +
		"<h2>About the data</h2><p>Counts are of pupils seen at least once in the term, whatever the number of contacts they had.</p></main></body></html>"
	im := importPage(t, page)
	checkBody(t, im.Body, []string{
		"Pupils seen this term: 3,120, up 8% on the autumn term",
		"Median wait for a first contact: 6 weeks, for referred pupils",
		"Schools without a named nurse: 14",
		"Tamsin Hale",
	}, []string{"## Pupils seen this term", "Lead: Tamsin Hale"})
}

// A card's share restating a paragraph's in other words ("48%" over "had
// never been offered a check" beside "70 (48%) ... no record of a check")
// goes with it, where a word of its label is in that paragraph; a share
// no paragraph holds whole ("148%", "48.5%") stays. Before, the card was
// a second statistic of the finding (set 84 spent).
func TestFigureCardShareRestatedInOtherWordsGoes(t *testing.T) {
	page := func(para string) string {
		return "<!DOCTYPE html><html><head><title>Hearing checks</title></head><body><main><h1>Hearing checks</h1>" +
			"<div class=\"stat-blocks\"><div class=\"stat\"><span class=\"stat-number\">146</span><span class=\"stat-label\">pupils screened in the pilot</span></div>" +
			"<div class=\"stat\"><span class=\"stat-number\">48%</span><span class=\"stat-label\">had no check recorded before</span></div></div>" +
			"<p>Our audiologist screened 146 pupils in the pilot schools between September and July.</p>" +
			"<p>" + para + "</p></main></body></html>"
	}
	im := importPage(t, page("Of those pupils, 70 (48%) had hearing loss but no record of any earlier check at school."))
	checkBody(t, im.Body, []string{"70 (48%) had hearing loss"}, []string{"48% had no check", "146 pupils screened in the pilot"})
	for _, para := range []string{
		"Of those pupils, 70 (48.5%) had hearing loss but no record of any earlier check at school.",
		"Spending on the service rose by 148% while the check itself stayed the same.",
	} {
		im = importPage(t, page(para))
		checkBody(t, im.Body, []string{"48% had no check recorded before"}, nil)
	}
}
