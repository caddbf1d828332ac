package library

import "testing"

// TestRunningOrgReadsTheHeadersFirstField: a running header naming its
// body and then the paper ("NHS Fenmoor Integrated Care Board – Waits
// review 2025/26 – Draft") gives the body; a first field that is a title
// ("Area SEND inspection of Fenmoor Local Area Partnership – Report") or
// names no body gives nothing.
func TestRunningOrgReadsTheHeadersFirstField(t *testing.T) {
	for line, want := range map[string]string{
		"NHS Fenmoor Integrated Care Board – Waits review 2025/26 – Draft for the Board": "NHS Fenmoor Integrated Care Board",
		"Fenmoor Borough Council · Children's health profile · Page 3":                   "Fenmoor Borough Council",
		"Fenmoor Borough Council": "Fenmoor Borough Council",
		"Area SEND inspection of Fenmoor Local Area Partnership – Report": "",
		"Children's Mental Health Services – Annual Report 2025":          "",
		"Waits review 2025/26 – NHS Fenmoor Integrated Care Board":        "",
	} {
		if got := runningOrg(line); got != want {
			t.Errorf("%q: got %q, want %q", line, got, want)
		}
	}
}
