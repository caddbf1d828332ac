package library

import (
	"strings"
	"testing"
)

func TestStyledBoldCellsAreHeadings(t *testing.T) {
	page := `<html><body><table role="presentation"><tr><td style="padding:8px;font-size:16px;font-weight:bold;">Forward plan</td></tr>
<tr><td style="font-size:14px;">The committee will look at school nursing in June and at speech and language therapy in September, when the new contract starts.</td></tr>
<tr><td><p style="margin:0;font-weight:700;">Item 3: School nursing: staffing and caseloads</p>
<p style="margin:0;">Caseloads have risen since the service was last reviewed, and two posts are vacant across the borough's secondary schools.</p>
<p style="font-weight:bold;">Please send your questions to the clerk by Friday.</p>
<p style="font-weight:bold">Vacancies 14%</p></td></tr></table></body></html>`
	doc, err := parseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	// As a mail's HTML part is read: whole, its styles kept.
	body, _, err := pageBody(doc, false, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Forward plan", "## Item 3: School nursing: staffing and caseloads"} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("body lacks the heading %q:\n%s", want, body)
		}
	}
	for _, no := range []string{"## Please send", "## Vacancies"} {
		if strings.Contains(body, no) {
			t.Errorf("a sentence or a figure set in bold read as a heading %q:\n%s", no, body)
		}
	}
}
