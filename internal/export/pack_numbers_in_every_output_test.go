package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// notedPack is a pack of three councils' findings, the first of which a
// note contradicts with another work's value: Kent's 2024 survey, whose
// publisher and year are those of the first finding's report.
func notedPack(st evidence.Style) export.Pack {
	finding := func(id, publisher, title, text string) evidence.Item {
		src := evidence.Source{ID: id, Title: title, Publisher: publisher, Date: evidence.Date{Year: 2024}, Type: evidence.Report}
		return evidence.Item{ID: id + "#1", Kind: evidence.Statistic, Source: src, Text: text,
			Figures: []evidence.Figure{{Text: "41%", Value: 41, Unit: evidence.UnitPercent}}}
	}
	items := []evidence.Item{
		finding("kent-2024-waits", "Kent County Council", "Waiting times for autism assessment", "41% of children in Kent waited more than 18 weeks for an autism assessment in 2024."),
		finding("medway-2024-ehcp", "Medway Council", "Education, health and care plans", "41% of plans in Medway were issued within 20 weeks in 2024."),
		finding("surrey-2024-camhs", "Surrey County Council", "Children's mental health services", "41% of referrals in Surrey were seen within four weeks in 2024."),
	}
	other := finding("kent-2024-survey", "Kent County Council", "Parent carer survey", "38% of children in Kent waited more than 18 weeks for an autism assessment in 2024.")
	other.Figures[0] = evidence.Figure{Text: "38%", Value: 38, Unit: evidence.UnitPercent}
	return export.Pack{Items: items, Accessed: accessed, Style: st,
		Others: map[string][]export.Other{items[0].ID: {{Figure: other.Figures[0], Item: other}}}}
}

// jsonCitations is the "plain" citation and the "reference" of each
// finding of the pack's JSON, in order.
func jsonCitations(t *testing.T, p export.Pack) (plain, reference []string) {
	t.Helper()
	var b bytes.Buffer
	if err := p.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var rows []struct {
		Citations map[string]string `json:"citations"`
	}
	if err := json.Unmarshal(b.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		plain, reference = append(plain, r.Citations["plain"]), append(reference, r.Citations["reference"])
	}
	return plain, reference
}

// csvCitations is the citation column of the pack's CSV rows, in order.
func csvCitations(t *testing.T, p export.Pack) []string {
	t.Helper()
	var b bytes.Buffer
	if err := p.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("the CSV: %v, %d rows", err, len(rows))
	}
	col := slices.Index(rows[0], "citation")
	var out []string
	for _, r := range rows[1:] {
		out = append(out, r[col])
	}
	return out
}

// TestPackOutputsNumberWorksAlike: in Vancouver, a pack whose first
// finding's note cites another work's value numbers that work 2, after
// the finding's own, in the Markdown, the Word and the JSON alike: the
// next finding is (3) in each, its reference "3. Medway Council…". In
// Harvard the note's work, Kent's other report of 2024, letters Kent's
// works 2024a and 2024b in each output alike. Before, the JSON numbered
// the findings' works alone, in item order (Medway "(2)" beside the
// Markdown's "(3)"), and lettered them without the note's works (hostile
// check 65 M3).
func TestPackOutputsNumberWorksAlike(t *testing.T) {
	p := notedPack(evidence.Vancouver)
	var md, doc bytes.Buffer
	if err := p.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := p.WriteDOCX(&doc); err != nil {
		t.Fatal(err)
	}
	mdCites, _ := parseMarkdown(md.String())
	docCites, _ := parseDOCX(t, doc.Bytes())
	plain, reference := jsonCitations(t, p)
	csvCites := csvCitations(t, p)
	want := []string{"(1)", "(3)", "(4)"}
	for i, w := range want {
		if i >= len(mdCites) || !strings.HasPrefix(mdCites[i], w) {
			t.Errorf("finding %d in Markdown: %q, want %s\n%s", i+1, mdCites, w, md.String())
		}
		if i >= len(docCites) || !strings.HasPrefix(docCites[i], w) {
			t.Errorf("finding %d in Word: %q, want %s", i+1, docCites, w)
		}
		if i >= len(csvCites) || csvCites[i] != w {
			t.Errorf("finding %d in CSV: %q, want %s", i+1, csvCites, w)
		}
		if i >= len(plain) || !strings.Contains(plain[i], `" `+w+"\n\n") {
			t.Errorf("finding %d in JSON: %q, want %s", i+1, plain, w)
		}
	}
	if !strings.Contains(md.String(), "38% (2)") {
		t.Errorf("the note should cite the survey as (2):\n%s", md.String())
	}
	if len(reference) != 3 || !strings.HasPrefix(reference[1], "3. Medway Council") || !strings.HasPrefix(reference[2], "4. Surrey County Council") {
		t.Errorf("JSON references: %q", reference)
	}

	// Harvard: Kent's two works of 2024 are lettered in every output.
	p = notedPack(evidence.Harvard)
	md.Reset()
	if err := p.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	mdCites, _ = parseMarkdown(md.String())
	plain, _ = jsonCitations(t, p)
	if csvCites = csvCitations(t, p); len(csvCites) == 0 || csvCites[0] != "(Kent County Council, 2024b)" {
		t.Errorf("Kent's finding in CSV: %q, want (Kent County Council, 2024b)", csvCites)
	}
	if len(mdCites) == 0 || len(plain) == 0 || !strings.Contains(mdCites[0], "(Kent County Council, 2024b)") || !strings.HasSuffix(plain[0], mdCites[0]) {
		t.Errorf("Kent's finding: Markdown %q, JSON %q, want (Kent County Council, 2024b) in both", mdCites, plain)
	}
}
