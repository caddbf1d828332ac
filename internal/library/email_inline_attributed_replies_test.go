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

// TestInlineAnswersToQuotedQuestionsDropTheQuestions: under an
// attribution line, a reply answering quoted questions ("> 1. How many
// families use short breaks?") between them keeps its answers but not
// the asker's questions, as before: only figures a reply checks point by
// point are kept with their answers.
func TestInlineAnswersToQuotedQuestionsDropTheQuestions(t *testing.T) {
	msg := "From: Lena Roth <lena.roth@brenfordcarers.org.uk>\nTo: Tom Ash <tom.ash@brenford.gov.uk>\n" +
		"Subject: Re: Questions for the review\nDate: Tue, 10 Mar 2026 20:11:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\nHi Tom,\n\n" +
		"On 9 March 2026 09:02:10 GMT, Tom Ash <tom.ash@brenford.gov.uk> wrote:\n" +
		">1. How many families in the group use respite care?\n\nAbout 140 families, 38 of them every month.\n\n" +
		">2. What do families find hardest?\n\nWaiting 9 months or more for an assessment.\n\n" +
		">3. What should the council change?\n\nThe council should publish its respite budget each year.\n\n" +
		"Lena\n-- \nLena Roth\nChair, Brenford Carers Group\n"
	path := filepath.Join(t.TempDir(), "questions.eml")
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement", Publisher: "Brenford Carers Group"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "About 140 families") || strings.Contains(im.Body, "How many families") {
		t.Errorf("want the answers without the quoted questions:\n%s", im.Body)
	}
}

// TestInlineAnswersToQuotedQuestionsWithFiguresDropTheQuestions: a
// quoted question that gives the asker's own figure in brackets ("> Can
// you confirm the budget? (This year it is £6.2m.)") is still the
// asker's question: no point of a figure the reply checks.
func TestInlineAnswersToQuotedQuestionsWithFiguresDropTheQuestions(t *testing.T) {
	msg := "From: Lena Roth <lena.roth@brenfordcarers.org.uk>\nTo: Tom Ash <tom.ash@brenford.gov.uk>\n" +
		"Subject: Re: Questions for the review\nDate: Tue, 10 Mar 2026 20:11:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\nHi Tom,\n\n" +
		"On 9 March 2026 09:02:10 GMT, Tom Ash <tom.ash@brenford.gov.uk> wrote:\n" +
		">Can you confirm the respite budget for 2026/27?\n>(This year it is £6.2m.)\n\nIt will be £6.5m.\n\n" +
		">Is the 90% review target still in the contract? We have 11 vacancies.\n\nYes, it stays at 90%.\n\n" +
		">Anything else?\n\nThe council should publish its respite budget each year.\n\n" +
		"Lena\n-- \nLena Roth\nChair, Brenford Carers Group\n"
	path := filepath.Join(t.TempDir(), "bracketed.eml")
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement", Publisher: "Brenford Carers Group"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "It will be £6.5m.") || strings.Contains(im.Body, "£6.2m") || strings.Contains(im.Body, "11 vacancies") {
		t.Errorf("want the answers without the quoted questions:\n%s", im.Body)
	}
}

