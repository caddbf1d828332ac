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
