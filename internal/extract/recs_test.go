package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// parseBody parses a body under minimal front matter.
func parseBody(t *testing.T, publisher, body string) corpus.Document {
	t.Helper()
	doc, probs := corpus.Parse("sources/t.md", []byte("---\ntitle: T\npublisher: "+publisher+"\ndate: 2024\ntype: report\n---\n"+body))
	for _, p := range probs {
		if p.Skipped {
			t.Fatal(p)
		}
	}
	return doc
}

// recs renders the recommendations of a body as "number|text|actors".
func recs(t *testing.T, body string) []string {
	var out []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind != evidence.Recommendation {
			continue
		}
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		out = append(out, it.Number+"|"+it.Text+"|"+strings.Join(as, ","))
	}
	return out
}

// TestRecommendationAsks holds reported asks and what is not one, each a
// sentence written for this test.
func TestRecommendationAsks(t *testing.T) {
	cases := []struct {
		name, in string
		want     string // "" when the sentence is not a recommendation, else its actors
	}{
		{"calls on", "The charity calls on the government to publish a workforce plan for school nurses.", "Government"},
		{"called on", "The committee called on NHS England to set a waiting time standard for autism assessments.", "NHSE"},
		{"is calling on", "The alliance is calling on integrated care boards to ring-fence spending on children.", "ICBs"},
		{"urged", "Campaigners urged ministers to restore the public health grant.", "Government"},
		{"urges no addressee", "The report urges faster action on waiting times.", ""},
		{"wants ministers to", "The college wants ministers to fund more training places.", "Government"},
		{"asks the government to", "The review asks the government to legislate for a register of children not in school.", "Government"},
		{"must be required to", "ICBs must be required to report spending on children separately.", "ICBs"},
		{"we are asking for", "We are asking for a cross-government strategy for children’s health.", ""},
		{"we want to see", "We want to see every school offered a mental health support team.", ""},
		{"treasury", "We urge the Treasury to protect the early intervention budget.", "Government"},
		{"dfe and ofsted", "The Department for Education and Ofsted should review how inclusion is inspected.", "Other"},
		{"recommend that subjunctive", "We recommend that NHS England publish data on waits by age.", "NHSE"},
		{"should", "Local authorities should publish their local offer in plain English.", "Local authorities"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := recs(t, c.in)
			if len(got) != 1 {
				t.Fatalf("recommendations of %q: %q, want one", c.in, got)
			}
			if actors := got[0][strings.LastIndex(got[0], "|")+1:]; actors != c.want {
				t.Errorf("actors of %q = %q, want %q", c.in, actors, c.want)
			}
		})
	}
	not := []struct{ name, in string }{
		{"legal duty within weeks", "The local authority must issue a final plan within 20 weeks of the request."},
		{"legal duty section", "ICBs must publish a joint forward plan each year under section 14Z52 of the Act."},
		{"singular must", "Once a need is identified, the local authority must secure the provision in the plan."},
		{"statutory duty", "Schools have a duty to make reasonable adjustments for disabled pupils."},
		{"past view", "Leaders said services needed to work more closely with schools."},
		{"reported view", "Many respondents said the government should do more to fund prevention."},
		{"parents want", "Parents want schools to teach more about mental health."},
		{"call for evidence", "The department launched a call for evidence on alternative provision last year."},
		{"calls for noun", "Despite repeated calls for reform, the funding formula has not changed."},
		{"survey asked", "We asked young people to rate how easy it was to get help."},
		{"description", "Integrated care boards took on commissioning duties in July 2022."},
	}
	for _, c := range not {
		t.Run("not "+c.name, func(t *testing.T) {
			if got := recs(t, c.in); len(got) != 0 {
				t.Errorf("%q read as a recommendation: %q", c.in, got)
			}
		})
	}
}

// TestRecommendationLists holds lists of recommendations after headings
// and lead-ins, with their numbers.
func TestRecommendationLists(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"we recommend lead-in", "We recommend:\n\n- Publishing a national strategy for children’s health\n- Funding health visiting properly\n",
			[]string{"|Publishing a national strategy for children’s health|", "|Funding health visiting properly|"}},
		{"lead-in with actor", "Recommendations for ICBs:\n\n- Name a board member responsible for children\n- Publish waits by age\n",
			[]string{"|Name a board member responsible for children|ICBs", "|Publish waits by age|ICBs"}},
		{"upper case heading", "## RECOMMENDATIONS\n\n1. Increase the grant to 2015 levels in real terms.\n2. The government should publish a plan.\n",
			[]string{"1|Increase the grant to 2015 levels in real terms.|", "2|The government should publish a plan.|Government"}},
		{"key recommendations bullets", "## Key recommendations\n\n- Publish a children’s health strategy within a year.\n- 58% of trusts said demand rose.\n",
			[]string{"|Publish a children’s health strategy within a year.|"}},
		{"R numbers", "## Our recommendations\n\nR1 NHS England should publish data on waits by age.\n\nR2: ICBs should appoint a children’s lead.\n",
			[]string{"R1|NHS England should publish data on waits by age.|NHSE", "R2|ICBs should appoint a children’s lead.|ICBs"}},
		{"recommendation label number", "Recommendation 3: Trusts should report on transition to adult services.\n",
			[]string{"3|Trusts should report on transition to adult services.|Trusts"}},
		{"label alone", "Recommendation 4\n\nThe government should fund youth services for ten years.\n",
			[]string{"4|The government should fund youth services for ten years.|Government"}},
		{"dotted numbers", "## Recommendations for ICBs\n\n1.1 Publish a children’s plan.\n\n1.2 Name a lead for transitions.\n",
			[]string{"1.1|Publish a children’s plan.|ICBs", "1.2|Name a lead for transitions.|ICBs"}},
		{"sub-heading keeps context", "## Recommendations\n\n### For government\n\n1. Fund the plan.\n\n## Methods\n\n1. We read 40 plans.\n",
			[]string{"1|Fund the plan.|Government"}},
		{"numbered findings are not recommendations", "## Findings\n\n1. Demand rose in every region.\n2. Staff felt stretched.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := recs(t, c.body)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}
