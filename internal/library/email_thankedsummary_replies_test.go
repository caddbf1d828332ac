package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestReplyThankingForASummaryKeepsIt checks a short phone reply that
// thanks its sender for the summary it quotes under an attribution line
// ("On ..., NAME wrote:"): the quoted summary, its findings and its
// asks, is the matter of the mail and kept under the note, without its
// sender's signature and disclaimer. A reply that thanks no one for a
// summary keeps only its own text, as before.
func TestReplyThankingForASummaryKeepsIt(t *testing.T) {
	head := "From: Tom Beck <tom.beck.cllr@example.com>\nTo: Ruth Ames <ruth.ames@example.gov.uk>\n" +
		"Subject: Re: Youth panel report\nDate: Wed, 4 Mar 2026 20:11:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n"
	quoted := "\n\nThe waits are worse than I expected. We should ask the trust to come to the next meeting.\n\nTom\n\n" +
		"On Wed, 4 Mar 2026, 15:02 Ruth Ames, <ruth.ames@example.gov.uk> wrote:\n\n> Dear Tom,\n>\n" +
		"> Here is a summary of the youth panel's report on school nursing, published last week.\n>\n" +
		"> Findings\n>\n" +
		">    - The panel heard from 318 pupils in nine secondary schools across the borough this autumn.\n" +
		">    - 44% of pupils said they did not know how to see a school nurse during the school day.\n" +
		">    - Only 12 of the 31 school nurse posts in the borough were filled at the end of December.\n>\n" +
		"> Recommendations\n>\n" +
		">    1. The council should publish a school nursing offer for every secondary school.\n" +
		">    2. The trust should recruit to the vacant posts before the next school year starts.\n>\n" +
		"> Kind regards,\n>\n> Ruth Ames\n> Scrutiny Officer\n> Westbrook Borough Council\n>\n" +
		"> This email may contain confidential information. If you have received it in error please tell the sender.\n"
	thanked := head + "Thanks Ruth, really useful summary." + quoted
	im, err := library.Import(write(t, "thanked.eml", []byte(thanked)), library.Meta{Type: "statement", Publisher: "Westbrook Borough Council"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"useful summary", "ask the trust", "44% of pupils", "12 of the 31 school nurse posts", "recruit to the vacant posts"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"confidential", "Scrutiny Officer", "wrote:", "> "} {
		if strings.Contains(im.Body, not) {
			t.Errorf("%q kept in\n%s", not, im.Body)
		}
	}
	plain := head + "Ruth, I can't make Thursday." + quoted
	im, err = library.Import(write(t, "plain.eml", []byte(plain)), library.Meta{Type: "statement", Publisher: "Westbrook Borough Council"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "44%") {
		t.Errorf("a reply that thanks no one for a summary kept its quote:\n%s", im.Body)
	}
}
