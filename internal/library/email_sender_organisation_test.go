package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestReplyPublisherFromOrganizationHeaderOrSignatureBelowQuote checks the
// two places a reply written above its quote names the sender's
// organisation when neither the From line nor a signature over the quote
// does: the Organization header, which Thunderbird and Outlook set from
// the account, and the signature Thunderbird sets under the quoted
// message. Either gives the publisher; the signature and the quote stay
// out of the body, and so does the question quoted under "sorry for the
// slow reply. The answers are below", the writer's own answers, not a
// message passed on. A placeholder header ("None"), a person's name, and a
// signature inside the quote (the quoted sender's) give none, and the
// import asks for the publisher as before.
func TestReplyPublisherFromOrganizationHeaderOrSignatureBelowQuote(t *testing.T) {
	head := func(org string) string {
		h := "From: Amira Khalid <amira.khalid@example.nhs.uk>\nTo: Joanna Hartley <joanna.hartley@example.gov.uk>\n" +
			"Subject: Re: Vaccine uptake in schools\nDate: Tue, 17 Nov 2026 09:14:33 +0000\nUser-Agent: Mozilla Thunderbird\n"
		if org != "" {
			h += "Organization: " + org + "\n"
		}
		return h + "Content-Type: text/plain; charset=UTF-8; format=flowed\n\n"
	}
	reply := "Dear Cllr Hartley,\n\nThank you for your questions, and sorry for the slow reply. The answers are below.\n\nIn the 2025/26 school year we vaccinated 1,486 Year 8 pupils against HPV, 71.2% of the cohort.\n\nBest wishes,\nAmira\n\n" +
		"On 12/11/2026 16:05, Joanna Hartley wrote:\n> Dear Amira,\n>\n> Could you tell us how many pupils had the vaccine last year?\n>\n> Joanna\n>\n> --\n> Cllr Joanna Hartley\n> Wexcombe Borough Council\n"
	signature := "\n-- \nAmira Khalid\nImmunisation Team Lead\nHollinsford Community Health NHS Trust\nTel: 01632 960 219\n"
	meta := library.Meta{Type: "report"}
	for _, c := range []struct {
		name, mail, want string
	}{
		{"header", head("Pennock Community Health NHS Trust") + reply, "Pennock Community Health NHS Trust"},
		{"signature below the quote", head("") + reply + signature, "Hollinsford Community Health NHS Trust"},
		{"signature beats the header", head("Pennock Community Health NHS Trust") + reply + signature, "Hollinsford Community Health NHS Trust"},
		{"placeholder header", head("None") + reply, ""},
		{"a person in the header", head("Amira Khalid") + reply, ""},
		{"the quoted sender's signature", head("") + reply, ""},
	} {
		im, err := library.Import(write(t, "reply.eml", []byte(c.mail)), meta)
		if c.want == "" {
			if err == nil || !strings.Contains(err.Error(), "--publisher") {
				t.Errorf("%s: publisher %q, err %v; want the import to ask for --publisher", c.name, im.Source.Publisher, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if im.Source.Publisher != c.want {
			t.Errorf("%s: publisher %q, want %q", c.name, im.Source.Publisher, c.want)
		}
		if !strings.Contains(im.Body, "1,486 Year 8 pupils") {
			t.Errorf("%s: the reply's figure lost:\n%s", c.name, im.Body)
		}
		for _, not := range []string{"Immunisation Team Lead", "01632", "Could you tell us", "wrote:"} {
			if strings.Contains(im.Body, not) {
				t.Errorf("%s: %q kept in the body:\n%s", c.name, not, im.Body)
			}
		}
	}
}
