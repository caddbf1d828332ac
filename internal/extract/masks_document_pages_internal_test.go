package extract

import "testing"

// TestDocumentCountsAreNoFigures: the pages of a document someone has no
// time to read through, or of a paper called short in an aside, are its
// length, no figure; a form's measured length stays a figure.
// Every sentence is written for this test.
func TestDocumentCountsAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		in    string
		count int
	}{
		{"I've summed it up for anyone without time to read all 56 pages.", 0},
		// A file's description in brackets: its format and length.
		{"The full audit is attached (PDF, 22 pages) for the committee.", 0},
		{"Read the evaluation (Word document, 1.2MB, 40 pages) on our website.", 0},
		// A paper called short, its length in an aside (set 84 spent).
		{"Teachers said the short care plans, one or two pages long, made lessons easier to plan.", 0},
		{"Parents were given a brief summary, just three pages long, after each review.", 0},
		// A report's length in brackets after its title, or as it ran
		// to so many pages (figures round 88).
		{"The results for every school are in our report Small Steps (36 pages).", 0},
		{"The impact assessment the board approved ran to three pages.", 0},
		{"The final report runs to 212 pages, and 12 schools have signed up.", 1},
		// Near-misses.
		{"The referral form runs to 18 pages.", 1},
		{"Families said the forms were too long (18 pages) to finish.", 1},
		{"The referral form is 18 pages long.", 1},
		{"The referral form, 18 pages long, puts many families off.", 1},
		{"Families read 12 pages of advice before their first appointment.", 1},
	} {
		if got := Figures(c.in); len(got) != c.count {
			t.Errorf("%q: %d figures %+v, want %d", c.in, len(got), got, c.count)
		}
	}
}
