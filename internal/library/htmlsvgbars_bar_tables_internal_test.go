package library

import (
	"strings"
	"testing"
)

func TestSVGBarChartReadAsTable(t *testing.T) {
	bar := func(label, value string) string {
		return `<g class="bar"><text class="label">` + label + `</text><rect width="120" height="20"></rect><text class="value">` + value + `</text></g>`
	}
	doc := `<html><head><title>Growing up in Tarnford | Chartly</title></head><body><main><article>
<h1>Growing up in Tarnford</h1>
<p>An interactive report by the Tarnford Children's Foundation.</p>
<p>More families in Tarnford are waiting for help with their children's teeth than at any time since the service began, and the waits are longest in the town's east.</p>
<p>Children waiting for a dental assessment, by ward</p>
<svg class="chart" width="600" height="200"><g class="axis"><g class="tick"><text>0</text></g><g class="tick"><text>500</text></g></g>
<g class="plot">` + bar("Eastgate and Mill Lane", "612") + bar("Northfield", "388") + bar("West Hill", "145") + `</g></svg>
<p>In the eastern wards, 41% of children had waited more than a year, against 12% in the west.</p>
<svg class="chart">` + bar("Eastern wards", "41%") + bar("Western wards", "12%") + `</svg>
<p>We want the council and the ICB to fund extra sessions in the eastern wards this year, so that no child waits more than six months for an assessment.</p>
</article></main></body></html>`
	im, err := importHTML([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| Eastgate and Mill Lane | 612 |", "| Northfield | 388 |", "| West Hill | 145 |"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks the bar %q:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "| Eastern wards |") {
		t.Errorf("a chart of the figures its caption states is kept as a table:\n%s", im.Body)
	}
	if im.Source.Publisher != "Tarnford Children's Foundation" {
		t.Errorf("publisher %q, want the foundation the report is by, not the charting platform", im.Source.Publisher)
	}
}
