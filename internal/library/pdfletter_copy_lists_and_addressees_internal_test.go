package library

import (
	"slices"
	"testing"
)

func unitTexts(us []*unit) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.text)
	}
	return out
}

func TestLetterCopyListAndAddresseeLeftOut(t *testing.T) {
	para := func(page int, text string) *unit { return &unit{kind: paraUnit, text: text, pdfPage: page} }
	us := []*unit{
		para(1, "Priya Kaur"),
		para(1, "Mereside Community Trust Unit 4, 27 Canal Wharf"),
		para(1, "Dear Priya,"),
		para(1, "Thank you for meeting us in May. Waits for a first appointment have fallen to 14 weeks."),
		para(2, "cc:"),
		para(2, "Tom Hale, Chair, Mereside Community Trust Alan Bright, Director of Nursing, Mereside Community Trust"),
		{kind: headingUnit, text: "Annex A", pdfPage: 3},
		para(3, "The panel met four times and heard from 40 families."),
	}
	got := unitTexts(dropCopyList(dropAddressee(us)))
	want := []string{"Priya Kaur", "Dear Priya,", "Thank you for meeting us in May. Waits for a first appointment have fallen to 14 weeks.", "Annex A", "The panel met four times and heard from 40 families."}
	if !slices.Equal(got, want) {
		t.Errorf("units %q, want %q", got, want)
	}
	// With no salutation, a paragraph naming a street is the text's own.
	plain := []*unit{para(1, "The clinic moved to 12 Station Road in March")}
	if got := dropAddressee(plain); len(got) != 1 {
		t.Errorf("a paragraph with no letter around it left out: %q", unitTexts(got))
	}
}

func TestMastheadAboveAddresseeLabel(t *testing.T) {
	line := func(y float64, text string) *row {
		return &row{y0: y, y1: y + 12, frags: []*frag{{x0: 300, y0: y, x1: 400, y1: y + 12, size: 11, text: text}}}
	}
	rs := []*row{line(40, "Northmoor Regional Office"), line(56, "Unit 2, Mill Yard"), line(120, "To:"), line(136, "Chief Executive"), line(152, "Westvale Integrated Care Board")}
	if got := aboveAddressee(rs); len(got) != 2 {
		t.Errorf("rows above the addressee: %d, want 2", len(got))
	}
	if got := mastheadOrg(aboveAddressee(rs), 0); got == "Chief Executive Westvale Integrated Care Board" {
		t.Errorf("masthead %q is the addressee's", got)
	}
}
