package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// neitherOfPairRe is "neither of the two": the number names the pair
// "neither" already speaks of ("Neither of the two services is
// accredited"), no count the sentence reports. Group 1 is the number.
var neitherOfPairRe = lazyre.New(`\bneither\s+of\s+(?:the|these|those|our|its|their)\s+(two|2)\b`)

// maskNeitherOfPair marks the number of "neither of the two" as no
// figure. Before (hostile check 66), a board paper's "2.5 Neither of the
// two services is accredited" held no figure only while its paragraph
// number opened it; read without the number, "two services" was a count.
func maskNeitherOfPair(lower string, taken []bool) {
	if !strings.Contains(lower, "neither") {
		return
	}
	for _, m := range neitherOfPairRe.FindAllStringSubmatchIndex(lower, -1) {
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}
