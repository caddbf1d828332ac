package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture of committee alerts, visit reports, statistics bulletins,
// easy-read reports, forums and council pages (held-out set 43), each
// told by how it opens or what it is made of:
//
//   - an agenda item's page range: "Minutes of the previous meeting
//     (Pages 1 - 8)";
//   - a paper's "Report of" line naming its officers, with no verb;
//   - an alert's notice that an agenda or minutes are published;
//   - an easy-read report's picture description: "[Picture: a bus]";
//   - a visit report's scope note ("This report relates only to the
//     service viewed on the date of the visit"; its visit team row is a
//     front sheet's, frontSheetLabels);
//   - the provider's response line: "Response received 24 November 2025
//     from ...";
//   - a bulletin's dataset card ("... Dataset | Released 20 March 2025
//     ..."), its pointer to more method notes and its release citation
//     ("Office for National Statistics (ONS), released ..., ONS
//     website, statistical bulletin, ...");
//   - a forum's description of itself: "This is a topic for parents of
//     ...";
//   - an easy-read report's maker line: "This easy read report was made
//     with the young people's panel";
//   - a signpost for families who cannot find a service: "Families who
//     cannot find an NHS dentist can call NHS 111".
var (
	agendaPagesRe     = lazyre.New(`(?i)\(\s*pages?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*\)\s*\.?$`)
	reportOfRe        = lazyre.New(`(?i)^(?:joint\s+)?report\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?(?:director|head|chief|lead|manager|officer|commissioner|scrutineer|chair|executive|nurse|consultant|member|leader)\b[^.!?]{0,200}\.?$`)
	publishedNoticeRe = lazyre.New(`(?i)^(?:the\s+)?(?:agenda|minutes|papers|decisions?|supplementary\s+agenda|reports?)\s+(?:for|of)\s+(?:the\s+)?(?:meeting|committee|panel|board|cabinet|council|sub-committee)\b[^.!?]{0,60}?\s+(?:has|have)\s+(?:now\s+)?been\s+(?:published|updated|uploaded|added)\b[^.!?]{0,80}\.?$`)
	pictureNoteRe     = lazyre.New(`(?i)^\[\s*(?:picture|image|photo|photograph|illustration|graphic|icon|drawing)\s*:[^\]]{1,200}\]\.?$`)
	visitScopeRe      = lazyre.New(`(?i)^this\s+(?:report|visit\s+report)\s+relates\s+only\s+to\b[^!?]{0,240}$`)
	responseLineRe    = lazyre.New(`(?i)^(?:the\s+)?(?:provider['’]s\s+)?(?:response|reply)\s+received\s+(?:on\s+)?\d{1,2}\s+[a-z]+\s+\d{4}\s+from\s+[^.!?]{2,120}\.?$`)
	datasetCardRe     = lazyre.New(`(?i)\b(?:dataset|statistical\s+bulletin|bulletin|article|methodology)\s*\|\s*released\s+\d{1,2}\s+[a-z]+\s+\d{4}\b`)
	moreMethodRe      = lazyre.New(`(?i)^more\s+[^.!?]{1,60}?\s+(?:information|detail|details|notes)\s+(?:is|are)\s+available\s+(?:in|on|from)\s+(?:our|the|its)\b[^.!?]{0,80}\.?$`)
	releaseCitationRe = lazyre.New(`(?i),\s+released\s+\d{1,2}\s+[a-z]+\s+\d{4},\s+[^,]{1,40}\s+website,\s+`)
	forumAboutRe      = lazyre.New(`(?i)^this\s+(?:is\s+(?:a|the)\s+(?:topic|forum|board|section|space|group|category)\s+for|(?:topic|forum|board|section|space|group|category)\s+is\s+for)\b`)
	easyReadMakerRe   = lazyre.New(`(?i)^this\s+(?:easy[\s-]read\s+)?(?:report|guide|version|leaflet|booklet|document)\s+(?:was|has\s+been)\s+(?:made|produced|written|created|co-produced|designed)\s+(?:with|by|together\s+with)\s+[^.!?]{2,100}\.?$`)
	cannotFindRe      = lazyre.New(`(?i)^(?:anyone|parents|carers|families|young\s+people|people|residents|patients)\s+who\s+(?:cannot|can['’]t|are\s+unable\s+to)\s+(?:find|get|see|reach)\b[^.!?,]{0,60}?\s+(?:can|should|may)\s+(?:call|ring|phone|contact|visit|text|use)\b[^!?]{0,120}$`)
)

// s43Classes are this file's furniture classes (see furnitureClasses),
// each picked by its lead: a class picked by its lead needs no bit of the
// cue table. An empty lead tries the class on every sentence, its may a
// cheap test first.
var s43Classes = []furnitureClass{
	{lead: []string{""}, re: agendaPagesRe, maxWords: 30, made: true, whole: true, may: func(_, lower string) bool {
		return strings.Contains(lower, "(page")
	}, and: noMoney},
	{lead: []string{"report of", "report from", "joint report"}, re: reportOfRe, maxWords: 50, made: true, whole: true, and: noVerbLine},
	{lead: []string{"the ", "agenda", "minutes", "papers", "decision", "supplementary", "report"}, re: publishedNoticeRe, maxWords: 35, made: true, whole: true, dates: true, and: noMoney},
	{lead: []string{"["}, re: pictureNoteRe, maxWords: 40, made: true, whole: true},
	{lead: []string{"this report relates", "this visit report relates"}, re: visitScopeRe, maxWords: 50, made: true, whole: true, and: noMoney},
	{lead: []string{"response", "reply", "the response", "the reply", "the provider"}, re: responseLineRe, maxWords: 30, made: true, whole: true},
	{lead: []string{""}, re: datasetCardRe, maxWords: 60, made: true, whole: true, may: func(_, lower string) bool {
		return strings.Contains(lower, "| released")
	}, and: noMoney},
	{lead: []string{"more "}, re: moreMethodRe, maxWords: 30, made: true, whole: true, and: noMoney},
	{lead: []string{""}, re: releaseCitationRe, maxWords: 60, made: true, whole: true, overAsk: true, may: func(_, lower string) bool {
		return strings.Contains(lower, ", released")
	}},
	{lead: []string{"this is a", "this is the", "this topic", "this forum", "this board", "this section", "this space", "this group", "this category"}, re: forumAboutRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{lead: []string{"this "}, re: easyReadMakerRe, maxWords: 30, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !containsAny(lower, []string{" who ", " found ", " show", " which "})
	}},
	{lead: []string{"anyone", "parents", "carers", "families", "young people", "people", "residents", "patients"}, re: cannotFindRe, maxWords: 40, and: noMoney},
}

// noVerbLine: a line naming people and bodies with no verb of a finding
// ("Report of the Director of Public Health, Westvale Council"), not
// "Report of the review found that ...".
func noVerbLine(t, lower string) bool {
	return noMoney(t, lower) && !containsAny(lower, []string{" found", " show", " is ", " are ", " was ", " were ", " has ", " have ", " said", " says", " sets out", " recommends"})
}
