package extract_test

import (
	"strings"
	"testing"
)

// TestAskOfEveryHeadteacher: a reported ask of "every headteacher" (or
// each, or every school leader) asks the schools, as "headteachers"
// does (round 25, set 25 spent). Before: the ask named no actor it knew
// and stayed an excerpt.
func TestAskOfEveryHeadteacher(t *testing.T) {
	for _, s := range []string{
		"The trust is asking every headteacher to release one teacher for the asthma training day in March.",
		"The council is asking each head teacher to nominate a mental health lead by the end of the summer term.",
	} {
		lines := itemLines(parseTyped(t, "report", "## Schools\n\n"+s+"\n"))
		if len(lines) != 1 || !strings.HasPrefix(lines[0], "recommendation||Schools|") {
			t.Errorf("%s\n  got %q, want one recommendation of Schools", s, lines)
		}
	}
}
