package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// importPage imports a web page with its metadata given, as cypx add
// --publisher --date --type does.
func importPage(t *testing.T, page string) library.Imported {
	t.Helper()
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Publisher: "Test Org", Date: "2024", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// figuresOf lists every figure the import found, as "text: measure".
func figuresOf(im library.Imported) []string {
	var out []string
	for _, it := range im.Items {
		for _, f := range it.Figures {
			out = append(out, f.Text+": "+f.Measure)
		}
	}
	return out
}

// A cell spanning rows (a region over two years) fills its column in the
// rows under it: the cells after it stay under their own headings, and
// each row names its region. Before, the rows under it moved one column
// left, and 1,300 referrals were read as 1,300 "children waiting over 18
// weeks" (red-team round 11).
func TestTableCellSpanningRowsKeepsColumns(t *testing.T) {
	im := importPage(t, `<html><head><title>Regional waits</title></head><body>
<p>The table below shows children's mental health waits and referrals in England by region.</p>
<table>
<tr><th>Region</th><th>Year</th><th>Children waiting over 18 weeks</th><th>Referrals</th></tr>
<tr><td rowspan="2">North</td><td>2022</td><td>45%</td><td>1,200</td></tr>
<tr><td>2023</td><td>50%</td><td>1,300</td></tr>
<tr><td rowspan="2">South</td><td>2022</td><td>30%</td><td>900</td></tr>
<tr><td>2023</td><td>35%</td><td>950</td></tr>
</table></body></html>`)
	if !strings.Contains(im.Body, "| North | 2023 | 50% | 1,300 |") {
		t.Errorf("the rows under a spanning cell are not aligned:\n%s", im.Body)
	}
	figs := figuresOf(im)
	for _, want := range []string{"50%: children waiting over 18 weeks", "1,300: referrals", "35%: children waiting over 18 weeks", "950: referrals"} {
		if !strings.Contains(strings.Join(figs, "\n"), want) {
			t.Errorf("no figure %q in %q", want, figs)
		}
	}
	for _, f := range figs {
		if strings.HasPrefix(f, "1,300: children") || strings.HasPrefix(f, "950: children") {
			t.Errorf("a count of referrals read as children waiting: %q", f)
		}
	}
}

// populations gives each figure of a table row the import found the
// population its record names.
func populations(im library.Imported) map[string]string {
	out := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			if it.Header != "" {
				out[f.Text] = f.Population
			}
		}
	}
	return out
}

// A cell spanning rows, in any column, is written in every row it spans,
// so each row's figures name the group they are of. A figure spanning
// rows is one figure for the rows together, written once, the rows under
// it marked "^^" (MultiMarkdown's cell merged with the one above). Before, the
// rows under it had an empty cell there, and 14,310 children waiting
// named no region: copied into a briefing, it read as a national figure.
func TestSpanningCellIsWrittenInEveryRow(t *testing.T) {
	im := importPage(t, `<html><head><title>Regional waits</title></head><body>
<p>The table below shows children waiting for community services in England by region and year.</p>
<table>
<thead><tr><th>Region</th><th>Year</th><th>Service</th><th>Children waiting</th><th>Share waiting over a year</th></tr></thead>
<tbody>
<tr><td rowspan="4">North</td><td rowspan="2">2023</td><td>Speech and language therapy</td><td>12,905</td><td rowspan="2">46%</td></tr>
<tr><td>Audiology</td><td>2,410</td></tr>
<tr><td rowspan="2">2024</td><td>Speech and language therapy</td><td>14,310</td><td>53%</td></tr>
<tr><td>Audiology</td><td>1,875</td><td>12%</td></tr>
</tbody></table></body></html>`)
	for _, want := range []string{
		"| North | 2023 | Speech and language therapy | 12,905 | 46% |",
		"| North | 2023 | Audiology | 2,410 | ^^ |",
		"| North | 2024 | Speech and language therapy | 14,310 | 53% |",
		"| North | 2024 | Audiology | 1,875 | 12% |",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no row %q:\n%s", want, im.Body)
		}
	}
	pops := populations(im)
	for _, fig := range []string{"12,905", "2,410", "14,310", "53%", "1,875", "12%"} {
		if pops[fig] != "North" {
			t.Errorf("figure %s is of %q, want North (all: %v)", fig, pops[fig], pops)
		}
	}
}

