package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestAJobTitleInASignatureIsNoPublisher: a signature that gives the
// writer's job title on a line of its own ("Public Health Commissioner
// (Children and Young People)") and the organisation on another is the
// organisation's, in each way mail programs and people lay a signature out;
// the job title was taken as the publisher because "Commissioner" is also
// a word of bodies' names. With no organisation named anywhere, the import
// asks for one rather than citing a job title.
func TestAJobTitleInASignatureIsNoPublisher(t *testing.T) {
	head := "From: Priya Natarajan <priya.natarajan@%s>\nTo: partners@example.net\nSubject: Emotional wellbeing offer for 2025-26\nDate: Tue, 14 Jan 2025 09:12:40 +0000\n\n" +
		"Dear colleagues,\n\nReferrals to the school-based mental health support teams rose by 31% in the autumn term, and the average wait fell from 14 weeks to 9 weeks.\n\n"
	for _, c := range []struct{ name, domain, sig, want string }{
		{"outlook", "hollinsford.gov.uk",
			"Kind regards,\n\nPriya Natarajan\nPublic Health Commissioner (Children and Young People)\nHollinsford City Council\nTel: 0161 496 0123\n",
			"Hollinsford City Council"},
		{"gmail dashes", "westmere.gov.uk",
			"Best wishes,\nPriya\n\n-- \nPriya Natarajan (she/her)\nPublic Health Commissioner (Children and Young People)\nWestmere Borough Council\nwestmere.gov.uk\n",
			"Westmere Borough Council"},
		{"bars", "hollinsford.gov.uk",
			"Thanks,\n\nPriya Natarajan | Public Health Commissioner (Children and Young People) | Hollinsford City Council\nM: 07700 900123 | priya.natarajan@hollinsford.gov.uk\n",
			"Hollinsford City Council"},
		{"pronouns line", "eastvale.nhs.uk",
			"Many thanks\n\nPriya Natarajan\nPronouns: she/her\nSenior Commissioner, Children and Young People's Mental Health\nNHS Eastvale Integrated Care Board\nMobile: 07700 900456\n",
			"NHS Eastvale Integrated Care Board"},
		{"phone lines first", "hollinsford.gov.uk",
			"Regards\n\nPriya Natarajan\nT: 0161 496 0123\nM: 07700 900123\nCommissioner (Children and Young People)\nHollinsford City Council | Town Hall | Hollinsford HF1 1AA\n",
			"Hollinsford City Council"},
		{"commissioning lead", "hollinsford.gov.uk",
			"Kind regards\n\nPriya Natarajan\nLead Commissioner – Children's Mental Health (Interim)\nHollinsford City Council\n",
			"Hollinsford City Council"},
		{"a body named with a post's word", "example.net",
			"Thanks\n\nPriya Natarajan\nYouth Volunteering Coordinator\nHollinsford Volunteer Centre\n",
			"Hollinsford Volunteer Centre"},
		{"no organisation", "example.net",
			"Kind regards,\n\nPriya Natarajan\nPublic Health Commissioner (Children and Young People)\nTel: 0161 496 0123\n",
			""},
	} {
		msg := strings.ReplaceAll(head, "%s", c.domain) + c.sig
		im, err := library.Import(write(t, "offer.eml", []byte(msg)), library.Meta{Type: "statement"})
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: publisher %q, want the import to ask for one", c.name, im.Source.Publisher)
			}
			continue
		}
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%s: publisher %q (%v), want %q", c.name, im.Source.Publisher, err, c.want)
		}
	}
}
