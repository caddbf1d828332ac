package extract_test

import (
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAttribution holds the ways a statistic gives its figure as another
// body's, and sentences that give none.
func TestAttribution(t *testing.T) {
	cases := []struct {
		name, in, cites string
	}{
		{"according to", "According to the Office for National Statistics (ONS), 21% of children live in poverty.", "Office for National Statistics"},
		{"according to data from", "According to the latest figures from the Department for Education, 1.6 million pupils have special needs.", "Department for Education"},
		{"according to name data", "According to NHS England data, 270,000 children were waiting at the end of March.", "NHS England"},
		{"figures from show", "Figures from the Children’s Commissioner show that 38% of children in contact with services waited too long.", "Children’s Commissioner"},
		{"found that", "The Health Foundation found that the grant had been cut by 28% per person.", "Health Foundation"},
		{"sentence-initial one word", "Ofsted found that 45% of local areas had significant weaknesses.", "Ofsted"},
		{"a report by", "A report by the Education Policy Institute put the average wait at 82 days.", "Education Policy Institute"},
		{"data from", "Data from NHS Digital suggest 20% of 8 to 16-year-olds had a probable disorder.", "NHS Digital"},
		{"possessive analysis", "The King’s Fund’s analysis shows spending rose by 4% a year.", "King’s Fund"},
		{"name figures show", "ONS figures show 3,800 more children in care than a year before.", "ONS"},
		{"harvard", "Spending has fallen by 24% since 2015 (Health Foundation, 2024).", "Health Foundation, 2024"},
		{"source in brackets", "In 2023, 4.3 million children were in poverty (source: DWP).", "DWP"},
		{"own survey", "Our survey found that 62% of trusts had a children’s lead.", ""},
		{"we found", "We found 40% of plans did not mention transition.", ""},
		{"numbered paragraph", "4.2 The Care Quality Commission found in its 2022 review that only around half had a named worker.", "Care Quality Commission"},
		{"analysis of data", "The College’s analysis of NHS England data shows that 10,000 children started treatment.", "NHS England"},
		{"publisher itself", "According to P, 40% of plans were late.", ""},
		{"common word", "Research found that 40% of young carers missed school.", ""},
		{"respondents", "Respondents reported that 40% of referrals were rejected.", ""},
		{"two bodies", "According to the ONS, 21% were poor, while NHS England data show 12% waited.", ""},
		{"estimated by", "The cost was estimated by the Centre for Mental Health at £8 billion a year.", "Centre for Mental Health"},
		{"recommended by", "Only 61% of areas reached the 90% level recommended by the World Health Organization.", "World Health Organization"},
		{"recommends that", "The Royal College of Nursing recommends that a school nurse should cover no more than 1,500 pupils.", "Royal College of Nursing"},
		{"standards say", "RCPCH standards say that at least 80% of shifts should have a consultant present.", "RCPCH"},
		{"statistics by subject", "NHS vacancy statistics show that one in ten posts was empty in March.", "NHS vacancy statistics"},
		{"plus in a name", "Around 1 in 5 children has eczema, according to Sight + Skin UK.", "Sight + Skin UK"},
		{"a body's word for itself", "The Commission found that only 58% of plans were completed on time.", ""},
		{"commissioned by is not a source", "Services commissioned by the ICB saw 12% more referrals.", ""},
		{"a plain name estimates that", "Bright Futures estimates that 54,000 children in England care for a parent.", "Bright Futures"},
		{"a plain name found that", "Carers Together found that 38% of young carers had missed a GP appointment.", "Carers Together"},
		{"one word estimates is no name", "Estimates suggest that 54,000 children care for a parent.", ""},
		{"some of a kind", "Some NHS trusts have reported that agency spending has more than doubled in two years.", ""},
		{"many of a kind", "Many ICBs reported that 30% of their placements were out of area.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			items := extract.Extract(parseBody(t, "P", c.in))
			got, found := "", false
			for _, it := range items {
				if it.Kind == evidence.Statistic {
					got, found = it.Cites, true
					break
				}
			}
			if !found {
				t.Fatalf("no statistic in %q", c.in)
			}
			if got != c.cites {
				t.Errorf("cites of %q = %q, want %q", c.in, got, c.cites)
			}
		})
	}
}

// TestAttributedCitation checks that a figure attributed to another body
// is cited as "cited in" its publisher.
func TestAttributedCitation(t *testing.T) {
	items := extract.Extract(parseBody(t, "NHS Providers", "According to the Health Foundation, the grant was cut by 24% since 2015.\n"))
	if len(items) != 1 {
		t.Fatalf("%d items", len(items))
	}
	if got, want := evidence.Cite(items[0], evidence.Harvard, evidence.FormatFigure, time.Time{}), "24% (Health Foundation, cited in NHS Providers, 2024)"; got != want {
		t.Errorf("cited as %q, want %q", got, want)
	}
}
