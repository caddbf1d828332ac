package extract

import "github.com/cypx/cypx/internal/lazyre"

// Small counts in words that are no evidence (leftovers round 13h):
//   - the appointments a rule lets a family miss before a service takes
//     them off its list: "removed because they missed two offered
//     slots", "discharged after a family misses three appointments";
//   - the places where the writer's own staff run a service: "our nurses
//     have been running drop-in reviews in two secondary schools". Where
//     a service is held, not what was found; "two schools had no nurse"
//     has no "our" staff before it and stays a count.
var (
	missedBeforeRemovalRe = lazyre.New(`(?i)\b(?:because|after|if|when|once|where)\s+(?:they|families|a\s+family|children|a\s+child|the\s+child|parents|patients|young\s+people|he|she|you)\s+(?:had\s+|have\s+|has\s+)?(?:missed|miss|misses|did\s+not\s+attend|didn['’]t\s+attend|failed\s+to\s+attend)\s+(two|three|four|five)\s+(?:(?:offered|booked|consecutive|planned)\s+)?(?:slots|appointments|sessions|visits|contacts|reviews)\b`)
	ownStaffPlacesRe      = lazyre.New(`(?i)\bour\s+(?:[\w'’-]+\s+){0,2}(?:nurses|team|teams|staff|therapists|clinicians|practitioners|workers|volunteers|counsellors|health\s+visitors)\s+(?:have\s+been\s+|had\s+been\s+|are\s+|were\s+|now\s+)?(?:running|holding|offering|delivering|visiting|based|working|run|ran|hold|held|offer|offered|deliver|delivered|visit|visited|work|worked)\b[^.;:]{0,60}?\b(?:in|at|across)\s+(two|three|four|five|six)\s+(?:(?:primary|secondary|special|local|nearby|partner|more)\s+)?(?:schools|colleges|surgeries|practices|hubs|centres|sites|libraries|clinics|nurseries|academies)\b`)
)
