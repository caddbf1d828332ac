package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestANamedGroupOrAPostHolderAsksWhenItSays: in news, a body that says
// what another should do asks it, even where a word of its name or of
// its speaker's post names people ("The campaign group Fair Waits for
// Families said the council should ...", "The parents' group Fairwaits
// said ...", "Cllr Ann Lowe, cabinet member for children's services,
// said the council and the ICB should ..."), as doc.go's "X should"
// says. What parents or families said should be done stays their view,
// and so does a witness's evidence ("The Children's Commissioner told us
// that ...").
// Before: each was read as people's view, an excerpt.
func TestANamedGroupOrAPostHolderAsksWhenItSays(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []evidence.Actor // nil: no recommendation
	}{
		{"The campaign group Fair Waits for Families said the council should publish its waiting figures every month.", []evidence.Actor{evidence.LocalAuthorities}},
		{"The parents' group Fairwaits said the council should publish its waiting figures every month, so families can see progress.", []evidence.Actor{evidence.LocalAuthorities}},
		{"Cllr Ann Lowe, cabinet member for children's services, said the council and the ICB should publish a joint plan to bring waits down.", []evidence.Actor{evidence.ICBs, evidence.LocalAuthorities}},
		{"Parents said the council should publish its waiting figures every month.", nil},
		{"Many families told us the ICB should fund more nurses.", nil},
		{"The Children's Commissioner told us that schools should be able to book counselling for their pupils themselves.", nil},
	} {
		its := extract.Extract(parseBody(t, "Wexcombe Gazette", c.s+"\n"))
		if len(its) != 1 {
			t.Errorf("%q: items %v", c.s, its)
			continue
		}
		it := its[0]
		if c.want == nil {
			if it.Kind == evidence.Recommendation {
				t.Errorf("%q: a recommendation of %v, want people's view", c.s, it.Actors)
			}
			continue
		}
		if it.Kind != evidence.Recommendation {
			t.Errorf("%q: kind %s, want a recommendation", c.s, it.Kind)
			continue
		}
		got := slices.Clone(it.Actors)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: actors %v, want %v", c.s, got, want)
		}
	}
}
