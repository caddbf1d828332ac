package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// Set 49 spent: figures. Every sentence is written for these tests.

// TestS49NoFigures: the body's sites a person went to one of, a few sites
// in words beside the work's figures, a committee's seats, a course's
// sessions, a limit the reader is asked to keep, the reader's
// appointment's length, the least term an ask wants, the limit of a
// target an ask would set, the time limit an ask by a body sets and a
// span in a parent's quoted story are no figures.
func TestS49NoFigures(t *testing.T) {
	for _, s := range []string{
		"Ask the council to move school nursing from yearly grants to contracts of at least four years.",
		"Introduce a national standard so that no family waits more than 12 weeks for a wheelchair.",
		"Join our sleep workshop for parents (four weekly sessions, online).",
		"Please send the form back within two weeks.",
		"You see a therapist, normally for about 45 minutes, to talk about how your child plays.",
		"The youth offending service and the school nursing team should make sure every young person is offered a health check within 10 days.",
		`"We only learned our son had been using his spacer the wrong way for two years when he ended up on the ward.`,
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	for _, c := range []struct {
		s    string
		want []float64
	}{
		// The people counted stay; the sites they went to one of do not.
		{"Last year 418 under-18s went to one of our four urgent treatment centres, and 29% of them came at night.", []float64{418, 29}},
		{"We ran groups in 18 schools and at two family hubs.", []float64{18}},
		{"A scrutiny committee, which includes three parents of disabled children, met 11 times and reviewed 9 complaints.", []float64{11, 9}},
		// A group's members counted as those heard, and sessions run, stay.
		{"Our parent forum, which has 14 members, said 64% of families felt unheard.", []float64{14, 64}},
		{"The team ran 26 group sessions for parents in the autumn term.", []float64{26}},
		// A wait in a parent's story stays a figure.
		{`"Our daughter waited for three years to see anyone," one mother said.`, []float64{3}},
	} {
		figs := extract.Figures(c.s)
		var got []float64
		for _, f := range figs {
			got = append(got, f.Value)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: read %v, want %v", c.s, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: read %v, want %v", c.s, got, c.want)
				break
			}
		}
	}
}

// TestS49AgeGroupCount: a count of people named by their age group ("340
// over-65s", "57 under-18s") was read with no noun and lost.
func TestS49AgeGroupCount(t *testing.T) {
	for _, s := range []string{
		"In the winter 57 under-18s were admitted to adult wards.",
		"Last year 340 over-65s attended the falls clinic.",
	} {
		figs := extract.Figures(s)
		if len(figs) != 1 || figs[0].Unit != evidence.UnitCount {
			t.Errorf("%q: read %v, want one count", s, figs)
		}
	}
}
