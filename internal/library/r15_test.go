package library_test

import (
	"strings"
	"testing"
)

// A one-letter superscript is a note marker as a number is: statistics
// mark revised and provisional years so ("2022/23<sup>r</sup>",
// "2023/24<sup>p</sup>"). Before, the letter ran into the header
// ("2022/23r"), so the header named no period and each year was a
// measure of its own, "uptake at 24 months 2022/23r", and "88.9<sup>e</sup>"
// was "88.9e", no figure at all (red-team round 15).
func TestLetterMarkersInHeadersLeaveThePeriod(t *testing.T) {
	im := importPage(t, `<html><head><title>Immunisation uptake</title></head><body>
<p>The table below shows immunisation uptake among children in England by year.</p>
<table><thead>
<tr><th rowspan="2">Vaccine</th><th colspan="2">Uptake at 24 months (%)</th></tr>
<tr><th>2022/23<sup>r</sup></th><th>2023/24<sup>p</sup></th></tr>
</thead><tbody>
<tr><td>MMR1</td><td>89.3</td><td>88.9<sup>e</sup></td></tr>
<tr><td>Some 2<sup>nd</sup> doses</td><td>92.1</td><td>91.8</td></tr>
</tbody></table></body></html>`)
	if !strings.Contains(im.Body, "| Vaccine | Uptake at 24 months (%) 2022/23[^r] | Uptake at 24 months (%) 2023/24[^p] |") ||
		!strings.Contains(im.Body, "| 88.9[^e] |") || !strings.Contains(im.Body, "2nd doses") {
		t.Errorf("the letters are not markers:\n%s", im.Body)
	}
	var periods []string
	for _, it := range im.Items {
		for _, f := range it.Figures {
			periods = append(periods, f.Text+": "+f.Measure+" in "+f.Period)
		}
	}
	got := strings.Join(periods, "\n")
	for _, want := range []string{"89.3: uptake at 24 months in 2022/23", "88.9: uptake at 24 months in 2023/24"} {
		if !strings.Contains(got, want) {
			t.Errorf("no figure %q in\n%s", want, got)
		}
	}
}
