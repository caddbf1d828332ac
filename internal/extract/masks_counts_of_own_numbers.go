package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// ownNumbersCountRe counts the numbers a text is about to give, as
	// numbers: "Two national numbers for context.", "Three figures stand
	// out:", "Here are four key statistics". The count is of the text's
	// own figures, no finding; "two statistics teams" and "three figures
	// of speech" name other things and stay.
	ownNumbersCountRe = lazyre.New(`(?:^|[.:;!?]\s+|\bhere\s+are\s+|\bbelow\s+are\s+)(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:(?:key|national|local|headline|important|useful|more|further|other|striking|stark|recent|new)\s+){0,2}(?:numbers|figures|statistics|stats|facts\s+and\s+figures)(?:\s*(?:[.:;,—–]|$)|\s+(?:for\s+context|stand\s+out|stood\s+out|from\s+(?:our|the|this)|worth|to\s+(?:note|bear|keep)|that\s+(?:matter|help|show|tell))\b)`)
	// presentedWithRe is how a report presents each of its measures: "Each
	// metric is shown with two statistical process control judgements",
	// "every indicator is reported with three ratings". The count is of the
	// report's own apparatus, no finding.
	presentedWithRe = lazyre.New(`\b(?:each|every)\s+(?:metric|indicator|measure|kpi|chart|graph|row|line|table)\s+(?:is|are)\s+(?:shown|presented|reported|given|plotted|displayed|set\s+out|rated|assessed)\s+(?:with|alongside|against|using|by)\s+(two|three|four|five|\d)\b`)
)

// maskS65Counts marks a count of the numbers a text is about to give and
// of the judgements it presents each measure with (the expressions
// above).
func maskS65Counts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "numbers") || strings.Contains(lower, "figures") || strings.Contains(lower, "statistics") || strings.Contains(lower, "stats") {
		mark(ownNumbersCountRe)
	}
	if strings.Contains(lower, "each ") || strings.Contains(lower, "every ") {
		mark(presentedWithRe)
	}
}