// TestInlineAnswersUnderASignatureAboveTheQuote: a reply whose client
// signs above the quoted message (Mailspring; Outlook's "signature above
// quoted text") and answers the quoted questions between them, sent as
// multipart/alternative in quoted-printable with soft line breaks and a
// tracking pixel in its HTML part, keeps its answers and its asks. Before,
// the sign-off over the signature block cut the mail there, the answers
// read as the signature's lines, and the import was refused: "no evidence
// found in it" (held-out set 81). The mark opening each answer, "[NF]",
// the writer's initials, is no word of it.
func TestInlineAnswersUnderASignatureAboveTheQuote(t *testing.T) {
	msg := "From: Nadia Ferris <nadia.ferris@moorvale.gov.uk>\nTo: Cllr Joe Pike <joe.pike@moorvale.gov.uk>\n" +
		"Subject: Re: Questions on school nursing for Tuesday\nDate: Mon, 02 Mar 2026 15:20:00 +0000\n" +
		"X-Mailer: Mailspring\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b81\"\n\n" +
		"--b81\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" +
		"Hi Joe,\n\nMy replies are under each question.\n\nNadia\n\nNadia Ferris\nHead of Public Health Nursing | Moorvale Council\n01632 960 118\n\n" +
		"On Mar 2 2026, at 9:05 am, Cllr Joe Pike <joe.pike@moor=\nvale.gov.uk> wrote:\n> Nadia,\n>\n> 1. How many school nurses do we have now?\n>\n\n" +
		"[NF] School nursing has 23 whole-time posts this year, down from 31 in 2021, and 4 of th=\nem are vacant.\n\n" +
		"> 2. Are children waiting for health assessments?\n>\n\n" +
		"[NF] Yes. 312 children were waiting for a first health review at the end of January, 1=\n40 of them for more than twelve weeks.\n\n" +
		"> 3. What should I ask for?\n>\n\n" +
		"- The council should restore the eight school nurse posts cut since 2021.\n\n" +
		"> Thanks,\n> Joe\n\n" +
		"This email and any attachments are confidential and intended only for the addressee. If you have received it in error, please tell the sender and delete it.\n\n" +
		"--b81\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" +
		"<html><body><div>Hi Joe,</div><signature id=3D\"s1\"><div>Nadia Ferris</div></signature>" +
		"<blockquote><div>1. How many school nurses do we have now?</div></blockquote>" +
		"<div><b>School nursing has 23 whole-time posts this year.</b></div>" +
		"<img class=3D\"mailspring-open\" width=3D\"0\" height=3D\"0\" src=3D\"https://link.example.com/open/x\"></body></html>\n" +
		"--b81--\n"
	path := filepath.Join(t.TempDir(), "above.eml")
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(strings.Fields(im.Body), " ")
	for _, want := range []string{
		"School nursing has 23 whole-time posts this year, down from 31 in 2021, and 4 of them are vacant.",
		"312 children were waiting for a first health review at the end of January, 140 of them",
		"The council should restore the eight school nurse posts cut since 2021.",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"How many school nurses", "01632 960 118", "wrote:", "intended only for the addressee", "[NF]"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("%q kept in the body:\n%s", not, im.Body)
		}
	}
	if im.Source.Publisher != "Moorvale Council" {
		t.Errorf("publisher %q, want the signature's Moorvale Council", im.Source.Publisher)
	}
}

// TestQuotedThreadUnderAttributionsIsNoInlineAnswers: a helpdesk reply
// over the ticket's history, each earlier message quoted under its own
// "On ..., NAME wrote:" line, has attribution lines between its quotes,
// no answers: the reply stays the text and the ticket's footer under the
// history goes with it, as before.
func TestQuotedThreadUnderAttributionsIsNoInlineAnswers(t *testing.T) {
	msg := "From: Help Desk <support@carersline.example.org>\nTo: Ana Roe <ana@example.com>\n" +
		"Subject: Re: Respite question\nDate: Tue, 10 Mar 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Hi Ana,\n\nThe council's short breaks team now offers 12 overnight stays a year to every family on its register, and most families wait about four months.\n\nKind regards,\n\nMaya\nCarers Line\n\n" +
		"On Mon, 9 Mar 2026 at 8:00 PM, Ana Roe <ana@example.com> wrote:\n> Is there any news on respite?\n>\n\n" +
		"On Fri, 6 Mar 2026 at 9:00 AM, Help Desk <support@carersline.example.org> wrote:\n> We will look into it.\n>\n\n" +
		"On Thu, 5 Mar 2026 at 7:00 PM, Ana Roe <ana@example.com> wrote:\n> Who can I ask about respite?\n\n" +
		"Ticket #4410 will be closed automatically if we do not hear from you within 7 days.\n"
	path := filepath.Join(t.TempDir(), "ticket.eml")
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement", Publisher: "Carers Line"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "12 overnight stays") || strings.Contains(im.Body, "closed automatically") {
		t.Errorf("want the reply without the ticket's footer:\n%s", im.Body)
	}
}
