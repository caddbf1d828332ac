package library_test

import (
	"strings"
	"testing"
)

// quotespeakerlines.pdf (LibreOffice, from quotespeakerlines.fodt beside
// it): two quotations, each with its speaker on the next line after a
// dash ("– mother of a girl with epilepsy"), then a list of short quotes
// each opening with a dash ("– “The nurse always rings back …”").

// TestSpeakerLineAfterAQuoteGoesWithIt: a dash line naming the speaker
// under the line that closes a quotation goes on the quote's paragraph,
// as a tag set on the quote's last line does; a dash line opening a
// quotation of its own is still an item. Before, each speaker's line was
// a list item of its own ("- mother of a girl with epilepsy"), a bullet
// of no sense between two quotes.
func TestSpeakerLineAfterAQuoteGoesWithIt(t *testing.T) {
	im := h60Import(t, "quotespeakerlines.pdf")
	for _, want := range []string{
		"“We were passed between three teams and nobody took charge of her care.” – mother of a girl with epilepsy\n",
		"“The school only saw his care plan after he had a seizure in a lesson.” – father of a boy aged nine\n",
		"- “The nurse always rings back the same day.”\n\n- “Clinic letters arrive after the appointment.”\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "- mother of") || strings.Contains(im.Body, "- father of") {
		t.Errorf("a speaker's line read as an item:\n%s", im.Body)
	}
}
