package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A service that shares something on a person's behalf (a survey tool's
// shared results, a document shared from a drive, a form's responses)
// mails its own message with the person's note boxed in it: "Message from
// Jane Smith:", the note, its sign-off and signature, then the service's
// own content, the results shared. The note's sign-off ends the note, not
// the mail: before, everything under it (a survey's results summary, every
// figure the mail held) was cut as the signature.

// sharedNoteRe is the line a service sets over the note it carries:
// "Message from Jane Smith:", "A note from Jane:", "Jane Smith's message:".
var sharedNoteRe = lazyre.New(`^\s*(?:(?i:(?:a\s+)?(?:message|note|comment)\s+from)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})|(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})['’]s\s+(?i:message|note))\s*:\s*$`)

// sharedNoteSender is the first name of the person whose note a
// service's message carries above line end, "" when no note line opens one.
func sharedNoteSender(lines []string) string {
	for _, l := range lines {
		if m := sharedNoteRe.FindStringSubmatch(l); m != nil {
			name := firstNonEmpty(m[1], m[2])
			first, _, _ := strings.Cut(name, " ")
			return first
		}
	}
	return ""
}

// afterNoteSignature is what follows a carried note's signature: the
// lines after the paragraphs, each of three lines or fewer, that name
// the note's sender (the first name alone, the name with a role and a
// telephone number) or are contact lines. nil when nothing follows.
func afterNoteSignature(lines []string, first string) []string {
	i := 0
	for i < len(lines) {
		for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
			i++
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		if i == j {
			return nil
		}
		p := strings.Join(lines[i:j], "\n")
		if j-i > 3 || !(strings.Contains(p, first) || isContactBlock(p)) {
			return lines[i:]
		}
		i = j
	}
	return nil
}

var (
	// sharedWithYouRe is the service's line saying what was shared:
	// "Jane Smith (jane@example.org) has shared the results of this survey
	// with you.", "Sam shared a document with you", with the lines beside
	// it on viewing ("You can view the results ...", "You do not need an
	// account to view them.").
	sharedWithYouRe = lazyre.New(`(?i)\b(?:has\s+)?shared\s+(?:the\s+(?:results|responses)\s+of\s+)?(?:this|a|an|the)\s+(?:survey|form|poll|questionnaire|document|file|folder|spreadsheet|presentation|dashboard|report)\s+with\s+you\b`)
	// surveyStatusLabelRe is a label of a survey tool's status panel,
	// which says how the collection went, not what it found.
	surveyStatusLabelRe = lazyre.New(`(?i)^\s*(?:survey\s+status|status|total\s+responses|responses\s+collected|completion\s+rate|typical\s+time\s+spent|average\s+time\s+(?:spent|to\s+complete)|date\s+(?:created|closed|opened)|collector)\s*:\s*\S`)
	// shareLinkNoticeRe is the service's word on the link it sent or on
	// itself: "This link gives read-only access.", "Powered by
	// SurveyMonkey. Create your own surveys for free."
	shareLinkNoticeRe = lazyre.New(`(?i)^(?:this\s+link\s+(?:gives|provides|grants)\s+(?:read-only|view-only|view)\s+access\b|powered\s+by\s+\S+(?:\s+\S+)?\.\s+create\s+your\s+own\b)`)
	// companyAddressRe is a company's postal address line under a
	// service's mail: "Example Inc., 1 Some Way, San Mateo, CA 94403, USA".
	companyAddressRe = lazyre.New(`^[A-Z][^,]{1,60}\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|plc)\.?,\s[^.!?]{4,120}\b(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?:,\s*(?:USA|US|United States|UK|United Kingdom|Ireland))?\.?$`)
)

// isSharingNotice reports a paragraph a sharing service writes about
// what it shares rather than what the shared thing says: the "shared ...
// with you" line, the survey's status panel (every line a status label:
// "Completion rate: 88%" says how the survey ran), the link's notice, the
// service's boast and its company's address.
func isSharingNotice(p string) bool {
	folded := strings.Join(strings.Fields(p), " ")
	words := len(strings.Fields(folded))
	switch {
	case words <= 60 && sharedWithYouRe.MatchString(folded) && !strings.ContainsAny(folded, "%£"):
		return true
	case words <= 40 && (shareLinkNoticeRe.MatchString(folded) || companyAddressRe.MatchString(folded)):
		return true
	}
	lines := strings.Split(strings.TrimSpace(p), "\n")
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		if !surveyStatusLabelRe.MatchString(l) || len(strings.Fields(l)) > 8 {
			return false
		}
	}
	return true
}
