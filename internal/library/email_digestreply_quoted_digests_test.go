package library_test

import "testing"

// TestReplyQuotingADigestKeepsItsMessages: a reply whose note speaks of
// the mailing list digest it quotes under "On ..., list-request@...
// wrote:" keeps the digest's members' messages under the note, without
// the digest's preamble, header lines or footer. Before, all under the
// attribution line was dropped as the question a reply answers, and the
// members' figures never reached the body. A reply that says nothing of
// the digest still drops it.
func TestReplyQuotingADigestKeepsItsMessages(t *testing.T) {
	head := "From: Ana Ruiz <ana.ruiz@westby.gov.uk>\nTo: Ben Cole <ben.cole@westby.gov.uk>\n" +
		"Subject: Re: Health-Visiting Digest, Vol 3, Issue 9\nDate: Tue, 3 Feb 2026 09:00:00 +0000\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
	digest := "On Mon, 2026-02-02 at 07:00 +0000, hv-forum-request@lists.example.org wrote:\n" +
		"> Send HV-Forum mailing list submissions to\n>\thv-forum@lists.example.org\n>\n> Today's Topics:\n>\n>    1. Caseloads (Jo Hart)\n>    2. Reviews (Sam Patel)\n>\n" +
		"> ----------------------------------------------------------------------\n>\n" +
		"> Message: 1\n> Date: Fri, 30 Jan 2026 10:00:00 +0000\n> From: Jo Hart <jo@example.org>\n> Subject: Caseloads\n>\n" +
		"> Our survey found that average caseloads rose to 412 children per health visitor in 2025.\n>\n" +
		"> Message: 2\n> Date: Sat, 31 Jan 2026 11:00:00 +0000\n> From: Sam Patel <sam@example.org>\n> Subject: Reviews\n>\n" +
		"> Only 61% of families had the 12-month review on time last year.\n>\n> ------------------------------\n>\n" +
		"> End of HV-Forum Digest, Vol 3, Issue 9\n> ***************************************\n"
	note := "Hi Ben,\n\nThanks for sending this on. I've marked the parts of this week's digest we should take to the board.\n\nAna\n\n"
	im := importMailAs(t, head+note+digest)
	checkBody(t, im.Body,
		[]string{"marked the parts", "412 children per health visitor", "Only 61% of families"},
		[]string{"Today's Topics", "Message: 1", "Subject: Caseloads", "End of HV-Forum", "submissions to"})
	plain := "Hi Ben,\n\nCan we talk about the rota on Thursday?\n\nAna\n\n"
	im = importMailAs(t, head+plain+digest)
	checkBody(t, im.Body, []string{"rota on Thursday"}, []string{"412 children"})
}
