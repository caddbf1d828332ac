package library

import "testing"

// A running header "Body – paper – part" names the body in its first field:
// the paper's words after the separator are no part of its name, while a
// second body after it is (a joint header). Before (the development set),
// "Calderbrook Community Health NHS Foundation Trust – Quality Account"
// was the publisher.
func TestARunningHeadersPaperFieldIsNoPartOfItsBody(t *testing.T) {
	for line, want := range map[string]string{
		"Calderbrook Community Health NHS Foundation Trust – Quality Account 2025/26 – Part 3: Children and young": "Calderbrook Community Health NHS Foundation Trust",
		"Kent County Council – Annual Public Health Report 2024 – Chapter 2":                                       "Kent County Council",
		"NHS Fenwold Integrated Care Board – SEND health self-assessment 2025/26 – Draft":                          "NHS Fenwold Integrated Care Board",
		// A paper's name holding a body's word ("Board") is no body.
		"Board Assurance Framework 2026/27 | Quarter 1 extract: children and young people's services": "",
		"Trust Annual Report 2025/26 | Children's services":                                           "",
		"Fernhill NHS Foundation Trust | Trust Board (Public), 23 July 2026 | Item 11":                "Fernhill NHS Foundation Trust",
		"Wexley Partnership Board | Minutes":                                                          "Wexley Partnership Board",
	} {
		if got := runningOrg(line); got != want {
			t.Errorf("runningOrg(%q) = %q, want %q", line, got, want)
		}
	}
}

// A page title set whole in quotation marks is cited without them; one
// quoting only part of itself keeps its marks. Before (the development
// set), a story page's title kept its marks.
func TestATitleSetWholeInQuotationMarksLosesThem(t *testing.T) {
	for title, want := range map[string]string{
		`"Nine months for a hearing test, then the best appointment we've had"`: "Nine months for a hearing test, then the best appointment we've had",
		"“We waited two years for an assessment”":                               "We waited two years for an assessment",
		`"Still waiting": children's access to mental health services`:          `"Still waiting": children's access to mental health services`,
		`"Safe" and "well": a review of school nursing in Kent`:                 `"Safe" and "well": a review of school nursing in Kent`,
		"Waiting times in Kent":                                                 "Waiting times in Kent",
	} {
		if got := unquotedTitle(title); got != want {
			t.Errorf("unquotedTitle(%q) = %q, want %q", title, got, want)
		}
	}
}
