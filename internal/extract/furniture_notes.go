package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A press release's notes to editors and a publisher's boilerplate, told
// sentence by sentence: a note giving a survey's base ("It was answered by
// 350 psychiatrists") is a finding's and stays; the notes around it are
// for journalists.
var (
	// interviewRe offers people to the press: "Dr Wierzbicki and parents
	// who took part are available for interview", "Spokespeople are
	// available for comment on request".
	interviewRe = lazyre.New(`(?i)\b(?:is|are)\s+(?:also\s+)?available\s+(?:for|to\s+give)\s+(?:interviews?|comment|broadcast|media\s+interviews?)\b|^(?:spokespeople|spokespersons?|case\s+studies)\b[^.!?]{0,80}\b(?:available|on\s+request)\b`)
	// mediaAssetRe offers pictures to the press: "Images of the clinics
	// can be downloaded from our media library".
	mediaAssetRe = lazyre.New(`(?i)^(?:high[- ]resolution\s+)?(?:images?|photos?|photographs?|pictures?|b-roll|footage|infographics?|graphics)\b[^.!?]{0,80}\b(?:can\s+be\s+(?:downloaded|found|requested)|(?:is|are)\s+available\s+(?:to\s+download|on\s+request|from|here|via|at))\b`)
	// methodNoteRe says who ran a survey, without its base: "The survey
	// was carried out online by Opinion Works between 2 and 20 June
	// 2025", "The results are not weighted". A note naming no firm ("The
	// member survey was carried out online in June") may open the note
	// that gives the base, and stays with it.
	methodNoteRe = lazyre.New(`(?i)^(?:the\s+|this\s+|our\s+)?(?:[\w'’-]+\s+){0,3}(?:survey|poll|polling|fieldwork|research|analysis)\s+(?:was|were)\s+(?:carried\s+out|conducted|undertaken|run|commissioned)\b[^.!?]{0,20}?(?-i:\sby\s+\p{Lu})|^(?:the\s+)?(?:results|data|figures)\s+(?:are|were|have\s+been)\s+(?:not\s+)?weighted\b`)
	// dataNoteRe says what a release's figures cover or where they come
	// from: "The Children's Commissioner's figures cover children referred
	// between April 2022 and March 2023", "Figures on hospital admissions
	// are taken from NHS England's Hospital Episode Statistics".
	dataNoteRe = lazyre.New(`(?i)^(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:figures|data|statistics)\s+(?:(?:on|for|about)\s+[^.!?]{1,80}?\s+)?(?:cover|covers|relate\s+to|refer\s+to|(?:are|were)\s+(?:taken|drawn|sourced)\s+from)\b`)
	// foundedRe is a body's founding in its boilerplate: "Airways for
	// Children was set up in 1987 by a group of parents", "It was founded
	// in 2016 and is hosted by the Youth Access Trust".
	foundedRe = lazyre.New(`^(?:It|(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|and|for|the|in|&|\p{Lu}[\p{L}'’&.-]*)){0,8})\s+was\s+(?:founded|established|set\s+up|formed|launched|created)\s+in\s+(?:19|20)\d\d\b`)
	// coalitionRe is a body saying what it is made of, in the third person
	// as notes to editors write: "The Children's Mental Health Alliance is
	// a coalition of 46 national and local charities". "We are the
	// umbrella body for ..." is the writer's own voice in the text, and is
	// left to it.
	coalitionRe = lazyre.New(`^(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|and|for|the|in|&|\p{Lu}[\p{L}'’&.-]*)){0,8}\s+(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:coalition|alliance|network|federation|partnership|consortium|membership\s+(?:body|organisation|organization)|umbrella\s+(?:body|organisation|organization))\s+(?:of|for|representing|bringing\s+together)\b`)
)

// noteClasses are the notes' furniture classes (see furnitureClasses).
var noteClasses = []furnitureClass{
	{cues: []string{"available"}, re: interviewRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{cues: []string{"image", "photo", "picture", "b-roll", "footage", "graphic"}, re: mediaAssetRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{cues: []string{"carried out", "conducted", "undertaken", " run", "commissioned", "weighted"}, re: methodNoteRe, maxWords: 40, dates: true, and: noMoney},
	{cues: []string{"figures", "data", "statistics"}, re: dataNoteRe, maxWords: 40, dates: true, and: noMoney},
	{cues: []string{"founded", "established", "set up", "formed", "launched", "created"}, re: foundedRe, maxWords: 40, made: true, and: noMoney},
	{cues: []string{"coalition", "alliance", "network", "federation", "partnership", "consortium", "membership", "umbrella"}, re: coalitionRe, maxWords: 40, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !strings.HasPrefix(lower, "we ")
	}},
}
