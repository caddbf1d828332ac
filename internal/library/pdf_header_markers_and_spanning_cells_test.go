package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
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

// TestCellSpanningColumnsKeepsItsColumns: a LibreOffice table whose
// header cell is merged over two columns ("Children with tooth decay (%)"
// over 2022/23 and 2023/24, set in 2 cm columns, the years marked revised
// and provisional by a raised letter) keeps both columns, and its two
// header rows are one header, as a web page's are: each figure is of its
// year. Before, the merged cell made the two columns one, each row's
// figures one cell ("10.7 10.2[^1]"), the years a row of the body
// ("2022/23r 2023/24p"), and no figure had a period (red-team round 15).
func TestCellSpanningColumnsKeepsItsColumns(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "colspan.pdf"), library.Meta{Publisher: "Dental Survey Unit", Type: "survey", Date: "2025"})
	if err != nil {
		t.Fatal(err)
	}
	want := "| Age group | Children with tooth decay (%) 2022/23[^r] | Children with tooth decay (%) 2023/24[^p] |\n|---|---|---|\n" +
		"| 3 year olds | 10.7 | 10.2[^1] |\n| 5 year olds | 23.4 | 23.7 |\n"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no table\n%s\nin:\n%s", want, im.Body)
	}
	got := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			got[f.Text] = f.Measure + " | " + f.Population + " | " + f.Period
		}
	}
	for fig, rec := range map[string]string{
		"10.7": "children with tooth decay | 3 year olds | 2022/23",
		"10.2": "children with tooth decay | 3 year olds | 2023/24",
		"23.4": "children with tooth decay | 5 year olds | 2022/23",
		"23.7": "children with tooth decay | 5 year olds | 2023/24",
	} {
		if got[fig] != rec {
			t.Errorf("figure %s: %q, want %q", fig, got[fig], rec)
		}
	}
}

// TestJoinedHeaderCellsKeepTheirWords: a LibreOffice table whose two
// right-aligned header cells are set so close that poppler joins them into
// one run ("Core20 areas Least deprived") is cut where the words' gap meets
// the columns the rows define, so each column's header holds its own
// words. Before, the whole run was the first column's header: 212 measured
// "Core20 areas Least deprived" and 98 had no header (red-team round 15
// leftovers). Each row, under "Indicator", names what is measured, and the
// column which part of it (round 18).
func TestJoinedHeaderCellsKeepTheirWords(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "joinedhead.pdf"), library.Meta{Publisher: "Westmoor Public Health Team", Type: "report", Date: "2024"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "| Indicator | Core20 areas | Least deprived | All children |") {
		t.Errorf("the header's cells are not cut apart:\n%s", im.Body)
	}
	var got []string
	for _, it := range im.Items {
		for _, f := range it.Figures {
			got = append(got, f.Text+": "+f.Measure)
		}
	}
	all := strings.ToLower(strings.Join(got, "\n") + "\n")
	for _, want := range []string{"212: asthma emergency admissions per 100,000 children: core20 areas",
		"98: asthma emergency admissions per 100,000 children: least deprived", "73%: hybrid closed loop use in type 1 diabetes: least deprived"} {
		if !strings.Contains(all, want+"\n") {
			t.Errorf("no figure %q in\n%s", want, all)
		}
	}
}
