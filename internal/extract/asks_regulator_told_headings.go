package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// regulatorToldHeadingRe is a heading over what a regulator or an
// inspection told the writer to improve, in the writer's own words:
// "What the CQC told us to improve", "Actions Ofsted asked us to take",
// "What inspectors said we must do". The items under it are the
// inspector's requirements of the writer, as under "What the trust must
// do"; a body's "must" there asks it.
var regulatorToldHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:what|actions?|areas?|things|improvements|steps)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:cqc|care\s+quality\s+commission|ofsted|inspectors?|inspection(?:\s+team)?|regulators?|hiw|care\s+inspectorate)\s+(?:(?:told|asked|required)\s+us\s+to\s+(?:improve|do|take|change|address)|said\s+we\s+(?:must|should|need\s+to)\s+(?:improve|do|take|change|address))\b[^.;]{0,40}?[:?]?$`)

// regulatorToldHeading reports a heading of what a regulator told the
// writer to do (see regulatorToldHeadingRe).
func regulatorToldHeading(h string) bool {
	if !hasAnyFold(h, "told", "asked", "required", "said") {
		return false
	}
	return regulatorToldHeadingRe.MatchString(strings.TrimSpace(h))
}
