package extract

import "github.com/cypx/cypx/internal/lazyre"

// studyAreasRe is the places a study's cohort was drawn from, after the
// verb that says the study followed or sampled it: "followed 8,412
// children ... across three local authority areas", "recruited families
// in four areas", "surveyed families across Harlow and two neighbouring
// boroughs". Group 1 is the count of places: the study's scope, not
// a finding. "Waits rose in three areas" counts what was found.
var studyAreasRe = lazyre.New(`\b(?:followed|tracked|studied|recruited|sampled|surveyed|interviewed|observed|linked\s+records\s+(?:of|for))\b[^.;:!?]{0,100}?\b(?:across|in|from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+and\s+)?(` + workSmallNum + `)\s+(?:(?:neighbouring|nearby|adjoining|surrounding|other)\s+)?(?:(?:local\s+authority|council|study|pilot|icb|nhs\s+trust|trust|school|partner)\s+)?(?:areas|sites|local\s+authorities|councils|trusts|boroughs|counties|regions|icbs|schools|practices|hospitals)\b`)

// studySettingRe is the places a study was set in, as a structured
// abstract's "Setting" opens its line ("Setting Thirty local authority
// areas in three English regions.") or as the study says whom it invited
// to take part ("We invited all trusts in five regions to take part"):
// group 1 is the count of places, the study's scope, not a finding.
var studySettingRe = lazyre.New(`(?:^setting:?\s[^.;!?]{0,120}?|\binvited\b[^.;:!?]{0,80}?)\b(?:in|across|from)\s+(?:the\s+|all\s+)?(` + workSmallNum + `)\s+(?:(?:english|welsh|scottish|nhs|neighbouring|other|local\s+authority|council|health)\s+)?(?:areas|sites|local\s+authorities|councils|trusts|boroughs|counties|regions|nations|icbs|schools|practices|hospitals)\b`)

// maskStudyAreas marks the count of the places a study's cohort was
// drawn from (studyAreasRe) or set in (studySettingRe).
func maskStudyAreas(lower string, taken []bool) {
	if hasAnyFold(lower, "setting", "invited") {
		for _, m := range studySettingRe.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if !hasAnyFold(lower, "followed", "tracked", "studied", "recruited", "sampled", "surveyed", "interviewed", "observed", "linked") {
		return
	}
	for _, m := range studyAreasRe.FindAllStringSubmatchIndex(lower, -1) {
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}