// rowspan="0" spans to the end of the cell's section, and no span runs
// past it: a header cell's rowspan stops at the end of <thead>, a body
// cell's at the end of <tbody>, a span past the table's last row at the
// last row, and a huge one (65534) costs no more than its rows. Before,
// "0" spanned one row, so the rows under it named no region, and a span
// out of <thead> pushed the first row's cells one column right.
func TestRowspanStopsAtItsSection(t *testing.T) {
	im := importPage(t, `<html><head><title>Regional waits</title></head><body>
<p>The table below shows children waiting for community services in England by region and year.</p>
<table>
<thead><tr><th rowspan="3">Region</th><th>Year</th><th>Children waiting</th></tr></thead>
<tbody>
<tr><td rowspan="0">North</td><td>2022</td><td>11,240</td></tr>
<tr><td>2023</td><td>12,905</td></tr>
<tr><td>2024</td><td>14,310</td></tr>
</tbody>
<tbody>
<tr><td rowspan="65534">South</td><td>2023</td><td>10,415</td></tr>
<tr><td>2024</td><td>10,960</td></tr>
</tbody>
<tfoot><tr><td>England</td><td>2024</td><td>98,120</td></tr></tfoot>
</table></body></html>`)
	want := "| Region | Year | Children waiting |\n|---|---|---|\n" +
		"| North | 2022 | 11,240 |\n| North | 2023 | 12,905 |\n| North | 2024 | 14,310 |\n" +
		"| South | 2023 | 10,415 |\n| South | 2024 | 10,960 |\n| England | 2024 | 98,120 |"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no table\n%s\nin:\n%s", want, im.Body)
	}
	pops := populations(im)
	for fig, region := range map[string]string{"12,905": "North", "14,310": "North", "10,960": "South"} {
		if pops[fig] != region {
			t.Errorf("figure %s is of %q, want %s (all: %v)", fig, pops[fig], region, pops)
		}
	}
}

// A footnote marker set as a superscript after a number is a marker, as a
// PDF's is ("340[^12]"), not more digits of the number. Before, "340<sup>12
// </sup> children" was imported as "34012 children", a figure of 34,012.
func TestSuperscriptMarkersAreNotDigitsOfTheNumber(t *testing.T) {
	im := importPage(t, `<html><head><title>Referrals</title></head><body>
<p>In 2023 there were 340<sup>12</sup> children waiting over a year for treatment.</p>
<p>There were 1,200<sup>4</sup> referrals to children's mental health services in 2022.</p>
<p>Around 45%<sup>3,5</sup> of children waited more than 18 weeks in England.</p>
<p>Some 2<sup>nd</sup> and 3<sup>rd</sup> referrals were made within the year.</p>
</body></html>`)
	for _, want := range []string{"340[^12] children", "1,200[^4] referrals", "45%[^3][^5] of", "2nd and 3rd referrals"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			if f.Value == 34012 || f.Value == 12004 || f.Value == 453 {
				t.Errorf("a footnote marker read as digits of a figure: %q in %q", f.Text, it.Text)
			}
		}
	}
}

// Struck-out text (<del>, <s>, <strike>) is what a page no longer says: a
// corrected figure is left out, its correction kept. Before, "<del>45%</del>
// <ins>54%</ins>" was imported as "45% 54%", and the statistic's figure was
// the withdrawn 45%.
func TestStruckOutTextIsLeftOut(t *testing.T) {
	im := importPage(t, `<html><head><title>Corrected</title></head><body>
<p>Correction: in 2023, <del>45%</del> <ins>54%</ins> of children waited more than 18 weeks for treatment.</p>
<p>In 2022, <s>30%</s> 33% of young people were referred to mental health services in England.</p>
<p>In 2021, <strike>20%</strike> 22% of young people were seen within four weeks of referral.</p>
</body></html>`)
	for _, gone := range []string{"45%", "30%", "20%"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("struck-out %q kept:\n%s", gone, im.Body)
		}
	}
	var badges []string
	for _, it := range im.Items {
		if it.Kind == evidence.Statistic && len(it.Figures) > 0 {
			badges = append(badges, it.Figures[0].Text)
		}
	}
	if strings.Join(badges, " ") != "54% 33% 22%" {
		t.Errorf("figures %q, want 54%% 33%% 22%%:\n%s", badges, im.Body)
	}
}

