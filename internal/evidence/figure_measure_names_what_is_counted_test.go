package evidence

import (
	"strings"
	"testing"
)

// measureOfF74e is FigureMeasure of the figure with text ft in text, its
// record rec, every figure of the text at its offset.
func measureOfF74e(text string, figs []Figure, ft string) string {
	for i := range figs {
		figs[i].Offset = strings.Index(text, figs[i].Text)
	}
	it := Item{Text: text, Figures: figs}
	for _, f := range figs {
		if f.Text == ft {
			return it.FigureMeasure(f)
		}
	}
	return ""
}

// TestFigureMeasureNamesWhatIsCounted: a table of figures' row says what
// its figure counts and whose it is where the words kept of its clause do
// not: a clause of a few words after a semicolon ("in Thornby, 860"), a
// long clause cut to its opening words that open on a time ("In the
// year to June 2024, the number … was 120, 95, 140 and 60
// respectively"), one cut before the figure's place. The record's group,
// measure and own place say it. Before (hostile check 64), the rows read
// "in Thornby, 860" and "In the year to June 2024, the number … was 120,
// 95, …", naming neither what was counted nor whose the 95 was.
func TestFigureMeasureNamesWhatIsCounted(t *testing.T) {
	got := measureOfF74e("In Ashby, 1,300 pupils were referred in 2022; in Thornby, 860.", []Figure{
		{Text: "1,300 pupils", Value: 1300, Unit: UnitCount, Record: Record{Population: "pupils", Measure: "were referred", Place: "Ashby", Period: "2022"}},
		{Text: "860", Value: 860, Unit: UnitCount, Record: Record{Population: "pupils", Measure: "were referred", Place: "Thornby", Period: "2022"}},
	}, "860")
	if got != "pupils were referred; Thornby" {
		t.Errorf("short clause: %q", got)
	}
	long := "In the year to June 2024, the number of young people referred to the community paediatric service for sleep difficulties, including settling, night waking and early rising, across the four districts of Ashby, Thornby, Brill and Oakham was 120, 95, 140 and 60 respectively, which was the highest count the service has recorded."
	got = measureOfF74e(long, []Figure{
		{Text: "120", Value: 120, Unit: UnitCount, Record: Record{Population: "young people", Measure: "referred to the community paediatric service for sleep difficulties, including settling, night waking and early rising, across the four districts in Ashby"}},
		{Text: "95", Value: 95, Unit: UnitCount, Record: Record{Population: "young people", Measure: "referred to the community paediatric service for sleep difficulties, including settling, night waking and early rising, across the four districts in Thornby"}},
	}, "95")
	if !strings.HasPrefix(got, "young people referred to the community paediatric service") || !strings.HasSuffix(got, "in Thornby") {
		t.Errorf("cut clause: %q", got)
	}
	got = measureOfF74e("In 2022, 1,750 children aged 0 to 4 in Ashby and 640 aged 5 to 11 in Thornby were seen by the community dental service this year.", []Figure{
		{Text: "1,750 children", Value: 1750, Unit: UnitCount, Record: Record{Population: "children aged 0 to 4 in Ashby", Measure: "were seen by the community dental service", Period: "2022"}},
		{Text: "640", Value: 640, Unit: UnitCount, Record: Record{Population: "aged 5 to 11 in Thornby", Measure: "were seen by the community dental service"}},
	}, "640")
	if !strings.Contains(got, "Thornby") || !strings.Contains(got, "dental") {
		t.Errorf("place cut off: %q", got)
	}
	// A ratio's measure opening on its group's noun is given first.
	got = measureOfF74e("The caseload was one dietitian to every 700 children under five in 2024, up from one to every 640 in 2020 across the whole of the county.", []Figure{
		{Text: "one dietitian to every 700 children", Value: 700, Unit: UnitCount, Record: Record{Population: "children under five", Measure: "children per dietitian", Period: "2024"}},
		{Text: "one to every 640", Value: 640, Unit: UnitCount, Record: Record{Population: "children under five", Measure: "children per dietitian", Period: "2020"}},
	}, "one to every 640")
	if got != "children per dietitian, children under five" {
		t.Errorf("ratio's earlier value: %q", got)
	}
	// Near-misses: a whole clause that says it is kept as written, and a
	// cut one whose kept words hold the record's group.
	long = "There was one dietitian for every 2,700 pupils aged 5 to 11 in Ashby in 2024, the highest caseload of any district in the whole of the county that year."
	got = measureOfF74e(long, []Figure{
		{Text: "one dietitian for every 2,700 pupils", Value: 2700, Unit: UnitCount, Record: Record{Population: "pupils aged 5 to 11 in Ashby", Measure: "pupils per dietitian", Place: "Ashby", Period: "2024"}},
	}, "one dietitian for every 2,700 pupils")
	if !strings.HasPrefix(got, "There was one dietitian for every 2,700 pupils aged 5 to 11 in Ashby") {
		t.Errorf("cut clause naming its group: %q", got)
	}
	got = measureOfF74e("In 2023, 97% of parents said the service helped them.", []Figure{
		{Text: "97%", Value: 97, Unit: UnitPercent, Record: Record{Population: "parents", Measure: "said the service helped them", Period: "2023"}},
	}, "97%")
	if got != "In 2023, 97% of parents said the service helped them" {
		t.Errorf("whole clause: %q", got)
	}
}
