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

// TestEveryFieldOfAnExportCitesAWorkAlike: in a pack whose first finding
// (Kent County Council's report, 2024b) a note contradicts with Kent's
// other work of 2024 (2024a), every field of one export cites a work as
// the others do (hostile check 67): the JSON's own `citation` is lettered
// as its `citations` are, "Kent County Council (2024b)"; the CSV's `note`
// column gives the note with its work's reference, so a Vancouver CSV
// citing (1), (3), (4) holds work 2 too; the Markdown's footnote
// definitions run in the order of their marks. Before, the JSON's
// `citation` was "Kent County Council (2024)" for both works, the CSV had
// no note and no reference of the note's work, and the footnote
// definitions ran [^1], [^3], [^2] where a later finding's note cited
// another work.
func TestEveryFieldOfAnExportCitesAWorkAlike(t *testing.T) {
	p := notedPack(evidence.Harvard)
	var b bytes.Buffer
	if err := p.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var rows []struct {
		Citation  string            `json:"citation"`
		Citations map[string]string `json:"citations"`
	}
	if err := json.Unmarshal(b.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[0].Citation != "Kent County Council (2024b)" || !strings.Contains(rows[0].Citations["figure"], "(Kent County Council, 2024b)") {
		t.Errorf("Kent's JSON: citation %q beside %q, want Kent County Council (2024b) in both", rows[0].Citation, rows[0].Citations["figure"])
	}
	if len(rows) == 3 && rows[1].Citation != "Medway Council (2024)" {
		t.Errorf("Medway's JSON citation %q, want it unlettered: Medway has one work", rows[1].Citation)
	}

	p = notedPack(evidence.Vancouver)
	b.Reset()
	if err := p.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(recs) != 4 {
		t.Fatalf("CSV: %v, %d rows", err, len(recs))
	}
	note := slices.Index(recs[0], "note")
	if note < 0 {
		t.Fatalf("no note column: %v", recs[0])
	}
	if got := recs[1][note]; !strings.Contains(got, "38% (2)") || !strings.Contains(got, "2. Kent County Council. Parent carer survey") {
		t.Errorf("Kent's row note %q, want the survey's 38%% cited (2) with its reference", got)
	}
	if recs[2][note] != "" || recs[3][note] != "" {
		t.Errorf("notes on findings nothing contradicts: %q, %q", recs[2][note], recs[3][note])
	}

	// Footnotes: the second finding's note cites another work.
	p = notedPack(evidence.Footnotes)
	p.Others = map[string][]export.Other{p.Items[1].ID: p.Others[p.Items[0].ID]}
	b.Reset()
	if err := p.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	var defs []string
	for _, l := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(l, "[^") {
			defs = append(defs, l[:strings.Index(l, "]")+1])
		}
	}
	if want := []string{"[^1]", "[^2]", "[^3]", "[^4]"}; !slices.Equal(defs, want) {
		t.Errorf("footnote definitions %v, want %v:\n%s", defs, want, b.String())
	}
}
