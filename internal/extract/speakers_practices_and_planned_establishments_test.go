package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// Set 50 spent: figures. Every sentence is written for these tests.

// TestPlanReachSpeakersAndOwnPracticesAreNoFigures: a plan's further reach, an event's speakers, the sites
// of a place where a thing is based, the writer's own practices a group
// is registered with, the writer's own team as the subject of what it
// did, a mystery shop's attempts and the time a small errand took are no
// figures; the findings beside them are read.
func TestPlanReachSpeakersAndOwnPracticesAreNoFigures(t *testing.T) {
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

// TestShareWholeWords: a share whose whole is a number word past
// twelve, "one in fourteen", is a share, not a count of fourteen.
func TestShareWholeWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"Around one in fourteen 12 to 15-year-olds say they have tried a vape.", 100.0 / 14},
		{"About one in thirty babies is born early in the county.", 100.0 / 30},
		{"Roughly one child in sixteen has no dentist.", 100.0 / 16},
	} {
		figs := extract.Figures(c.s)
		if len(figs) != 1 || figs[0].Unit != evidence.UnitPercent || figs[0].Value < c.want-0.1 || figs[0].Value > c.want+0.1 {
			t.Errorf("%q: read %v, want %.1f percent", c.s, figs, c.want)
		}
	}
}

// TestParentForumAndCountedPracticesAsked: a forum of parents named as an organisation that
// has asked a body to act asks it, as a charity does, and "has asked all
// four practices to" asks the practices, the count no part of them; what
// leaders have recognised needs to improve is a finding, no ask.
func TestParentForumAndCountedPracticesAsked(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []evidence.Actor
	}{
		{"Eastwick Parent Carer Forum has asked the council to keep the short breaks budget at its current level.", []evidence.Actor{evidence.LocalAuthorities}},
		{"The patient group has asked all three practices to offer evening appointments for children.", []evidence.Actor{evidence.OtherActor}},
		{"Leaders in the council and the ICB have recognised that health assessments for children in care need to improve.", nil},
	} {
		var got []evidence.Actor
		asked := false
		for _, it := range extract.Extract(parseBody(t, "P", "## News\n\n"+c.s+"\n")) {
			if it.Kind == evidence.Recommendation {
				got, asked = it.Actors, true
			}
		}
		if c.want == nil {
			if asked {
				t.Errorf("%q: read as an ask of %v", c.s, got)
			}
			continue
		}
		if !asked || !slices.Equal(got, c.want) {
			t.Errorf("%q: asked %v (%v), want %v", c.s, got, asked, c.want)
		}
	}
}

// TestPlaceNamedBodyAsked: an item under "We are calling for:" that
// opens with a body whose name starts with its places ("The Fenmoor and
// Eastwick Integrated Care Board to fund ...") asks that body.
func TestPlaceNamedBodyAsked(t *testing.T) {
	body := "## What needs to change\n\nWe are calling for:\n\n1. NHS England to publish waiting times for every service.\n" +
		"2. The Fenmoor and Eastwick Integrated Care Board to fund the team to its full establishment.\n"
	var got []evidence.Actor
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Recommendation && strings.Contains(it.Text, "Integrated Care Board") {
			got = it.Actors
		}
	}
	if !slices.Equal(got, []evidence.Actor{evidence.ICBs}) {
		t.Errorf("asked %v, want ICBs", got)
	}
}

// TestPlannedEstablishment: staff in post "against a planned 52" keep
// the planned establishment, a bare number after it, as "against 52" does.
func TestPlannedEstablishment(t *testing.T) {
	for _, s := range []string{
		"The service has 17 speech and language therapists in post against a planned 23.",
		"We have 9.4 school nurses against a funded 14, and two are on long-term leave.",
	} {
		if figs := extract.Figures(s); len(figs) < 2 {
			t.Errorf("%q: read %v, want the staff in post and the establishment", s, figs)
		}
	}
}
