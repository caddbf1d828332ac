package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture that says where a page's figures or the paper itself come
// from (set 35), each a sentence whole:
//
//   - a preprint's notice ("This article is a preprint and has not been
//     certified by peer review.");
//   - a stat panel's source line, a survey named with its dates and its
//     count of responses and no verb ("Family survey, May to June 2025
//     (412 responses).");
//   - an estimate's provenance ("Illustrative estimate from our own
//     modelling, 2025.");
//   - a university page's boilerplate of its school's rating ("The
//     School of Nursing was ranked among the top 20 in the UK in REF
//     2021.").
var (
	preprintNoticeRe = lazyre.New(`(?i)^(?:this\s+(?:article|paper|manuscript|report|study|version|work)\s+is\s+a\s+preprint\b|(?:this\s+)?preprint\b[^.!?]{0,40}\bnot\s+(?:yet\s+)?(?:been\s+)?(?:certified|peer[- ]reviewed))[^!?]{0,120}$`)
	surveySourceRe   = lazyre.New(`(?i)^[^.!?]{2,80}\bsurvey,\s+[^.!?]{2,50}\b(?:19|20)\d\d\s*\(\s*(?:n\s*=\s*)?[\d,]+\s+(?:responses|respondents|replies)\s*\)\.?$`)
	estimateSourceRe = lazyre.New(`(?i)^(?:illustrative|indicative|modelled|estimated)\s+(?:estimates?|figures?|values?|numbers?)\s+(?:from|based\s+on|using)\s+[^!?%£]{2,80}$`)
	schoolRatingRe   = lazyre.New(`(?i)^(?:the\s+)?(?:school|faculty|department|institute|university|college)\s+(?:of\s+)?[^.!?]{2,60}?\s+(?:was|is|has\s+been|were|are)\s+(?:rated|ranked|placed|named)\b[^!?]{0,80}\b(?:REF\s?20\d\d|research\s+excellence\s+framework|league\s+tables?|world\s+rankings?|university\s+rankings?)\b[^!?]{0,40}$`)
)

// s35Classes are this file's furniture classes (see furnitureClasses).
var s35Classes = []furnitureClass{
	{lead: []string{"this", "preprint"}, re: preprintNoticeRe, maxWords: 30, made: true, whole: true},
	// The source line opens with its survey's owner, any word: every
	// sentence is a candidate, and the cheap test picks the few to try.
	{lead: []string{""}, re: surveySourceRe, maxWords: 20, made: true, whole: true, may: func(_, lower string) bool {
		return strings.Contains(lower, "survey,") && strings.HasSuffix(strings.TrimRight(lower, ". "), ")")
	}},
	{lead: []string{"illustrative", "indicative", "modelled", "estimated"}, re: estimateSourceRe, maxWords: 20, made: true, whole: true},
	{lead: []string{"the ", "school", "faculty", "department", "institute", "university", "college"}, re: schoolRatingRe, maxWords: 40, made: true, whole: true},
}
