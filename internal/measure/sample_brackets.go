package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// sampleBracketRe is a sample size in brackets right after a value, "
// (n=1,200)", "[n = 845]".
var sampleBracketRe = lazyre.New(`^\s*[(\[]\s*[nN]\s*=\s*\d[\d,]*\s*[)\]]`)

// sampleBracketAfter is the length of a sample size's bracket opening
// after, the text after a value: "64% (n=1,200) of children" is a share
// of children, its sample set between them; 0 where after opens no such
// bracket. Before (hostile check 67), the share lost its people ("of
// children in Kent" was its measure) and its key its place.
func sampleBracketAfter(after string) int {
	if !strings.Contains(after, "=") {
		return 0
	}
	if m := sampleBracketRe.FindStringIndex(after); m != nil {
		return m[1]
	}
	return 0
}

// sampleOfAnother reports base figure k a sample size in brackets set
// right after a figure other than i, "64% (n=1,200) of children …,
// compared with 71% in England": that figure's sample alone. Before
// (hostile check 67), England's 71% had Kent's n=1,200 as its base.
func (s *sentence) sampleOfAnother(k, i int) bool {
	g := s.in.Figures[k]
	if !strings.Contains(g.Text, "=") {
		return false
	}
	for j, f := range s.in.Figures {
		if end := f.Offset + len(f.Text); j != k && end <= g.Offset && g.Offset-end < 8 {
			if sampleBracketAfter(s.text[end:]) > 0 {
				// A threshold's bracket, "within 18 weeks (n=1,200).",
				// is the sample of the sentence's value.
				return j != i && f.Role != evidence.RoleThreshold
			}
		}
	}
	return false
}
