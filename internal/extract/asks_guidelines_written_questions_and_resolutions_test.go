package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestGuidelineNumberedSubsections: a guideline page's numbered
// recommendations ("1.1.2 Give every ...") under numbered subsections
// ("1.2 Early support") that an import set at the level of the
// "Recommendations" heading stay recommendations, each with its number,
// the imperatives too; a heading that is not numbered as a subsection
// ends them (set 45 spent). Every sentence is written for this test.
func TestGuidelineNumberedSubsections(t *testing.T) {
	body := "## Recommendations\n\n## 1.1 Keeping in touch\n\n" +
		"1.1.1 Tell families how long the wait for a first appointment is likely to be.\n\n" +
		"1.1.2 Give each family a named worker they can call during office hours.\n\n" +
		"## 1.2 Support while waiting\n\n" +
		"1.2.1 Speech and language services should offer a drop-in session to every family on the list.\n\n" +
		"## Terms used here\n\n" +
		"1.3.1 Ask the family what works best for them before each visit.\n"
	doc := parseTyped(t, "guidance", body)
	got := map[string]string{}
	for _, it := range extract.Extract(doc) {
		if it.Kind == evidence.Recommendation {
			got[it.Text[:12]] = it.Number
		}
	}
	for key, num := range map[string]string{"Tell familie": "1.1.1", "Give each fa": "1.1.2", "Speech and l": "1.2.1"} {
		if n, ok := got[key]; !ok || n != num {
			t.Errorf("%q: recommendation %v, number %q, want %q (got %v)", key, ok, n, num, got)
		}
	}
	if _, ok := got["Ask the fami"]; ok {
		t.Errorf("an item under a heading that ends the recommendations read as one: %v", got)
	}
}

// TestWrittenQuestionFormulaNoAsk: a written parliamentary question in its
// set form, with no question mark, asks the minister for an answer and is
// no recommendation (set 45 spent); a sentence asking a body to act stays
// one. Every sentence is written for this test.
func TestWrittenQuestionFormulaNoAsk(t *testing.T) {
	body := "## Question\n\nTo ask the Secretary of State for Education, what steps she is taking to ensure that councils publish waiting times for speech and language therapy.\n\n" +
		"## Our view\n\nWe ask the Secretary of State to require every council to publish waiting times for speech and language therapy.\n"
	doc := parseTyped(t, "report", body)
	var recs []string
	for _, it := range extract.Extract(doc) {
		if it.Kind == evidence.Recommendation {
			recs = append(recs, it.Text)
		}
	}
	if len(recs) != 1 || recs[0][:9] != "We ask th" {
		t.Errorf("recommendations %q, want only the writer's ask", recs)
	}
}

// TestResolutionAsksABody: a committee's resolution that a body be asked
// or encouraged to act asks that body, as a list item under "RESOLVED –"
// or alone; a resolution that a report be noted asks no one (set 45
// spent). Every sentence is written for this test.
func TestResolutionAsksABody(t *testing.T) {
	body := "## 14/25 Speech and language therapy\n\nRESOLVED –\n\n" +
		"- (1) That the report be noted.\n\n" +
		"- (2) That the Integrated Care Board be asked to publish speech therapy waits for each district every quarter.\n\n" +
		"- (3) That schools in the borough be encouraged to share their referral lists with the therapy team each term.\n"
	doc := parseTyped(t, "report", body)
	var recs []string
	for _, it := range extract.Extract(doc) {
		if it.Kind == evidence.Recommendation {
			recs = append(recs, it.Text)
		}
	}
	if len(recs) != 2 {
		t.Errorf("recommendations %q, want the two resolutions asking bodies", recs)
	}
	for _, r := range recs {
		if strings.Contains(r, "be noted") {
			t.Errorf("%q read as a recommendation", r)
		}
	}
}
