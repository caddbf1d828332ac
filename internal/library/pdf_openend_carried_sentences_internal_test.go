package library

import "testing"

// TestSentenceCarriedOverPageOnOpenWord checks a paragraph broken at a
// page break after a word no sentence ends on ("... on nights from"): the
// next page's paragraph carries it on though it opens with a capital (a
// month, a place), while one after a finished word starts its own.
func TestSentenceCarriedOverPageOnOpenWord(t *testing.T) {
	l := &layout{}
	body := fontKey{size: 10, family: "Body"}
	u := &unit{kind: paraUnit, text: "The clinic added a Saturday session for children waiting longest from", style: body, last: true, full: true, pdfPage: 2}
	v := &unit{kind: paraUnit, text: "March, paid for by the council at £40,000 a year.", style: body, first: true, pdfPage: 3}
	if !l.continues(u, v) {
		t.Error("a sentence broken after \"from\" not carried over the page")
	}
	u.text = "The clinic added a Saturday session for children waiting longest"
	if l.continues(u, v) {
		t.Error("a capital after a finished word carried on the sentence before")
	}
}
