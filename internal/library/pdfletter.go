package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// subjectLabelRe is the label a letter puts before its subject: "Re:",
// "RE:", "Subject:". What follows it is what the letter is about, in
// the words of a title, whatever type it is set in.
var subjectLabelRe = lazyre.New(`^(?i:re|subject)\s*:\s+`)

// letterSubject is a letter's subject line: the row straight under its
// "Dear ..." line, with the rows it wraps onto, when it is set larger than
// the text, or labelled "Re:" or "Subject:", or set in bold throughout,
// in the words of a title ("Area SEND inspection of Kelmouth Local Area
// Partnership"). Empty when the page has no salutation, or the row under
// it is text. k is the salutation's row.
// An inspectorate's letter sets its letterhead ("Ofsted | Care Quality
// Commission") in its largest type: the letterhead names who sent the
// letter, the subject line what it is. A letter on headed paper (an MP's,
// an ICB's) sets its subject at the size of the text, in bold after
// "Re:": before, with no text larger than the body's, such a letter had
// no title and was refused.
func letterSubject(rs []*row, body float64) (subject string, k int) {
	for k, r := range rs {
		if !salutationRe.MatchString(r.text()) {
			continue
		}
		if k+1 >= len(rs) {
			return "", -1
		}
		first := rs[k+1]
		t := strings.TrimSpace(first.text())
		labelled := subjectLabelRe.MatchString(t)
		large := maxSize(first.frags) >= 1.15*body
		bold := rowBold(first)
		if !large && !labelled && !bold {
			return "", -1
		}
		// The subject wrapped onto more rows: each set as the first.
		parts := []string{t}
		for prev, j := first, k+2; j < len(rs) && j < k+4 && wrapsFrom(prev, rs[j]) && rowBold(rs[j]) == bold && (large || bold); j++ {
			parts = append(parts, strings.TrimSpace(rs[j].text()))
			prev = rs[j]
		}
		t = strings.TrimSpace(subjectLabelRe.ReplaceAllString(joinTitleLines(parts), ""))
		if len(strings.Fields(t)) < 3 || !isTitleLine(t) {
			return "", -1
		}
		return t, k
	}
	return "", -1
}

// rowBold reports a row whose every run with text, footnote markers
// aside, is bold.
func rowBold(r *row) bool {
	seen := false
	for _, f := range r.frags {
		if f.sup || strings.TrimSpace(f.text) == "" {
			continue
		}
		if !f.bold {
			return false
		}
		seen = true
	}
	return seen
}

// letterRefRe opens a letter's reference line: "Our ref: ED/04",
// "Your ref:".
var letterRefRe = lazyre.New(`(?i)^(?:our|your|my)\s+ref(?:erence)?\b`)

// letterheadRows are the rows of a letter's first page above its
// reference, its dateline and its addressee ("To:"): the headed paper.
// Under them stand whom the letter goes to, whose body is no sender.
func letterheadRows(rs []*row) []*row {
	rs = aboveAddressee(rs)
	for k, r := range rs {
		t := strings.TrimSpace(r.text())
		if letterRefRe.MatchString(t) || datelineRe.MatchString(t) {
			return rs[:k]
		}
		for _, f := range r.frags {
			if datelineRe.MatchString(strings.TrimSpace(f.text)) {
				return rs[:k]
			}
		}
	}
	return rs
}

// memberOfRe is an elected member's office as a letterhead prints it
// under their name: "Member of Parliament for Harrowfield North". It
// names a seat, not a body that publishes.
var memberOfRe = lazyre.New(`(?i)^member\s+of\s+(?:parliament|the\s+(?:senedd|scottish\s+parliament|house\s+of\s+lords))\b`)

// mpNameRe is a member's name as their letterhead sets it: "Rachel
// Penhaligon MP", "Dr Sam Okoro MP". Group 1 is the whole.
var mpNameRe = lazyre.New(`^((?:(?:Dr|Sir|Dame|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:MP|MS|MSP|MLA))$`)

// letterheadMP is the member whose letterhead this is: their name over
// the office naming their seat ("Rachel Penhaligon MP" over "Member of
// Parliament for Harrowfield North"). The member writes and sends the
// letter; the House whose paper it is ("HOUSE OF COMMONS") publishes
// nothing of theirs. "" when the letterhead names no member so.
func letterheadMP(rs []*row) string {
	for k := 1; k < len(rs); k++ {
		if !memberOfRe.MatchString(strings.TrimSpace(rs[k].text())) {
			continue
		}
		if m := mpNameRe.FindStringSubmatch(strings.TrimSpace(rs[k-1].text())); m != nil {
			return m[1]
		}
	}
	return ""
}

// letterheadSender is who sent a letter, as its headed paper names them:
// the MP whose name it sets over "Member of Parliament for ...", else the
// body its first lines name, set together at the top of the page above
// the reference, dateline and addressee ("Elmsworth and Dunhill" over
// "Integrated Care Board"). A name of no body ("HOUSE OF COMMONS") is no
// sender to read, and the addressee's block, set apart below the
// letterhead ("Minister of State for Care", "Department of Health and
// Social Care"), names whom the letter goes to.
func letterheadSender(rs []*row) string {
	head := letterheadRows(rs)
	if mp := letterheadMP(head); mp != "" {
		return mp
	}
	// The letterhead's block: its rows from the top, each set close
	// under the one before.
	n := min(len(head), 1)
	for n < len(head) && head[n].y0-head[n-1].y1 <= head[n-1].y1-head[n-1].y0 {
		n++
	}
	if org := mastheadOrg(head[:n], 0); bodyNameRe.MatchString(org) && !memberOfRe.MatchString(org) {
		return org
	}
	return ""
}
