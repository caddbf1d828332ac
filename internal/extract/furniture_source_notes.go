package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// dataCaveatRe is a caveat on a table's figures set after its source:
// "September figures are provisional", "data for the last quarter are
// unvalidated", "figures are rounded".
var dataCaveatRe = lazyre.New(`(?i)^[\w\s'’/-]{0,40}?\b(?:figures?|data|numbers?|counts?|rates?)\b[\w\s'’/-]{0,40}?\b(?:are|is|will\s+be|may\s+be)\s+(?:still\s+)?(?:provisional|unvalidated|not\s+yet\s+validated|estimates?|estimated|rounded|subject\s+to\s+(?:change|revision|validation)|revised|incomplete)\b[^.;]{0,60}\.?$`)

// sourceNote: a source line's label and value (labelAndValue), or a source
// line whose parts after the first, set off by semicolons, are each a
// caveat on its figures (dataCaveatRe): "Source: MHSDS and provider
// returns; September figures are provisional."
func sourceNote(t, lower string) bool {
	if labelAndValue(t, lower) {
		return true
	}
	parts := strings.Split(t, ";")
	if len(parts) < 2 || !labelAndValue(parts[0], strings.ToLower(parts[0])) {
		return false
	}
	for _, p := range parts[1:] {
		if !dataCaveatRe.MatchString(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}
