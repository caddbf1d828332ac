package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// encryptedMailRe is a secure mail service's line under a message:
	// "This message was sent end-to-end encrypted with Tuta Mail.",
	// "Sent encrypted via SecureMail". The client's, not the writer's.
	encryptedMailRe = lazyre.New(`(?i)^(?:this\s+(?:message|e-?mail|mail)\s+(?:was|is|has\s+been)\s+)?(?:sent\s+)?(?:end-to-end\s+|securely\s+and\s+)?encrypted\s+(?:and\s+sent\s+)?(?:with|using|via|by|through|in)\s+[\p{L}\p{N} .&-]{2,40}?\.?$`)
	// dashboardHelpRe is a dashboard's help for its reader: "How to use
	// this dashboard", "Press F11 or select the full screen icon to view
	// full screen", "Select the full screen icon to expand the report".
	// A dashboard's strip sets them in one line between dots: "How to use
	// this dashboard · Press F11 or ... · Microsoft Power BI".
	dashboardHelpRe = lazyre.New(`(?i)^(?:[^.!?·•|]{0,60}[·•|]\s*)?(?:how\s+to\s+use\s+this\s+(?:dashboard|report|tool|map|viz|visualisation|visualization)\b|(?:press|hit)\s+f11\b|(?:select|click|tap|use)\s+(?:on\s+)?the\s+full[\s-]?screen\s+(?:icon|button)\b)`)
	// postedViaMailRe is a chat channel's note of how a message reached it:
	// "Mehreen Aziz posted in the channel via email to channel" (a Teams
	// channel's e-mail address). The channel's, not evidence.
	postedViaMailRe = lazyre.New(`(?i)^(?:[\p{L}.'’ -]{2,60}\s+)?posted\s+(?:this\s+|a\s+message\s+)?in\s+(?:the\s+)?(?:[\p{L}\p{N} '’-]{1,40}\s+)?channel\s+via\s+(?:e-?mail|email\s+to\s+channel|the\s+channel['’]s\s+e-?mail\s+address)(?:\s+to\s+channel)?\.?$`)
	// meetingRecapLineRe is the line under a meeting recap's title giving
	// its day and time, whether it was recorded and how many came:
	// "Wednesday 25 November 2026, 14:00 to 15:00 · Recorded · 11
	// attendees". The meeting's particulars, not a finding.
	meetingRecapLineRe = lazyre.New(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}\s+[a-z]+\s+\d{4},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\s*(?:to|–|-)\s*\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\s*(?:[·•|]\s*(?:recorded|transcribed|recording\s+available|\d{1,4}\s+(?:attendees|participants|people\s+attended))\s*)+$`)
	// workingPaperNoteRe is a working paper's standard note of what it
	// is: "Working papers present research in progress and do not
	// represent the Institute's corporate view."
	workingPaperNoteRe = lazyre.New(`(?i)^(?:this\s+working\s+paper\s+(?:presents|reports|is)|working\s+papers\s+(?:present|report|are))\s+(?:research|work|analysis|findings)\s+in\s+progress\b`)
)

// s69Classes are this file's furniture classes (see furnitureClasses),
// from sets 69 and 70.
var s69Classes = []furnitureClass{
	{lead: []string{""}, re: encryptedMailRe, maxWords: 16, whole: true, may: func(_, lower string) bool {
		return strings.Contains(lower, "encrypted")
	}},
	// Its imperatives are the reader's ("Press F11"), no body's ask. A
	// strip of three parts between dots runs past 20 words with its dots
	// and the viewer's name.
	{lead: []string{""}, re: dashboardHelpRe, maxWords: 30, whole: true, overAsk: true, may: func(_, lower string) bool {
		return strings.Contains(lower, "full screen") || strings.Contains(lower, "fullscreen") || strings.Contains(lower, "f11") || strings.Contains(lower, "how to use this")
	}},
	{lead: []string{""}, re: postedViaMailRe, maxWords: 20, whole: true, may: func(_, lower string) bool {
		return strings.Contains(lower, "posted") && strings.Contains(lower, "channel")
	}},
	{lead: []string{""}, re: meetingRecapLineRe, maxWords: 20, made: true, whole: true, may: func(_, lower string) bool {
		return strings.Contains(lower, "recorded") || strings.Contains(lower, "attendees") || strings.Contains(lower, "participants")
	}},
	{lead: []string{"working papers", "this working paper"}, re: workingPaperNoteRe, maxWords: 40, overAsk: false},
}
