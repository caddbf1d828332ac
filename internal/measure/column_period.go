package measure

import "strings"

// ColumnPeriod is the one period a table column's header names and the
// header's other words, lower case with spaces folded: "Referrals 2023/24"
// is the financial year 2023/24 and "referrals", "Q2 2024" the quarter and
// "". A bracket qualifies the period or gives the unit, and is left out:
// "2025/26 (April to December)" is 2025/26 and "", "Coverage (%) 2024"
// 2024 and "coverage". A header naming no period, or more than one, gives
// the zero Period.
// The table reader compares a row's columns by it (which period is the
// latest of one measure's series), reading headers as Describe does.
func ColumnPeriod(header string) (rest string, p Period) {
	rest, text := withoutPeriod(header)
	if text == "" {
		return "", Period{}
	}
	rest = bracketedRe.ReplaceAllString(rest, " ")
	return strings.ToLower(strings.Join(strings.Fields(strings.Trim(rest, " ,;:–-")), " ")), ParsePeriod(text)
}
