package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// proseRowWords is how many words a first-page row has when it is a line
// of prose rather than a letterhead's or a reference block's line.
const proseRowWords = 12

// headDate dates a document by a row of its first page that is a whole
// date and nothing else ("6 November 2026"), above its first line of
// prose: a decision's or a statement's date under its letterhead, set as
// a letter's dateline is but with no "Dear ..." under it. Dates in the
// prose below are the story's, not the document's. Else a labelled row
// anywhere on the first page ("Date of decision 18 November 2026",
// labelledDateRowRe), or a cover sheet's row naming the meeting a paper
// goes to and its day (meetingRowRe), dates it.
// Before, such a document was dated by the day its file was made.
func headDate(rs []*row) (evidence.Date, string) {
	for _, r := range rs {
		t := strings.TrimSpace(r.text())
		if len(strings.Fields(t)) >= proseRowWords {
			break
		}
		if datelineRe.MatchString(t) {
			if d, ok := findDate(t); ok && d.Day != 0 {
				return d, "the date line at the head of the first page: " + t
			}
		}
	}
	// A labelled row of a details table is the document's date wherever
	// it stands on the first page: a long title above it is no prose.
	for _, r := range rs {
		if t := strings.TrimSpace(r.text()); labelledDateRowRe.MatchString(t) || meetingRowRe.MatchString(t) {
			if d, ok := findDate(t); ok && d.Day != 0 {
				return d, "the first page's labelled date: " + t
			}
		}
	}
	return evidence.Date{}, ""
}

// labelledDateRowRe is a first page's row of a details table or a line
// giving the document's own date under its label, in words: "Date of
// decision   18 November 2026", "Date published: 3 March 2026", "Date of
// meeting 12 May 2026", "Date of panel 19 February 2026" (a form going to
// a panel is dated by its meeting), "Date submitted 30 October 2026" (a
// provider's return is published to its commissioner the day it is
// submitted). A visit's or an inspection's date is no such label.
var labelledDateRowRe = lazyre.New(`(?i)^(?:date\s+of\s+(?:the\s+)?(?:decision|publication|issue|report|meeting|panel|board|committee|approval|notice|submission|return)|(?:decision|publication|meeting|panel|board|committee|issue|submission)\s+date|date\s+(?:published|issued|made|agreed|taken|signed|submitted|returned))\s*:?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\.?$`)

// meetingRowRe is a committee paper's cover-sheet row naming the meeting
// it goes to and that meeting's day: "Meeting   Children and Young People
// Scrutiny Panel, 29 January 2026", "Committee: Cabinet – Thursday 12
// March 2026". The paper is published for that meeting, so the day is its
// date, as a meeting's notes are dated by the meeting's day; before, such
// a paper was dated by the day its file was made.
var meetingRowRe = lazyre.New(`(?i)^(?:meeting|committee|meeting\s+and\s+date)\s*:?\s+[^,–—]{2,100}?\s*(?:,|\s[-–—])\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\.?$`)

// signedDateRe is a row that is a whole date, possibly after the number of
// the form's section it fills ("9   13 October 2026").
var signedDateRe = lazyre.New(`(?i)^(?:\d{1,2}\.?\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d)$`)

// signerRe is a row naming the person who signs: two to four capitalised
// words, perhaps after a title ("Dr Ann Lee", "Rachel Moss").
var signerRe = lazyre.New(`^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Judge|HHJ)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$`)

// signedDate dates a report signed at its end by the date over its
// signer's name on the last page (a coroner's report, a statement "dated
// and signed"): the day it was signed is the day it was issued. Only a
// date alone on its row, directly over a name, counts.
func signedDate(pageRows [][]*row) (evidence.Date, string) {
	if len(pageRows) == 0 {
		return evidence.Date{}, ""
	}
	last := len(pageRows) - 1
	for last > 0 && len(pageRows[last]) == 0 {
		last--
	}
	rs := pageRows[last]
	for k := 0; k+1 < len(rs); k++ {
		m := signedDateRe.FindStringSubmatch(strings.TrimSpace(rs[k].text()))
		if m == nil || !signerRe.MatchString(strings.TrimSpace(rs[k+1].text())) {
			continue
		}
		if d, ok := findDate(m[1]); ok && d.Day != 0 {
			return d, "the date over the signer's name on the last page: " + m[1]
		}
	}
	return evidence.Date{}, ""
}
