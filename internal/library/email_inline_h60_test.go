package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// inlineAttributedMail is a reply answered between the quoted lines of
// the message it quotes under an "On ..., NAME wrote:" line, as K-9 Mail
// and most phone clients write it; answers is how many quoted points are
// answered.
func inlineAttributedMail(answers int) string {
	msg := "From: Lena Roth <lena.roth@brenfordcarers.org.uk>\nTo: Tom Ash <tom.ash@healthwatchbrenford.co.uk>\n" +
		"Subject: Re: Figures for the board paper\nDate: Tue, 10 Mar 2026 20:11:00 +0000\nUser-Agent: K-9 Mail for Android\n" +
		"Content-Type: text/plain; charset=utf-8\n\nHi Tom,\n\nMy answers are in between.\n\n" +
		"On 9 March 2026 09:02:10 GMT, Tom Ash <tom.ash@healthwatchbrenford.co.uk> wrote:\n>Hi Lena,\n>\n" +
		">1. The clinic says 820 children were waiting for a hearing test in January.\n\n"
	points := []string{
		"That is the under-5s list only. With older children it is 1,140.\n\n>2. We have the median wait for a wheelchair as 22 weeks.\n\n",
		"That was the autumn figure. It is now 27 weeks.\n\n>3. Anything else?\n\n",
		"The carers' group thinks the council should fund respite in every special school.\n\n",
	}
	for k := 0; k < answers; k++ {
		msg += points[k]
	}
	return msg + ">Thanks,\n>Tom\n\nLena\n-- \nLena Roth\nChair, Brenford Carers Group\n"
}

// TestInlineReplyUnderAnAttributionKeepsTheQuote: a reply whose answers
// stand between the quoted lines of the message it quotes under an "On
// ..., NAME wrote:" line keeps the quoted points with their answers, as
// a quoted header block's inline reply does: the answers make no sense
// without them. The attribution line, the quote marks and the sender's
// sign-off are no part of the text. A reply under the whole quote, with
// one comment at most between quoted lines, still drops the quote
// (set 73; before, the quoted points were dropped from every such reply).
func TestInlineReplyUnderAnAttributionKeepsTheQuote(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k9.eml")
	if err := os.WriteFile(path, []byte(inlineAttributedMail(3)), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement", Publisher: "Brenford Carers Group"})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(strings.Fields(im.Body), " ")
	for _, want := range []string{
		"The clinic says 820 children were waiting for a hearing test in January.",
		"With older children it is 1,140.",
		"We have the median wait for a wheelchair as 22 weeks.",
		"It is now 27 weeks.",
		"the council should fund respite in every special school",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, furniture := range []string{"wrote:", ">", "Chair, Brenford"} {
		if strings.Contains(im.Body, furniture) {
			t.Errorf("%q kept in the body:\n%s", furniture, im.Body)
		}
	}
	path = filepath.Join(t.TempDir(), "k9one.eml")
	if err := os.WriteFile(path, []byte(inlineAttributedMail(1)), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err = library.Import(path, library.Meta{Type: "statement", Publisher: "Brenford Carers Group"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "820 children") {
		t.Errorf("one answer between quoted lines: the quote kept:\n%s", im.Body)
	}
}
