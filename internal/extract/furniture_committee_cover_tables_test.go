package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestCommitteeCoverTableAndDashedGlossaryAreFurniture: a council
// committee report's cover table ("| Sponsor | Dr Ann Vale, Director of
// Children's Services |", "| Wards affected | All wards |") and a glossary
// line spelling out an abbreviation after a dash ("SDQ – strengths and
// difficulties questionnaire.") are no items. Before: the sponsor's name
// and post and the glossary line were excerpts. A line after a dash that
// does not spell the abbreviation out is kept.
func TestCommitteeCoverTableAndDashedGlossaryAreFurniture(t *testing.T) {
	body := "| Report to | Northby Children's Partnership Board |\n|---|---|\n| Sponsor | Dr Ann Vale, Director of Children's Services |\n" +
		"| Decision required | Yes – for decision |\n| Wards affected | All wards |\n\n" +
		"## Current position\n\nThe service received 2,310 referrals in 2025, up 9% on the year before.\n\n" +
		"## Glossary\n\nSDQ – strengths and difficulties questionnaire.\n\nEHCP – education, health and care plan.\n\n" +
		"CAMHS – waits there have doubled since the pandemic and families are worried.\n"
	var texts []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		texts = append(texts, strings.TrimSpace(it.Text))
	}
	all := strings.Join(texts, "\n")
	for _, bad := range []string{"Ann Vale", "All wards", "for decision", "strengths and difficulties", "education, health and care plan"} {
		if strings.Contains(all, bad) {
			t.Errorf("%q in an item; items:\n%s", bad, all)
		}
	}
	for _, keep := range []string{"2,310 referrals", "waits there have doubled"} {
		if !strings.Contains(all, keep) {
			t.Errorf("%q not in an item; items:\n%s", keep, all)
		}
	}
}
