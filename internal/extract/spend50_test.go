package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// Set 50 spent: figures. Every sentence is written for these tests.

// TestS50NoFigures: a plan's further reach, an event's speakers, the sites
// of a place where a thing is based, the writer's own practices a group
// is registered with, the writer's own team as the subject of what it
// did, a mystery shop's attempts and the time a small errand took are no
// figures; the findings beside them are read.
func TestS50NoFigures(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"The charity hopes to expand the scheme to a further 12 nurseries next year.", 0},
		{"We have applied for a grant to roll it out to another six schools.", 0},
		{"At the launch you will hear from three of the parents who shaped the report.", 0},
		{"Come and hear from two youth workers about the pilot.", 0},
		{"The new service would place school nurses in the county's five locality hubs.", 0},
		{"Only one in five of the 9,800 pupils enrolled at our six academies eats breakfast at home.", 2},
		{"Our three link workers have supported 140 young carers since the summer.", 1},
		{"Our two partner charities between them saw 1,210 children in the quarter.", 1},
		{"At 9 pharmacies, nobody picked up on any of our four calls.", 1},
		{"“I only found out when the receptionist told me. It took five minutes.”", 0},
		// A finding stays one.
		{"We heard from 320 young people and 41 teachers.", 2},
		{"It took 45 minutes for the ambulance to arrive.", 1},
		{"Last year the scheme was extended to 30 settings.", 1},
	} {
		if figs := extract.Figures(c.s); len(figs) != c.want {
			t.Errorf("%q: read %d figures %v, want %d", c.s, len(figs), figs, c.want)
		}
	}
}