// A table with no header row (every cell of its first row a <td>, the
// first row data like the rest) is written with an empty header, as a
// PDF's headerless table is, so its first row is read as data. Before, the
// first row was the header: North's 45% was no figure, and the figures
// under it were measured as "45%" (red-team round 11).
func TestTableWithoutHeaderRowKeepsItsFirstRow(t *testing.T) {
	im := importPage(t, `<html><head><title>Waits by region</title></head><body>
<p>The share of children waiting more than 18 weeks for mental health treatment in 2023, by region of England:</p>
<table>
<tr><td>North</td><td>45%</td></tr>
<tr><td>South</td><td>50%</td></tr>
<tr><td>East</td><td>30%</td></tr>
</table>
<table>
<tr><td><b>Region</b></td><td><b>Waiting</b></td></tr>
<tr><td>West</td><td>35%</td></tr>
<tr><td>London</td><td>40%</td></tr>
</table></body></html>`)
	if !strings.Contains(im.Body, "|  |  |\n|---|---|\n| North | 45% |") || !strings.Contains(im.Body, "| Region | Waiting |\n|---|---|\n| West | 35% |") {
		t.Errorf("headers:\n%s", im.Body)
	}
	figs := strings.Join(figuresOf(im), "\n")
	if !strings.Contains(figs, "45%: ") || strings.Contains(figs, ": 45%") || !strings.Contains(figs, "35%: waiting") {
		t.Errorf("figures:\n%s", figs)
	}
}

// A table with two header rows, a year spanning two columns over the
// measures under it, keeps both levels in its one header row ("2024
// Waiting"), so each figure keeps its year, as its period: in <thead>, as
// two rows of <th> cells, and with the upper row set as bold <td> cells.
// Before, the lower row became a row of labels and the figures were
// measured as "2024", or nothing (round 13 leftovers).
func TestTwoHeaderRowsKeepBothLevels(t *testing.T) {
	const rows = `<tr><td>North</td><td>1,200</td><td>340</td><td>1,300</td><td>410</td></tr>
<tr><td>South</td><td>900</td><td>210</td><td>950</td><td>260</td></tr>`
	for name, table := range map[string]string{
		"thead": `<thead><tr><th rowspan="2">Region</th><th colspan="2">2023</th><th colspan="2">2024</th></tr>
<tr><th>Referrals</th><th>Waiting</th><th>Referrals</th><th>Waiting</th></tr></thead><tbody>` + rows + `</tbody>`,
		"two rows of th": `<tr><th></th><th colspan="2">2023</th><th colspan="2">2024</th></tr>
<tr><th>Region</th><th>Referrals</th><th>Waiting</th><th>Referrals</th><th>Waiting</th></tr>` + rows,
		"bold upper row": `<tr><td></td><td colspan="2"><b>2023</b></td><td colspan="2"><strong>2024</strong></td></tr>
<tr><th>Region</th><th>Referrals</th><th>Waiting</th><th>Referrals</th><th>Waiting</th></tr>` + rows,
		"bold total under it": `<thead><tr><th rowspan="2">Region</th><th colspan="2">2023</th><th colspan="2">2024</th></tr>
<tr><th>Referrals</th><th>Waiting</th><th>Referrals</th><th>Waiting</th></tr></thead>
<tr><td><b>England</b></td><td><b>2,100</b></td><td><b>550</b></td><td><b>2,250</b></td><td><b>670</b></td></tr>` + rows,
	} {
		im := importPage(t, `<html><head><title>Regional waits</title></head><body>
<p>The table below shows children's mental health waits and referrals in England by region.</p>
<table>`+table+`</table></body></html>`)
		if !strings.Contains(im.Body, "| Region | 2023 Referrals | 2023 Waiting | 2024 Referrals | 2024 Waiting |") {
			t.Errorf("%s: the header lost a level:\n%s", name, im.Body)
		}
		// The year is each figure's period, and no part of its measure.
		var dated []string
		for _, it := range im.Items {
			for _, f := range it.Figures {
				dated = append(dated, f.Text+": "+f.Measure+" ("+f.Period+")")
			}
		}
		figs := strings.Join(dated, "\n")
		if name == "bold total under it" && !strings.Contains(figs, "670: waiting (2024)") {
			t.Errorf("%s: the total is no row of figures:\n%s", name, figs)
		}
		for _, want := range []string{"1,200: referrals (2023)", "340: waiting (2023)", "1,300: referrals (2024)", "260: waiting (2024)"} {
			if !strings.Contains(figs, want) {
				t.Errorf("%s: no figure %q in\n%s", name, want, figs)
			}
		}
	}
}

