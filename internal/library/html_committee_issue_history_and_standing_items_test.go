package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A committee system's pages (ModernGov's layout) are titled by the item,
// not the page kind ("Issue - items at meetings - ..."); an issue's history
// listing two meetings is dated by neither; a "Published:" date opening a
// sentence of the item's minutes dates the other paper it names, not the
// page; a standing item ("Declarations of interest") over the page's real
// item is no title, though an item page whose one item is standing keeps
// it. Before (hostile check 68), the first three were titled with the page
// kind or dated by the older meeting or the minutes' "Published:", and the
// fourth titled "Declarations of interest".
func TestACommitteePageIsTitledByItsItemAndDatedOnlyByItsMeeting(t *testing.T) {
	for _, c := range []struct{ name, page, title, publisher, date string }{
		{"issue.html", `<!DOCTYPE html><html><head><title>Issue - items at meetings - School Nursing Recommissioning | Oakvale Borough Council</title></head><body>
<h1>Issue - items at meetings - School Nursing Recommissioning</h1>
<div class="mgContent"><h2>Meeting: 02/12/2025 - Cabinet (Item 45.)</h2>
<p>In 2024, 58% of children in Oakvale were seen within 4 weeks.</p></div></body></html>`,
			"School Nursing Recommissioning", "Oakvale Borough Council", "2025-12-02"},
		{"history.html", `<!DOCTYPE html><html><head><title>Issue - items at meetings - Children's Oral Health Strategy | Wexdale County Council</title></head><body>
<div id="modgov"><h1 class="mgMainTitleTxt">Issue - items at meetings - Children's Oral Health Strategy</h1>
<h2>Meeting: 14/10/2025 - Health Scrutiny Committee (Item 6)</h2>
<p>In 2024, 23% of five-year-olds in Wexdale had visible tooth decay.</p>
<h2>Meeting: 20/01/2026 - Cabinet (Item 9)</h2>
<p>Cabinet agreed that the council commission supervised toothbrushing in every nursery.</p></div></body></html>`,
			"Children's Oral Health Strategy", "Wexdale County Council", ""},
		{"minutes.html", `<!DOCTYPE html><html><head><title>Agenda item - Children's Oral Health - Fernley Borough Council</title></head><body>
<div id="modgov"><h1>Agenda item</h1><h2>Children's Oral Health</h2>
<p>Meeting: 14/10/2025 - Health Scrutiny Committee (Item 6)</p><h3>Minutes:</h3>
<p>Published: 3 September 2024. The Director of Public Health presented the oral health needs assessment.</p>
<p>In 2024, 23% of five-year-olds in Fernley had visible tooth decay.</p></div></body></html>`,
			"Children's Oral Health", "Fernley Borough Council", "2025-10-14"},
		{"standing.html", `<!DOCTYPE html><html><head><title>Agenda item - Kentford Borough Council</title></head><body>
<div id="modgov"><h1>Agenda item</h1><p>Meeting: 14/10/2025 - Health Scrutiny Committee (Item 7)</p>
<h2>Declarations of interest</h2><p>There were no declarations of interest.</p>
<h2>Children's Weight Management Services</h2>
<p>In 2024, 38% of Year 6 pupils in Kentford were overweight or obese.</p></div></body></html>`,
			"Children's Weight Management Services", "Kentford Borough Council", "2025-10-14"},
		{"onlystanding.html", `<!DOCTYPE html><html><head><title>Agenda item - Minutes of the Previous Meeting - Fernley Borough Council</title></head><body>
<div id="modgov"><h1>Agenda item</h1><h2>Minutes of the Previous Meeting</h2>
<p>Meeting: 14/10/2025 - Health Scrutiny Committee (Item 2)</p>
<p>In 2024, 39% of Year 6 pupils in Fernley were overweight or obese.</p></div></body></html>`,
			"Minutes of the Previous Meeting", "Fernley Borough Council", "2025-10-14"},
	} {
		im, err := library.Guess(write(t, c.name, []byte(c.page)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if im.Source.Title != c.title || im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: title %q, publisher %q, date %q; want %q, %q, %q", c.name, im.Source.Title, im.Source.Publisher, im.Source.Date, c.title, c.publisher, c.date)
		}
	}
}
