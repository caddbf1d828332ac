package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A paper's housekeeping and a page's pointers, each told by how it
// opens, so that a sentence saying something of a service stays:
//
//   - a paper's report back to its board: "A further update will come to
//     the Board in January 2026", "The Panel will review progress at its
//     meeting in October";
//   - who made the paper: "Report prepared by the Public Health
//     Intelligence Team";
//   - where the rest of it is: "The full data tables are available to
//     members on the Board's document portal", "You can read the full
//     evaluation, with every table, on our publications page";
//   - a chapter introducing itself: "This chapter looks at the areas
//     where uptake is lowest";
//   - a live page's welcome and where to watch: "Welcome to our live
//     coverage from the Guildhall", "You can watch the livestream on the
//     council's channel";
//   - a briefing's covering line and reading time: "Ahead of the Health
//     and Wellbeing Board on 9 October, please find below a short note
//     on ...", "Reading time: about 6 minutes".
//   - a part published on its own naming itself: "This is Part 3 of our
//     annual report";
//   - a service page pointing at the form to refer with: "GPs should use
//     the referral form on the professionals' page".
var (
	paperReportBackRe = lazyre.New(`(?i)^(?:(?:an?|the)\s+(?:further\s+|progress\s+|final\s+|full\s+|written\s+)?(?:update|report|paper)\s+(?:on\s+[^.!?]{1,60}?\s+)?will\s+(?:come|be\s+(?:brought|presented|taken|submitted|provided|given)|return|go)\s+(?:back\s+)?to\s+(?:the|a\s+future|its\s+next|a\s+later)\s+(?:[\w'’-]+\s+){0,5}?(?:committee|board|panel|cabinet|meeting|sub-committee|group)|(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:committee|board|panel|cabinet|group|partnership)\s+will\s+(?:review|receive|consider|monitor)\s+(?:progress|an?\s+(?:update|further\s+report|progress\s+report))\b[^.!?]{0,20}?\s(?:at|in)\s+(?:its|the|a)\s+(?:next\s+|future\s+)?meeting)\b[^!?]{0,60}$`)
	preparedByRe      = lazyre.New(`(?i)^(?:this\s+)?(?:report|paper|briefing|note)\s+(?:was\s+)?(?:prepared|written|compiled)\s+by\s+[^.!?]{2,100}\.?$`)
	restAvailableRe   = lazyre.New(`(?i)^(?:(?:the\s+)?(?:full|complete|whole|detailed)\s+[^.!?]{1,60}?\s+(?:is|are)\s+(?:also\s+)?available\s+(?:to\s+[\w ]{1,30}?\s+)?(?:on|from|via|through)\s+(?:the|our|its|their)\b|you\s+can\s+(?:also\s+)?(?:read|download|find|see|view)\s+(?:the|our)\s+(?:full|whole|complete)\b[^.!?]{0,80}?\s(?:on|from|via)\s+(?:the|our|its|their)\s)[^.!?]{0,60}\.?$`)
	chapterIntroRe    = lazyre.New(`(?i)^this\s+(?:chapter|section|part)\s+(?:looks\s+at|sets\s+out|describes|summarises|summarizes|covers|considers|outlines|examines)\b`)
	liveWelcomeRe     = lazyre.New(`(?i)^(?:welcome\s+to\s+(?:our|the)\s+(?:live\s+)?(?:coverage|blog|updates|live\s+blog|live\s+updates)\b|you\s+can\s+(?:also\s+)?(?:watch|follow|view|listen\s+to)\s+(?:the\s+)?(?:meeting|debate|session|hearing|webcast|livestream|live\s+stream|stream|proceedings)\b)`)
	aheadOfRe         = lazyre.New(`(?i)^ahead\s+of\s+[^.!?]{2,80}?,\s+(?:please\s+find|here\s+is|here['’]s|i\s+attach|we\s+attach|attached\s+is|below\s+is)\b`)
	partOfWholeRe     = lazyre.New(`(?i)^this\s+(?:is|forms)\s+(?:part|chapter|section|volume|annex|appendix)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h]|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:our|the|this|its|their|[\p{Lu}][\w'’-]*(?:\s+[\p{Lu}][\w'’-]*){0,4}['’]s?)\s+[^.!?]{2,80}?\.?$`)
	referralFormRe    = lazyre.New(`(?i)^[\p{L}'’ -]{2,40}?\s+(?:should|can|may|must|need\s+to)\s+(?:also\s+)?(?:use|complete|fill\s+in|download)\s+(?:the|our|a)\s+(?:online\s+|separate\s+|professional\s+|professionals['’]\s+)?(?:referral|request|self-referral)\s+form\s+(?:on|from|via|at)\s+(?:the|our|this|its)\s+[^.!?]{2,60}?\.?$`)
	newsPointerRe     = lazyre.New(`(?i)^here(?:\s+is|['’]s|\s+are)\s+(?:our|the|your|this\s+(?:month|term|season|quarter)['’]s)\s+(?:latest\s+|regular\s+|quarterly\s+|monthly\s+)?(?:news|update|updates|newsletter|round-?up|bulletin)\b[^.!?]{0,60}\.?$`)
	readingTimeLine   = lazyre.New(`(?i)^(?:estimated\s+)?(?:reading|read)\s+time\s*:\s*[^.!?]{1,30}\.?$`)
)