// A table whose first header row names groups over several columns, and
// a title across the whole table above it, keeps the groups in its header
// and the title as a paragraph before it.
func TestHeaderGroupsOverSeveralColumns(t *testing.T) {
	im := importPage(t, `<html><head><title>Waits by service</title></head><body>
<p>The table below shows children's waits by service in England, by region.</p>
<table><thead>
<tr><th colspan="5">Children waiting, March 2024</th></tr>
<tr><th></th><th colspan="2">Mental health</th><th colspan="2">Community paediatrics</th></tr>
<tr><th>Region</th><th>Under 18 weeks</th><th>Over 18 weeks</th><th>Under 18 weeks</th><th>Over 18 weeks</th></tr>
</thead><tbody>
<tr><td>North</td><td>1,200</td><td>340</td><td>1,300</td><td>410</td></tr>
<tr><td>South</td><td>900</td><td>210</td><td>950</td><td>260</td></tr>
</tbody></table></body></html>`)
	if !strings.Contains(im.Body, "Children waiting, March 2024\n\n| Region | Mental health Under 18 weeks | Mental health Over 18 weeks | Community paediatrics Under 18 weeks | Community paediatrics Over 18 weeks |") {
		t.Errorf("the groups or the title are lost:\n%s", im.Body)
	}
	figs := strings.Join(figuresOf(im), "\n")
	for _, want := range []string{"340: mental health Over 18 weeks", "410: community paediatrics Over 18 weeks"} {
		if !strings.Contains(figs, want) {
			t.Errorf("no figure %q in\n%s", want, figs)
		}
	}
}

// A footnote marker in a table's header ("Waiting list<sup>3</sup>",
// "Referrals [note 2]") stays in the body a quote is cut from, and is no
// part of the measure of the figures under it (round 13 leftovers).
func TestHeaderFootnoteMarkersLeaveTheMeasure(t *testing.T) {
	im := importPage(t, `<html><head><title>Regional waits</title></head><body>
<p>The table below shows children's mental health waits and referrals in England by region.</p>
<table><tr><th>Region</th><th>Waiting list<sup>3</sup></th><th>Referrals [note 2]</th></tr>
<tr><td>North</td><td>1,200</td><td>340</td></tr>
<tr><td>South</td><td>900</td><td>210</td></tr></table></body></html>`)
	if !strings.Contains(im.Body, "| Region | Waiting list[^3] | Referrals [note 2] |") {
		t.Errorf("the header lost its markers:\n%s", im.Body)
	}
	figs := strings.Join(figuresOf(im), "\n")
	for _, want := range []string{"1,200: waiting list\n", "340: referrals\n", "900: waiting list\n", "210: referrals\n"} {
		if !strings.Contains(figs+"\n", want) {
			t.Errorf("no figure %q in\n%s", want, figs)
		}
	}
}

// TestFigureSpanningRowsHasNoFirstRowPeriod: a figure merged over the rows
// of 2023 and 2024 (rowspan) is of both years together: it has no period,
// and keeps the region its rows share. Before, the rows under it were
// written with an empty cell, and 1,500 took the first row's year, 2023.
func TestFigureSpanningRowsHasNoFirstRowPeriod(t *testing.T) {
	im := importPage(t, `<html><head><title>Regional waits</title></head><body>
<p>The table below shows children waiting for community services in England by region and year.</p>
<table><tr><th>Region</th><th>Year</th><th>Children waiting</th></tr>
<tr><td>North</td><td>2023</td><td rowspan="2">1,500</td></tr>
<tr><td>North</td><td>2024</td></tr>
<tr><td>South</td><td>2023</td><td>900</td></tr></table></body></html>`)
	period, pop := map[string]string{}, map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			if it.Header != "" {
				period[f.Text], pop[f.Text] = f.Period, f.Population
			}
		}
	}
	if period["1,500"] != "" || pop["1,500"] != "North" {
		t.Errorf("1,500 over 2023 and 2024: period %q, group %q; want none, North\n%s", period["1,500"], pop["1,500"], im.Body)
	}
	if period["900"] != "2023" {
		t.Errorf("900: period %q, want 2023", period["900"])
	}
}
