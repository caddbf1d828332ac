package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// submittedByRe is the line a select committee's written evidence runs
// over every page: "Written evidence submitted by the Paediatric Therapy
// Leaders Network (SEN0147)", with the committee's evidence code.
var submittedByRe = lazyre.New(`(?i)^(?:supplementary\s+)?written\s+evidence\s+(?:submitted\s+)?(?:by|from)\s+(?:the\s+)?(.{3,120}?)\s*(?:\([A-Z]{2,6}\s?\d{2,6}\))?\s*[.]?$`)

// evidenceSubmitter is the body that submitted a piece of written evidence
// to a committee, as its running line names it: the submission is its
// words, so it publishes them, and the committee named in the footer is the
// one it was sent to. Empty when no line names a body as submitter.
func evidenceSubmitter(running []string) string {
	for _, t := range running {
		if m := submittedByRe.FindStringSubmatch(strings.TrimSpace(runningText(t))); m != nil {
			if org := cleanOrg(m[1]); org != "" && !isPersonName(org) && !notPublisher(org) {
				return org
			}
		}
	}
	return ""
}
