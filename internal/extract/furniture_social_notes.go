package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// socialNoteRe is a line of a blogging network's notes under a post: who
// reblogged it, with what they added, or liked it ("quiet-otter
// reblogged this from fenmoor-youth and added: so proud of you"). Other
// users' engagement with the post, not its evidence; the handle is a
// network user name, one token of letters, digits, hyphens and dots.
var socialNoteRe = lazyre.New(`(?i)^[a-z0-9][a-z0-9._-]{1,60}\s+(?:reblogged\s+this(?:\s+from\s+[a-z0-9][a-z0-9._-]{1,60})?(?:\s+and\s+added:?[^%£]{0,400})?|liked\s+this)\.?$`)

// s64Classes are this file's furniture classes (see furnitureClasses).
var s64Classes = []furnitureClass{
	{lead: []string{""}, re: socialNoteRe, maxWords: 80, made: true, whole: true, may: func(_, lower string) bool {
		return strings.Contains(lower, "reblogged this") || strings.Contains(lower, "liked this")
	}},
}
