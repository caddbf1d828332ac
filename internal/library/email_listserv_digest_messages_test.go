package library_test

import (
	"strings"
	"testing"
)

// A LISTSERV digest parts its messages by a rule of dashes over each
// message's "Date:", "From:" and "Subject:" lines, with no "Message: N"
// line, opens with its count of messages and lines and a list of the
// day's topics, and closes with a rule of hashes over how to unsubscribe
// and "End of ... Digest". Before, all but its preamble was lost: the
// members' messages never reached the body. A job advert posted to the
// list ("Subject: Vacancy: ...", "JOB: ...") is no member's evidence.
func TestListservDigestKeepsItsMessages(t *testing.T) {
	rule := strings.Repeat("-", 70) + "\n"
	sep := strings.Repeat("-", 30) + "\n"
	msg := "Date: Fri, 6 Feb 2026 00:00:09 +0000\n" +
		"From: \"HEALTH-VISITING-FORUM automatic digest system\" <LISTSERV@LISTS.EXAMPLE.AC.UK>\n" +
		"Reply-To: Health visiting practice list <HEALTH-VISITING-FORUM@LISTS.EXAMPLE.AC.UK>\n" +
		"To: HEALTH-VISITING-FORUM@LISTS.EXAMPLE.AC.UK\n" +
		"Subject: HEALTH-VISITING-FORUM Digest - 4 Feb 2026 to 5 Feb 2026 (#2026-9)\n" +
		"Content-Type: text/plain; charset=\"UTF-8\"\n\n" +
		"There are 2 messages totaling 88 lines in this issue.\n\nTopics of the day:\n\n" +
		"  1. Six-to-eight week reviews after the move to clinics\n  2. Breastfeeding peer support funding\n\n" + rule + "\n" +
		"Date:    Wed, 4 Feb 2026 10:20:31 +0000\nFrom:    Aisha Bell <a.bell@example.gov.uk>\nSubject: Six-to-eight week reviews after the move to clinics\n\n" +
		"Hello all,\n\nSince we moved the review into clinics, 71% of families attended on time,\ncompared with 88% when we visited at home.\n\nAisha\n\n" + sep + "\n" +
		"Date:    Thu, 5 Feb 2026 15:02:11 +0000\nFrom:    Joe Marsh <joe.marsh@example.nhs.uk>\nSubject: Breastfeeding peer support funding\n\n" +
		"Our peer supporters reached 420 mothers last year on a budget of £18,000.\nCommissioners should fund peer support for at least three years at a time.\n\nJoe\n\n" + sep + "\n" +
		"Date:    Thu, 5 Feb 2026 17:40:00 +0000\nFrom:    Easthope Trust Jobs <jobs@example.nhs.uk>\nSubject: Vacancy: Health Visitor, Easthope\n\n" +
		"Health Visitor\nBand 6 | £36,000 to £44,000 | 30 hours per week\nJoin our team covering 12 children's centres.\n\n" + sep + "\n" +
		strings.Repeat("#", 72) + "\n\nTo unsubscribe from the HEALTH-VISITING-FORUM list, click the following link:\nhttps://lists.example.ac.uk/cgi-bin/wa?SUBED1=HEALTH-VISITING-FORUM&A=1\n\n" + sep + "\n" +
		"End of HEALTH-VISITING-FORUM Digest - 4 Feb 2026 to 5 Feb 2026 (#2026-9)\n" + strings.Repeat("*", 70) + "\n"
	im := importMail(t, msg)
	checkBody(t, im.Body,
		[]string{"71% of families attended on time", "420 mothers", "Commissioners should fund peer support"},
		[]string{"There are 2 messages", "Topics of the day", "To unsubscribe", "Date:    ", "Subject: Breastfeeding", "End of HEALTH",
			"£36,000", "12 children's centres"})
}
