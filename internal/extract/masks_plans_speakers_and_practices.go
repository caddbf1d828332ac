package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// furtherExtensionRe is how far a scheme is to be extended: "seeking
	// funding to extend it to a further 30 settings", "we will roll the
	// clinic out to another four schools". A plan's reach, not a count of
	// what was done; the infinitive or the modal says it is yet to come.
	furtherExtensionRe = lazyre.New(`\b(?:to|will|would|could|shall)\s+(?:extend|expand|widen|roll\s+(?:it\s+|this\s+|them\s+)?out)\b[^.;:]{0,40}?\bto\s+(?:a\s+|an\s+)?(?:further|another|additional)\s+(` + s48Num + `)\b`)
	// speakersRe is who an event's audience will hear from: "On the day
	// you will hear from two of the young people who worked with us". A
	// programme's speakers, as its sessions and bookings are; "we heard
	// from 486 parents", a survey's reach, is past and stays a figure.
	speakersRe = lazyre.New(`\b(?:will|you['’]ll|we['’]ll|to|can|come\s+and)\s+hear\s+(?:directly\s+|first-hand\s+)?from\s+(` + s48Num + `)\b`)
	// placeEstateRe is the sites a place has, where a thing is or will be
	// based: "base health visitors in the borough's four family hubs",
	// "at the county's three hospitals". What the area is made of frames
	// the sentence, as a trust's own schools do (ownEstateRe).
	placeEstateRe = lazyre.New(`\b(?:in|at|across|from|into|between)\s+(?:all\s+|each\s+of\s+)?the\s+(?:borough|county|city|district|town|area|island|region)['’]s\s+(` + s48Num + `)\s+(?:\w+\s+)?(?:hubs|centres|hospitals|schools|sites|clinics|libraries|practices|surgeries|settings|colleges)\b`)
	// ownEstateWithRe is the writer's own practices or schools a group
	// belongs to: "one in four of the 41,600 patients registered with our
	// four practices", "pupils enrolled at our six academies" (ownEstateRe
	// reads "at"). Only with another figure beside it.
	ownEstateWithRe = lazyre.New(`\b(?:registered|enrolled|listed|signed\s+up)\s+(?:with|to|at)\s+(?:one\s+of\s+)?(?:our|its|their)\s+(` + s48Num + `)\s+(?:\w+\s+)?(?:practices|surgeries|schools|academies|sites|hubs|centres|nurseries|settings|colleges|pharmacies)\b`)
	// ownTeamSubjectRe is the writer's own team or partners counted as the
	// subject of what they did: "Our two social prescribers have linked 87
	// families to ...", "Our three partner charities supported 2,730 young
	// people". How many do the work frames the finding, the count of what
	// they did; only with another figure after it.
	ownTeamSubjectRe = lazyre.New(`^(?:["“‘']\s*)?our\s+(` + s48Num + `)\s+(?:[\w-]+\s+){0,3}?(?:prescribers|partners|nurses|practitioners|workers|coaches|navigators|volunteers|teams|officers|advisers|advisors|counsellors|therapists|champions|health\s+visitors|link\s+workers|charities|services|clinicians|pharmacists|mentors|youth\s+workers)\s+(?:have\s+|has\s+|had\s+|now\s+|between\s+them\s+|together\s+)*(?:\w+ed|saw|seen|supported|ran|run|gave|given|made|met|took|taken|helped|reached)\b`)
	// attemptsRe is how many tries a mystery shop or audit made: "nobody
	// answered on any of our three attempts", "after all four calls". The
	// method's rule, not a finding.
	attemptsRe = lazyre.New(`\b(?:on|in|at|after|across|over|for)\s+(?:any|all|each|either|both|none)\s+(?:of\s+)?(?:our|the|their|its|these)?\s*(` + s48Num + `)\s+(?:attempts|tries|calls|phone\s+calls|visits|rounds)\b`)
	// errandTimeRe is a short remark on how long a small thing took, a
	// quoted parent's "It took ten minutes." closing a story: the ease of
	// a booster or a form, told in passing, no measured wait. Only the
	// whole sentence, so that "It took 45 minutes for the ambulance to
	// arrive" stays a figure.
	errandTimeRe = lazyre.New(`^["“‘']?\s*(?:and\s+|but\s+)?it\s+(?:only\s+|just\s+)?took\s+(?:me\s+|us\s+|her\s+|him\s+|them\s+)?(?:only\s+|just\s+|about\s+|less\s+than\s+)?(` + s48Num + `)\s+(?:minutes|seconds)[.!]?\s*["”’']?\s*$`)
)

// maskS50Counts marks the counts above, from set 50: a plan's further
// reach, an event's speakers, the sites of a place where a thing is
// based, the writer's own practices a group is registered with, the
// writer's own team as the subject of what it did, a mystery shop's
// attempts and the time a small errand took in a quoted story. Read as
// figures they made statistics of what frames a finding.
func maskS50Counts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp, needOther bool) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			if needOther && !otherFigureOutside(lower, m[2], m[3]) {
				continue
			}
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "further") || strings.Contains(lower, "another") || strings.Contains(lower, "additional") {
		mark(furtherExtensionRe, false)
	}
	if strings.Contains(lower, "hear ") {
		mark(speakersRe, false)
	}
	if strings.Contains(lower, "'s ") || strings.Contains(lower, "’s ") {
		mark(placeEstateRe, false)
	}
	if strings.Contains(lower, "our ") || strings.Contains(lower, "its ") || strings.Contains(lower, "their ") {
		mark(ownEstateWithRe, true)
		mark(ownTeamSubjectRe, true)
	}
	mark(attemptsRe, false)
	if strings.Contains(lower, "took") {
		mark(errandTimeRe, false)
	}
}
