package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/extract"
)

// extractedItems are the statistics extracted from body, a report's
// paragraphs, with their figure records.
func extractedItems(t *testing.T, body string) []evidence.Item {
	t.Helper()
	doc, probs := corpus.Parse("sources/t.md", []byte("---\ntitle: Referrals\npublisher: Kent County Council\ndate: 2024\ntype: report\n---\n"+body))
	for _, p := range probs {
		if p.Skipped {
			t.Fatal(p)
		}
	}
	var out []evidence.Item
	for _, it := range extract.Extract(doc) {
		if it.Kind == evidence.Statistic {
			out = append(out, it)
		}
	}
	return out
}

// placeNameRe is a place a test sentence names.
var placeNameRe = regexp.MustCompile(`\b(?:Kent|Medway|Swale|Surrey|Sussex|Essex|Thurrock)\b`)

// TestFigureRowsSayWhatIsCountedAndWhose: each row of a pack's table of
// figures, and the CSV's measure column, says what its figure counts and
// whose, from the figure's record where its clause says only its place
// and value ("; in Medway, 1,200", "in 2023, 1,240"), with the record's
// period; and no row names a place the figure's record does not hold.
// Before (hostile check 65), rows read "in Medway, 1,200" and "in 2023,
// 1,240", with no period, and a row of "In Kent, 1,400 children were
// referred in 2023, compared with 1,200 in Medway" gave the 1,200 the
// whole sentence, Kent and all.
func TestFigureRowsSayWhatIsCountedAndWhose(t *testing.T) {
	body := strings.Join([]string{
		"In Kent, 1,400 children were referred in 2023; in Medway, 1,200.",
		"1,400 children in Kent were referred in 2023; in Medway, 1,200.",
		"In Kent, 1,400 children were referred in 2023, while Medway saw 1,200.",
		"In Kent, 1,400 children were referred in 2023, compared with 1,200 in Medway.",
		"32% of children in Surrey were overweight in 2023; in Sussex, 29%.",
		"Spending on CAMHS in Essex was £12.5 million in 2022/23; in Thurrock, £3.1 million.",
		"In 2022, 1,150 children were referred in Kent; in 2023, 1,240.",
		"In 2021, 28% of children in Surrey were overweight, and by 2023 the share was 32%.",
	}, "\n\n") + "\n"
	items := extractedItems(t, body)
	if len(items) != 8 {
		t.Fatalf("%d statistics, want 8", len(items))
	}
	var md bytes.Buffer
	if err := (export.Pack{Items: items, Accessed: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Figures: true}).WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	// The figures of the table in order, with their records.
	var figs []evidence.Figure
	for _, it := range items {
		figs = append(figs, it.TableFigures()...)
	}
	var rows [][]string
	table := md.String()[strings.Index(md.String(), "| Figure | What it measures"):]
	for _, line := range strings.Split(table, "\n")[2:] {
		if !strings.HasPrefix(line, "|") {
			break
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, cells)
	}
	if len(rows) != len(figs) {
		t.Fatalf("%d rows for %d figures:\n%s", len(rows), len(figs), table)
	}
	for i, r := range rows {
		f := figs[i]
		record := f.Place + " " + f.Population + " " + f.Measure
		for _, p := range placeNameRe.FindAllString(r[1], -1) {
			if !strings.Contains(record, p) {
				t.Errorf("row %q names %s, no place of its record (place %q, people %q, measure %q)", strings.Join(r, " | "), p, f.Place, f.Population, f.Measure)
			}
		}
		if f.Unit == evidence.UnitCount && !strings.Contains(r[1], "referred") && !strings.Contains(r[1], "saw") ||
			f.Unit == evidence.UnitPercent && !strings.Contains(r[1], "overweight") || f.Unit == evidence.UnitGBP && !strings.Contains(r[1], "CAMHS") {
			t.Errorf("row %q says nothing of what is counted", strings.Join(r, " | "))
		}
		if r[3] != f.Period && f.Role != evidence.RoleChange {
			t.Errorf("row %q: period %q, want the record's %q", strings.Join(r, " | "), r[3], f.Period)
		}
	}
	var out bytes.Buffer
	if err := export.CSV(&out, items, evidence.Harvard, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, want := range []struct{ figure, period, says string }{
		{"1,240", "2023", "referred"},
		{"32%", "2023", "overweight"},
	} {
		found := false
		for _, r := range recs[1:] {
			if strings.HasPrefix(r[col["text"]], "In 20") && r[col["figure"]] == want.figure {
				found = true
				if r[col["period"]] != want.period || !strings.Contains(r[col["measure"]], want.says) {
					t.Errorf("CSV row of %q: figure %s of %q measuring %q; want of %s, saying %q", r[col["text"]], want.figure, r[col["period"]], r[col["measure"]], want.period, want.says)
				}
			}
		}
		if !found {
			t.Errorf("no CSV row headed by %s", want.figure)
		}
	}
}

// TestEveryPathMarksTheLaterYearsHeadline: an item headed by a later
// year's value ("In 2022, 1,150 children were referred in Kent; in 2023,
// 1,240.") is headed by that value and its year on every path that marks
// a headline: the badge, the CSV's figure and period, and the JSON's
// role "headline" (both JSON exports), never the older 1,150. Before
// (hostile check 65), the JSON marked no figure, and a reader taking the
// first measured figure, as the contract says where none is marked,
// quoted 2022's 1,150.
func TestEveryPathMarksTheLaterYearsHeadline(t *testing.T) {
	for _, s := range []string{
		"In 2022, 1,150 children were referred in Kent; in 2023, 1,240.",
		"In 2021, 28% of children in Surrey were overweight, and by 2023 the share was 32%.",
		"Referrals in Kent were 1,150 in 2022 and 1,240 in 2023.",
	} {
		items := extractedItems(t, s+"\n")
		if len(items) != 1 {
			t.Fatalf("%s: %d statistics", s, len(items))
		}
		it := items[0]
		head, _ := it.Headline()
		if head.Period != "2023" || it.Badge() != head.Badge() {
			t.Errorf("%s: headed by %s of %q, badge %q; want 2023's", s, head.Text, head.Period, it.Badge())
		}
		for name, write := range map[string]func(*bytes.Buffer) error{
			"JSON": func(b *bytes.Buffer) error { return export.JSON(b, items) },
			"JSONWithCitations": func(b *bytes.Buffer) error {
				return export.JSONWithCitations(b, items, evidence.Harvard, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
			},
		} {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			var got []evidence.Item
			if err := json.Unmarshal(b.Bytes(), &got); err != nil || len(got) != 1 {
				t.Fatalf("%s: %v", name, err)
			}
			var marked []string
			for _, f := range got[0].Figures {
				if f.Role == evidence.RoleHeadline {
					marked = append(marked, f.Text+" of "+f.Period)
				}
			}
			if len(marked) != 1 || marked[0] != head.Text+" of 2023" {
				t.Errorf("%s of %q marks %v as the headline; want %s of 2023", name, s, marked, head.Text)
			}
		}
		var out bytes.Buffer
		if err := export.CSV(&out, items, evidence.Harvard, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		recs, _ := csv.NewReader(&out).ReadAll()
		col := map[string]int{}
		for i, h := range recs[0] {
			col[h] = i
		}
		if r := recs[1]; r[col["figure"]] != head.Copied() || r[col["period"]] != "2023" {
			t.Errorf("%s: CSV figure %q of %q; want %s of 2023", s, r[col["figure"]], r[col["period"]], head.Copied())
		}
	}
}
