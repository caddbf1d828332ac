package refs_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// TestBibTeXFormattingCommandsAreText: a title as Zotero, JabRef and
// Mendeley export it, with its italics and small capitals as commands
// (`\textit{now}`, `\emph{then}`, `{\em x}`, `\textsc{nhs}`), its dashes
// as `--` and `---` and a tie `~` between words, is read as the text
// those commands set (round 25, red team). Before: "Waits \textitnow and
// \emphthen \em x", an em dash read as "–-", and the tie kept as "~".
func TestBibTeXFormattingCommandsAreText(t *testing.T) {
	text := `@report{k, author = {Smith, Jane}, institution = {Org}, year = {2024},
  title = {Waits \textit{now} and \emph{then} {\em x} in \textsc{camhs}---a review, 2019--2024, Fig.~3 \textbf{\textit{bold}} \mbox{A\&E}}}`
	got, err := refs.Read("format.bib", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Waits now and then x in camhs—a review, 2019–2024, Fig. 3 bold A&E"; got.Title != want {
		t.Errorf("title %q, want %q", got.Title, want)
	}
}

// TestRISFieldContinuedOnTheNextLineIsKept: a RIS record whose title (or
// publisher, or note) goes on to the next line without a tag, as older
// exporters wrap a long field, is read whole (round 25, red team).
// Before: the lines after the first were dropped without a word, and
// the report imported with half its title.
func TestRISFieldContinuedOnTheNextLineIsKept(t *testing.T) {
	text := "TY  - RPRT\r\nAU  - Smith, Jane\r\nTI  - Waiting times for children's mental health\r\n  services in England, 2019 to 2024\r\n" +
		"PB  - Royal College of Paediatrics\r\nand Child Health\r\nPY  - 2024\r\nER  - \r\n"
	got, err := refs.Read("wrapped.ris", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Waiting times for children's mental health services in England, 2019 to 2024"; got.Title != want {
		t.Errorf("title %q, want %q", got.Title, want)
	}
	if want := "Royal College of Paediatrics and Child Health"; got.Publisher != want {
		t.Errorf("publisher %q, want %q", got.Publisher, want)
	}
}

// TestCSLJSONRichTextAndParticlesAreRead: a CSL JSON item as Zotero
// exports it, its title in CSL's rich text (`<i>CAMHS</i>`, `<span
// style="font-variant:small-caps;">`, `<sup>2</sup>`, `&amp;`) and a name's
// particles in their own fields ("non-dropping-particle": "van der",
// "dropping-particle": "de"), is read as the text and the names it writes
// (round 25, red team). Before: the title kept its tags ("Waits for
// <i>CAMHS</i> &amp; …") and "Bob van der Berg" was "Bob Berg".
func TestCSLJSONRichTextAndParticlesAreRead(t *testing.T) {
	text := `[{"id":"x","type":"report","title":"Waits for <i>CAMHS</i> &amp; <span style=\"font-variant:small-caps;\">send</span> services<sup>2</sup> <span class=\"nocase\">in</span> <b>England</b>",
  "author":[{"family":"Smith","given":"Jane"},{"family":"Berg","given":"Bob","non-dropping-particle":"van der"},{"family":"Gaulle","given":"Charles","dropping-particle":"de"}],
  "publisher":"Westmere Press","issued":{"date-parts":[[2024,3]]},"URL":"https://example.org/x"}]`
	got, err := refs.Read("zotero.json", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Waits for CAMHS & send services2 in England"; got.Title != want {
		t.Errorf("title %q, want %q", got.Title, want)
	}
	if want := "Jane Smith and Bob van der Berg and Charles de Gaulle"; got.Author != want {
		t.Errorf("author %q, want %q", got.Author, want)
	}
}

// TestBibTeXURLInHowpublishedIsTheURL: a BibTeX record of a web page
// written the older way, with no url field and the address in
// `howpublished = {\url{…}}` (or in the note), is read with that URL, and
// the note keeps no "\url" (round 25, red team). Before: the source had
// no URL, and the note read "Available at \urlhttps://…".
func TestBibTeXURLInHowpublishedIsTheURL(t *testing.T) {
	for _, field := range []string{`howpublished = {\url{https://example.org/a~b/report}}`, `note = {Available at \url{https://example.org/a~b/report}}`} {
		text := "@misc{k, author = {Smith, Jane}, title = {Waits}, institution = {Org}, year = {2024},\n  " + field + "}"
		got, err := refs.Read("old.bib", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got.URL != "https://example.org/a~b/report" || strings.Contains(got.Note, `\url`) {
			t.Errorf("%s: url %q, note %q", field, got.URL, got.Note)
		}
	}
}
