package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// nhs111Re is the NHS's urgent advice service named by its number ("NHS
// 111", "NHS 111 online"), wherever the sentence names it ("referred by
// GPs, NHS 111 and pharmacists"), not only after "call": a service's
// name, no count.
var nhs111Re = lazyre.New(`\bnhs\s+(111)\b`)

// maskNHS111 marks the number of nhs111Re in lower.
func maskNHS111(lower string, taken []bool) {
	if !strings.Contains(lower, "111") {
		return
	}
	for _, m := range nhs111Re.FindAllStringSubmatchIndex(lower, -1) {
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}
