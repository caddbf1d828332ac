package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// ownStudyAreasRe is the writer's own study or pilot areas counted by
	// name: "In our four study areas, families ...", "across the three
	// pilot sites". Where the work was done, not a finding. Group 1 is
	// the count.
	ownStudyAreasRe = lazyre.New(`\b(?:our|the)\s+(` + s48Num + `)\s+(?:study|pilot|research|fieldwork|case[- ]study|trailblazer|evaluation)\s+(?:areas|sites|localities|places|boroughs|councils|trusts|schools|practices|icbs)\b`)
	// adminAreasSettingRe is the few administrative areas work covers or
	// people came from, counted in words: "clinicians from two ICB
	// areas", "from across the network's two ICB areas", "in three ICB
	// areas", and the regions they lie in: "24 local authority areas in
	// four English regions".
	// Where, not a finding; "two of the four ICB areas" still counts.
	// Group 1 is the count.
	adminAreasSettingRe = lazyre.New(`\b(?:in|across|from(?:\s+across)?|covering|spanning)\s+(?:(?:the|our|its|their|[\p{L}-]+['’]s)\s+){0,2}(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:icb|local\s+authority|council|integrated\s+care\s+board|ccg|borough|district|health\s+board)\s+areas|(?:english|nhs|nhs\s+england)\s+regions)\b`)
	// plannedOpeningRe is the few places the writer will open or set up:
	// "We will open two walk-in wellbeing hubs", "we will also set up three
	// new family centres". A plan's few sites to come, not a finding (the
	// counts under "we will:" are none either); the places or people a plan
	// adds ("We will create 260 new specialist places", "We will open two
	// more clinics") stay figures.
	// Group 1 is the count.
	plannedOpeningRe = lazyre.New(`\bwe\s+will\s+(?:also\s+|then\s+|now\s+)?(?:open|set\s+up|launch|establish|build|introduce|pilot)\s+(?:a\s+further\s+|an\s+extra\s+|another\s+)?(` + s56Small + `|[2-9])\s+(?:[\p{L}’'-]+\s+){0,3}?(?:hubs|centres|centers|clinics|cafés|cafes|sites|bases|spaces|drop-ins|teams|services|units|pathways|pilots)\b`)
	// addedToRe follows a count added to those there are: "two more",
	// "three additional".
	addedToRe = lazyre.New(`^\s+(?:more|additional|extra|further)\b`)
	// cpdHoursRe is the continuing professional development an event or a
	// course gives: "Certificates for 5 CPD hours", "6 hours of CPD". What
	// the reader earns by attending, not evidence. Group 1 (or 2) is the
	// count.
	cpdHoursRe = lazyre.New(`\b(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:cpd|continuing\s+professional\s+development)\s+(?:hours?|points?|credits?|units?)\b|\b(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|points?|credits?)\s+(?:of\s+)?(?:cpd|continuing\s+professional\s+development)\b`)
)

// maskS64Counts marks the not-figures above, from set 64: the writer's
// own study areas, the few places the writer will open and an event's CPD
// hours; and the few administrative areas work covers (sets 79 and 80).
func maskS64Counts(lower string, taken []bool) {
	var res []*lazyre.Regexp
	if strings.Contains(lower, "our ") || strings.Contains(lower, "the ") {
		res = append(res, ownStudyAreasRe)
	}
	if strings.Contains(lower, "we will") {
		res = append(res, plannedOpeningRe)
	}
	if strings.Contains(lower, " areas") || strings.Contains(lower, " regions") {
		res = append(res, adminAreasSettingRe)
	}
	if strings.Contains(lower, "cpd") || strings.Contains(lower, "professional development") {
		res = append(res, cpdHoursRe)
	}
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			if re == plannedOpeningRe && addedToRe.MatchString(lower[m[3]:]) {
				continue // "two more clinics": added to those there are, a figure
			}
			for g := 2; g+1 < len(m); g += 2 {
				for i := m[g]; m[g] >= 0 && i < m[g+1]; i++ {
					taken[i] = true
				}
			}
		}
	}
}
