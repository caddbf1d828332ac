package library

import (
	"strings"
	"testing"
)

// TestAPageThatIsOnlyADataTableKeepsItsTable: a page whose article is one
// headed table with sentence-long cells (an indicator table, an action
// log, a "You said, we did" page), with or without a line of introduction,
// keeps the whole table as a pipe table, its header and every row, and the
// headings and introduction beside it; before, readability kept only the
// first row's cells, each a paragraph of its own.
func TestAPageThatIsOnlyADataTableKeepsItsTable(t *testing.T) {
	for _, c := range []struct {
		name, main string
		want       []string
	}{
		{"indicator table", `<h1>School readiness in Medway</h1><table><thead><tr><th>Indicator</th><th>Medway 2023/24</th><th>England 2023/24</th></tr></thead><tbody><tr><td>Children achieving a good level of development at the end of Reception, of all children eligible for assessment in the year.</td><td>64.1%</td><td>67.7%</td></tr><tr><td>Children eligible for free school meals achieving a good level of development at the end of Reception.</td><td>48.2%</td><td>51.5%</td></tr></tbody></table>`,
			[]string{"| Indicator | Medway 2023/24 | England 2023/24 |", "| Children eligible for free school meals achieving a good level of development at the end of Reception. | 48.2% | 51.5% |"}},
		{"indicator table under an introduction", `<h1>School readiness in Swale</h1><p>Figures for 2023/24 are shown below.</p><table><thead><tr><th>Indicator</th><th>Swale 2023/24</th><th>England 2023/24</th></tr></thead><tbody><tr><td>Children achieving a good level of development at the end of Reception, of all children eligible for assessment in the year.</td><td>62.0%</td><td>67.7%</td></tr><tr><td>Children eligible for free school meals achieving a good level of development at the end of Reception.</td><td>45.1%</td><td>51.5%</td></tr></tbody></table>`,
			[]string{"Figures for 2023/24 are shown below.", "| Indicator | Swale 2023/24 | England 2023/24 |", "| 45.1% | 51.5% |"}},
		{"action log", `<h1>Action log</h1><h2>Actions</h2><table><tr><th>Action</th><th>Owner</th><th>Due</th></tr><tr><td>Both trusts to publish waiting times for every pathway monthly.</td><td>Provider chief executives</td><td>March 2026</td></tr><tr><td>Cray Valley to recruit to the vacant psychology posts.</td><td>Cray Valley Community Health NHS Trust</td><td>May 2026</td></tr></table>`,
			[]string{"## Actions", "| Action | Owner | Due |", "| Cray Valley to recruit to the vacant psychology posts. | Cray Valley Community Health NHS Trust | May 2026 |"}},
		{"you said, we did", `<h1>You said, we did</h1><table><thead><tr><th>You said</th><th>We did</th></tr></thead><tbody><tr><td>Parents told us that they waited too long for an appointment with the school nurse.</td><td>We shared your views with the provider, who has added evening clinics in three towns.</td></tr><tr><td>Young people said they wanted to be seen in school.</td><td>The council should fund a counsellor in every secondary school.</td></tr></tbody></table>`,
			[]string{"| You said | We did |", "| Young people said they wanted to be seen in school. | The council should fund a counsellor in every secondary school. |"}},
	} {
		page := `<html><head><title>Page</title><meta property="og:site_name" content="Medway Council"></head><body><header><nav><a href="/">Home</a> <a href="/s">Services</a></nav></header><main>` + c.main + `</main><footer><p>Medway Council, Gun Wharf, Dock Road, Chatham ME4 4TR</p></footer></body></html>`
		im, err := importHTML([]byte(page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, w := range c.want {
			if !strings.Contains(im.Body, w) {
				t.Errorf("%s: body lacks %q:\n%s", c.name, w, im.Body)
			}
		}
	}
}

// TestAPageLaidOutInTablesIsNoDataTable: a newsletter laid out in a table
// with no header row is not read as a data table.
func TestAPageLaidOutInTablesIsNoDataTable(t *testing.T) {
	page := `<html><head><title>Bulletin</title></head><body><table><tr><td><p>Our school nursing team saw more children this term than in any term before, and waits fell in every district.</p></td></tr><tr><td><p>The family hub in Chatham now opens on Saturday mornings for parents of babies under one.</p></td></tr></table></body></html>`
	im, err := importHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "|---|") || !strings.Contains(im.Body, "Our school nursing team saw more children") {
		t.Errorf("body:\n%s", im.Body)
	}
}
