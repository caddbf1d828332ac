package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A collaboration platform mails each new post to its members under a
// line saying who did what where ("Jo Pearce started a new discussion in
// the workspace CYP Network.", "Sam replied to a thread in Leads
// Forum"): the platform's words about the post, not the post's, so
// furniture. The post itself often closes on a sign-off with the
// writer's name on the same line ("Thanks, Jo"), over a one-line
// signature and the attachment's name: all the post's signature.

var (
	// platformNoticeRe is the platform's line naming the post's author,
	// the act and the place.
	platformNoticeRe = lazyre.New(`^(?:(?:Dr|Prof|Professor)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3} (?:has )?(?:started|posted|created|replied to|commented on|shared|uploaded|added|mentioned you in) (?:a |an |the )?(?:new )?(?:discussion|thread|topic|post|comment|file|document|reply|event|poll)\b(?: in| to| on)?(?: the)?(?: (?:workspace|group|forum|community|channel|space|network))?\b[^.!?]{0,120}[.:]?$`)
	// signOffNameRe is a sign-off with the sender's first name on its
	// line: "Thanks, Jo", "Best wishes, Priya", "Many thanks - Sam".
	signOffNameRe = lazyre.New(`^(?:(?:kind|best|warm|warmest|many|with (?:best|kind|warm)|all (?:the )?best) )?(?:regards|wishes|thanks|thank you)\s*[,–—-]\s*[A-Z][a-z'’-]+\.?$|^(?:Thanks|Cheers|Best)\s*[,–—-]\s*[A-Z][a-z'’-]+\.?$`)
)

// isPlatformNotice reports the platform's line about a post (platformNoticeRe),
// a short one with no figure.
func isPlatformNotice(s string) bool {
	s = strings.Join(strings.Fields(s), " ")
	return len(strings.Fields(s)) <= 24 && !strings.ContainsAny(s, "%£0123456789") && platformNoticeRe.MatchString(s)
}