// housekeepingClasses are this file's furniture classes (see
// furnitureClasses).
var housekeepingClasses = []furnitureClass{
	{lead: []string{"a ", "an ", "the "}, re: paperReportBackRe, maxWords: 30, made: true, whole: true, dates: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !quoted(t)
	}},
	{lead: []string{"report", "paper", "briefing", "note", "this report", "this paper", "this briefing", "this note"}, re: preparedByRe, maxWords: 25, made: true, whole: true, and: func(t, lower string) bool {
		// "This report was written by young carers, who found 60% ...":
		// a finding after the credit keeps it.
		return noMoney(t, lower) && !strings.ContainsAny(t, "0123456789") && !containsAny(lower, []string{" who ", " found ", " show", " which "})
	}},
	{lead: []string{"the ", "full", "complete", "whole", "detailed", "you can"}, re: restAvailableRe, maxWords: 35, made: true, whole: true, and: noMoney},
	{lead: []string{"this chapter", "this section", "this part"}, re: chapterIntroRe, maxWords: 40, and: noMoney},
	{lead: []string{"welcome", "you can"}, re: liveWelcomeRe, maxWords: 30, dates: true, and: noMoney},
	{lead: []string{"ahead of"}, re: aheadOfRe, maxWords: 40, dates: true, and: noMoney},
	// A newsletter's pointer to itself, "Here is our news from the last
	// few months.": the mailing's greeting, no evidence; before (round
	// 100) an excerpt once the furniture model was retrained.
	{lead: []string{"here is ", "here's ", "here’s ", "here are "}, re: newsPointerRe, maxWords: 16, dates: true, and: func(t, lower string) bool {
		return !strings.ContainsAny(t, "0123456789")
	}},
	{lead: []string{"reading time", "read time", "estimated reading"}, re: readingTimeLine, maxWords: 8, made: true, whole: true},
	{lead: []string{"this is ", "this forms "}, re: partOfWholeRe, maxWords: 25, made: true, whole: true, dates: true, and: noMoney},
	{lead: referrerLeads, re: referralFormRe, maxWords: 25, overAsk: true, and: noMoney},
}

// referrerLeads open a pointer to a referral form: who refers.
var referrerLeads = []string{"professionals", "other professionals", "gps", "health visitors", "school nurses", "schools", "teachers",
	"practitioners", "clinicians", "referrers", "parents", "families", "carers", "young people", "you ", "nurseries", "social workers"}
