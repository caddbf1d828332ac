package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// The fixtures of these tests were made with LibreOffice from the .fodt
// files beside them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/mpletter.fodt testdata/pdf/colleagueletter.fodt
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/addresseeletter.fodt testdata/pdf/forumletter.fodt
//
// mpletter.pdf: an MP's letter on House of Commons headed paper, all of it
// at one size: "HOUSE OF COMMONS", the MP's name over "Member of
// Parliament for Corley Vale", a reference, the date, the addressee (an
// ICB's chief executive, the ICB's name and address), "Dear Mr Asante,",
// then "Re: Speech and language therapy for children in Corley Vale" in
// bold at the size of the text; page 2 carries the running header
// "Tobias Welland MP · Letter to NHS Corley and Brindle ICB · 17 February
// 2026" in small print, which page 1 has none of.
// colleagueletter.pdf: an ICB's letter whose letterhead sets the ICB's
// place names large over "Integrated Care Board" small, then a "To:"
// line naming two councils, a reference, the date, "Dear colleague," and
// a bold subject a little larger than the text, wrapped over two lines.

// addresseeletter.pdf (made the same way from addresseeletter.fodt): a
// letter with no letterhead, opening on its addressee's block, "Priya
// Nair" over "Cabinet Member for Children and Families", "Hexley Borough
// Council" and an address, then the date, "Dear Councillor Nair," and a
// "Subject:" line; signed by "Mr Oliver Grant" of "Hexley Carers
// Network". forumletter.pdf: a parent carer forum's letter whose
// letterhead (the forum's name, address and email) stands straight over
// its addressee's block ("Dr Ruth Okoye", "Chief Executive", an ICB and
// its address), with no reference or date between them.

// importLetterS82 imports a letter fixture with no metadata but its type,
// as `cypx add` does with none passed.
func importLetterS82(t *testing.T, name string) (library.Imported, error) {
	t.Helper()
	needPoppler(t)
	return library.Import(filepath.Join("testdata", "pdf", name), library.Meta{Type: "statement"})
}

// TestHeadedPaperLetterIsTitledByItsSubjectLine: a letter on headed paper
// sets nothing larger than its text; its bold "Re:" line under "Dear ..."
// is its title, its dateline its date, and the MP whose name the
// letterhead sets over "Member of Parliament for ..." its sender. The
// addressee's ICB ("NHS Corley and Brindle Integrated Care Board") is
// whom it goes to, not its publisher. Before (set 82), the letter was
// refused: "could not tell the title from the file".
func TestHeadedPaperLetterIsTitledByItsSubjectLine(t *testing.T) {
	im, err := importLetterS82(t, "mpletter.pdf")
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"title", im.Source.Title, "Speech and language therapy for children in Corley Vale"},
		{"publisher", im.Source.Publisher, "Tobias Welland MP"},
		{"date", im.Source.Date.String(), "2026-02-17"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s %q, want %q", c.field, c.got, c.want)
		}
	}
	if !strings.Contains(im.Body, "52 families") || !strings.Contains(im.Body, "each quarter") {
		t.Errorf("the letter's text lost:\n%s", im.Body)
	}
}

// TestLettersContinuationHeaderOfThirteenWordsIsLeftOut: the header of a
// letter's second page, printed there only, names the sender, the
// addressee and the date in thirteen words parted by "·"; it is the
// page's furniture. Before (set 82), its fifteen fields, the marks
// counted as words, kept it in the text, between the letter's lead-in
// and its numbered asks.
func TestLettersContinuationHeaderOfThirteenWordsIsLeftOut(t *testing.T) {
	im, err := importLetterS82(t, "mpletter.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "Letter to NHS Corley") {
		t.Errorf("the continuation header kept in the text:\n%s", im.Body)
	}
}

// TestColleagueLetterNamesItsLetterheadsBody: "Dear colleague," is a
// salutation as "Dear Ms Rowe," is; the bold subject under it, wrapped
// over two lines, is the title whole, and the body the letterhead names
// over two lines ("Marrowdale and Fenby" large over "Integrated Care
// Board") publishes it, not the councils of its "To:" line. Before (set
// 81), the letter was refused: "could not tell who published it".
func TestColleagueLetterNamesItsLetterheadsBody(t *testing.T) {
	im, err := importLetterS82(t, "colleagueletter.pdf")
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"title", im.Source.Title, "Joint commissioning of children's therapies 2026/27: speech, language and occupational therapy services"},
		{"publisher", im.Source.Publisher, "Marrowdale and Fenby Integrated Care Board"},
		{"date", im.Source.Date.String(), "2025-10-03"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s %q, want %q", c.field, c.got, c.want)
		}
	}
}

// TestLetterWithNoLetterheadIsNotPublishedByItsAddressee: a letter that
// opens on its addressee's block (a name over a post, a body and an
// address, then "Dear ...") has no letterhead; whom it goes to is no
// publisher, so the import asks for one. Before (hostile check 63), the
// block was read as the letterhead and the letter published by its
// addressee's council, "Hexley Borough Council".
func TestLetterWithNoLetterheadIsNotPublishedByItsAddressee(t *testing.T) {
	im, err := importLetterS82(t, "addresseeletter.pdf")
	if err == nil {
		t.Fatalf("imported with publisher %q, want it asked for", im.Source.Publisher)
	}
	if !strings.Contains(err.Error(), "--publisher") {
		t.Errorf("error %q does not ask for --publisher", err)
	}
	im, err = library.Import(filepath.Join("testdata", "pdf", "addresseeletter.pdf"), library.Meta{Type: "statement", Publisher: "Hexley Carers Network"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "Short breaks for disabled children in Hexley" || im.Source.Date.String() != "2025-06-09" {
		t.Errorf("title %q, date %s; want the subject line and 2025-06-09", im.Source.Title, im.Source.Date)
	}
}

// TestLetterheadOverTheAddresseesBlockNamesTheSender: a letterhead set
// straight over the addressee's block, with no reference or date between,
// still names the letter's publisher; the addressee's post and body
// under it ("Chief Executive", an ICB) are whom it goes to. Before
// (hostile check 63), the ICB was read as a joint publisher.
func TestLetterheadOverTheAddresseesBlockNamesTheSender(t *testing.T) {
	im, err := importLetterS82(t, "forumletter.pdf")
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"title", im.Source.Title, "Waiting times for wheelchair services for children in Hexley"},
		{"publisher", im.Source.Publisher, "Hexley Parent Carer Forum"},
		{"date", im.Source.Date.String(), "2025-06-09"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s %q, want %q", c.field, c.got, c.want)
		}
	}
}

// TestLetterWithALargerSectionHeadingIsTitledByItsSubject: a review
// letter whose body sets a heading larger than its bold subject line
// ("What we found about the partnership" under "Joint review of services
// for disabled children in Marrowby") is titled by its subject, and its
// letterhead above the salutation is its publisher, never the subject.
// Before (held-out set 93), the heading was the title, and where the
// subject named a body ("… Local Area Partnership") it was the publisher.
func TestLetterWithALargerSectionHeadingIsTitledByItsSubject(t *testing.T) {
	im, err := importLetterS82(t, "lettersectionheadings.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "Joint review of services for disabled children in Marrowby" || im.Source.Publisher != "Regulator for Young People's Services" {
		t.Errorf("title %q, publisher %q; want the subject line and the letterhead", im.Source.Title, im.Source.Publisher)
	}
}
