package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A council's or a board's paper in plain text opens on its masthead, the
// body's name in capitals over its directorate or its meeting ("WESTMARSH
// COUNTY COUNCIL" over "Children, Families and Education Directorate",
// "NHS NORTH WESSEX INTEGRATED CARE BOARD" over "BOARD MEETING IN
// PUBLIC"), and sets its particulars as a form of labelled lines ("Date:
// 14 January 2025", "Report title: ...", "Author: ...", "Status: Final").
// The masthead names the publisher, the form the title and the date;
// neither is the title, and the form is no evidence. Before (hostile check
// 66), the body's name was the title of every citation, the real title
// only a heading, and the form an excerpt.

var (
	// orgUnitLineRe is a line under a body's name that names a part of it
	// or the meeting the paper goes to: "Children, Families and Education
	// Directorate", "Public Health Team", "BOARD MEETING IN PUBLIC".
	orgUnitLineRe = lazyre.New(`(?i)\b(?:directorate|department|division|service|services|team|unit|office|meeting|in public|cabinet|committee)$`)
	// coverFormLineRe is a labelled line of a paper's form. Group 1 is
	// its label, group 2 its value. A "Recommendation:" line is no
	// label of the form: it may ask.
	coverFormLineRe = lazyre.New(`(?i)^((?:date|date of (?:the )?(?:meeting|report|paper|issue|publication)|issued|date issued|issue date|meeting(?: date)?|agenda item|item(?: number| no\.?)?|paper(?: number| no\.?| reference)?|(?:report |paper )?title|title of (?:the )?(?:report|paper)|subject|(?:report |paper )?(?:author|authors|author\(s\)|writer)|report (?:of|from|by|to)|presented by|lead officer|contact(?: officer| details)?|enquiries|responsible (?:officer|director|executive)|executive (?:lead|sponsor)|sponsor|status|version|purpose|classification|wards?(?: affected)?|key decision|freedom of information|fo[il] status))\s*:\s+(\S.*)$`)
	// coverFormDateRe is the label of a form's date line.
	// "Issued: 23 November 2026" is the day a briefing is issued, beside
	// the day of the debate it is for.
	coverFormDateRe = lazyre.New(`(?i)^(?:date|date of (?:the )?(?:meeting|report|paper|issue|publication)|meeting date|issued|date issued|issue date)$`)
	// dataPeriodLineRe is a line that dates the data a paper reports, not
	// the paper: "Data correct as at 31 March 2023", "Covering the period
	// 1 April 2022 to 31 March 2023", "Reporting period: 2023/24",
	// "Figures as at 31 March 2024", "Data extracted on 2 May 2024".
	dataPeriodLineRe = lazyre.New(`(?i)\b(?:data|figures|statistics|information|numbers)\b[^.]{0,30}?\b(?:correct|accurate|valid|current|up to date|as at|as of|extracted|to|up to|from|period|cover|covers|covering|relate|relates|refer|refers)\b|\bcover(?:s|ing)?\s+(?:the\s+)?(?:period|year|financial year|months?|quarter)\b|\b(?:reporting|data|time|review|audit)\s+period\b|\bperiod\s+(?:covered|of (?:the )?(?:report|review|audit|data))\b|^as\s+(?:at|of)\b`)
	// docKindLineRe is a line naming the kind of paper under a body's name
	// and, perhaps, whom it is for: "Briefing for Members of Parliament",
	// "Parliamentary briefing", "Consultation response", "Position
	// statement", "Press release".
	docKindLineRe = lazyre.New(`(?i)^(?:[a-z'’-]+\s+){0,2}(?:briefing|statement|response|submission|release|bulletin)(?:\s+(?:for|to)\s+[a-z'’ -]{2,40})?$`)
	// otherFormLineRe is a labelled line of a form whose label the
	// form list does not know, "Previous report: ..., 3 September 2024",
	// "Decision required by: 31 March 2025", "Exempt: No": a short label
	// opening with a capital, a colon and a value.
	otherFormLineRe = lazyre.New(`^[A-Z][A-Za-z'’()/&-]*(?: [A-Za-z'’()/&-]+){0,4}\s*:\s+\S`)
)

// mastheadBlock reads the block of lines from i (up to a blank line): a
// body's name over one or two lines naming a part of it or its meeting,
// with more text after it. It gives the body's name and the first line
// after the block's blank lines. Before (hostile check 67), only a name
// in capitals over a directorate or a meeting was read: "Oakvale
// Metropolitan Borough Council" over "Health and Wellbeing Board", and
// "SURREY COUNTY COUNCIL" over "PUBLIC HEALTH TEAM" and "CHILDREN'S
// HEALTH AND WELLBEING", refused the import for want of a publisher.
func mastheadBlock(lines []string, i int) (publisher string, next int, ok bool) {
	end := i
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
		end++
	}
	if end-i < 2 || end-i > 3 {
		return "", i, false
	}
	first := strings.TrimSpace(lines[i])
	capitals := capitalsOrgLine(first)
	// unit: every line under the name names a part of the body or its
	// meeting (orgUnitLineRe). A masthead set in mixed case
	// ("Oakvale Metropolitan Borough Council" over "Health and
	// Wellbeing Board"), or one whose part is a programme's name in
	// capitals ("CHILDREN'S HEALTH AND WELLBEING"), is read only over a
	// title standing alone or the paper's form (titleOrFormAt): a title
	// block of two or three lines is no masthead.
	unit := capitals
	if !capitals && !(coverOrgLine(first) && !strings.ContainsAny(first, "0123456789:.,;")) {
		return "", i, false
	}
	for _, l := range lines[i+1 : end] {
		t := strings.TrimSpace(l)
		if strings.ContainsAny(t, "0123456789:") || len(strings.Fields(t)) > 8 {
			return "", i, false
		}
		switch {
		case orgUnitLineRe.MatchString(t):
		case coverOrgLine(t) || capitals && strings.ToUpper(t) == t && len(strings.Fields(t)) <= 6 || capitals && docKindLineRe.MatchString(t):
			// "Briefing for Members of Parliament" under "LANTERN
			// CHILDREN'S HOSPICES ALLIANCE": the kind of paper the body
			// issues, over its title as a part's name would be (held-out
			// set 90: the body's name was the title, and the import
			// asked for a publisher).
			unit = false
		default:
			return "", i, false
		}
	}
	next = skipBlank(lines, end)
	if !hasText(lines[next:]) || !unit && !titleOrFormAt(lines, next) {
		return "", i, false
	}
	return fromCapitals(first), next, true
}

// titleOrFormAt says whether the lines from i open with a title standing
// alone (a title line over a blank line) or with a paper's form
// (coverForm): what a masthead stands over.
func titleOrFormAt(lines []string, i int) bool {
	if i < len(lines) && isTitleLine(strings.TrimSpace(lines[i])) && (i+1 == len(lines) || strings.TrimSpace(lines[i+1]) == "") {
		return true
	}
	_, _, _, ok := coverForm(lines, i)
	return ok
}

// datesData says whether a line under a title dates the data the paper
// reports rather than the paper (dataPeriodLineRe): such a line never
// dates the paper. Before (hostile check 67), "Data correct as at 31
// March 2023" under a title dated the paper 2023-03-31 over its form's
// "Date: 14 January 2025". A span of two dates ("NHS Kent and Medway | 1
// April 2024 to 31 March 2025", periodRe) is the period the data covers
// too, as a PDF's date line reads it: before (hostile check 68), its first
// day dated the paper.
func datesData(line string) bool {
	t := strings.TrimSpace(line)
	return dataPeriodLineRe.MatchString(t) || periodRe.MatchString(t)
}

// coverForm reads the paper's form from line i: blocks of labelled lines
// (coverFormLineRe), every other line a labelled line too
// (otherFormLineRe), no more of them than there are known ones, two known
// at least. It gives the title and the date the form states, and the
// first line after the form. Only the form's date line dates the paper:
// "Previous report: ..., 3 September 2024" and "Decision required by: 31
// March 2025" date something else. Before (hostile check 67), one such
// line made the block no form: the title became "Date of meeting: 4 March
// 2025" and the other line's date dated the paper.
//
// A form set as several blocks goes on over a blank line while the next
// block opens on a known label: "Meeting: Scrutiny Committee, 15 January
// 2026" alone, then "Report title: ..." wrapped over two lines, then
// "Report of:", "Wards affected:" and the rest. Its meeting line dates
// the paper when no date line does, and a title's value goes on over the
// unlabelled lines under it. Before (held-out set 94), such a paper was
// titled by its meeting line and refused for want of a date.
func coverForm(lines []string, i int) (title string, date evidence.Date, next int, ok bool) {
	var meetingDate evidence.Date
	known, other := 0, 0
	next = i
	for start := i; start < len(lines); {
		end := start
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		if start > i && !coverFormLineRe.MatchString(strings.TrimSpace(lines[start])) {
			break // the form ends where no known label opens a block
		}
		blockKnown, blockOther := 0, 0
		blockTitle, blockDate, blockMeeting := "", evidence.Date{}, evidence.Date{}
		inTitle := false // the line above is the title's, or goes on with it
		formBlock := true
		for k, l := range lines[start:end] {
			t := strings.TrimSpace(l)
			if k > 0 && t != l && strings.HasPrefix(l, "  ") {
				// A labelled value wrapped onto a line set in under it
				// ("Contact: Sophie Rendell, ..." over its address and
				// telephone): the line above goes on.
				if inTitle {
					blockTitle += " " + t
				}
				continue
			}
			m := coverFormLineRe.FindStringSubmatch(t)
			if m == nil && inTitle && !otherFormLineRe.MatchString(t) {
				// The title wrapped at the margin, set flush under its
				// label: "education, health and care plans and ...".
				blockTitle += " " + t
				continue
			}
			inTitle = false
			if m == nil {
				if !otherFormLineRe.MatchString(t) {
					formBlock = false
					break
				}
				blockOther++
				continue
			}
			blockKnown++
			switch {
			case titleLabelRe.MatchString(m[1]) && title == "" && blockTitle == "":
				blockTitle, inTitle = strings.TrimSpace(m[2]), true
			case coverFormDateRe.MatchString(m[1]) && date.IsZero() && blockDate.IsZero():
				blockDate = textDate(m[2])
			case strings.EqualFold(m[1], "meeting") && meetingDate.IsZero() && blockMeeting.IsZero():
				blockMeeting = textDate(m[2])
			}
		}
		if !formBlock || start == i && end-start < 2 && !continuesForm(lines, end) {
			break
		}
		known, other = known+blockKnown, other+blockOther
		if blockTitle != "" {
			title = blockTitle
		}
		if !blockDate.IsZero() {
			date = blockDate
		}
		if !blockMeeting.IsZero() {
			meetingDate = blockMeeting
		}
		next = end
		start = skipBlank(lines, end)
	}
	if known < 2 || other > known {
		return "", evidence.Date{}, i, false
	}
	if date.IsZero() {
		date = meetingDate
	}
	return title, date, next, true
}

// continuesForm says whether the form goes on after a blank line from
// line end: the next block opens on a known label.
func continuesForm(lines []string, end int) bool {
	j := skipBlank(lines, end)
	return j < len(lines) && coverFormLineRe.MatchString(strings.TrimSpace(lines[j]))
}

// logotypes are the words a logo sets on a line of their own over the
// rest of a body's name: the NHS lozenge over "Kent and Medway",
// "Healthwatch" over "Wexdale".
var logotypes = map[string]bool{"NHS": true, "Healthwatch": true, "HEALTHWATCH": true}

// splitMasthead reads the block of lines from i (up to a blank line): two
// or three short lines that are one body's name only when read together,
// over a title standing alone or the paper's form. A logotype's line
// ("NHS" over "Kent and Medway", "NHS" over "Wexdale Community Health" and
// "NHS Foundation Trust", "Healthwatch" over "Wexdale") or a name broken
// over lines ("KENT AND MEDWAY" over "INTEGRATED CARE BOARD"). The lone
// "NHS" of a trust whose name says NHS again is its logo, not a word of
// its name. A meeting's name ("CHILDREN'S SERVICES" over "SCRUTINY
// COMMITTEE") is a masthead naming no publisher (meetingOnlyName), ok with
// publisher "". Before (hostile check 68), such texts were titled "NHS:
// Kent and Medway" and asked for their publisher and date.
func splitMasthead(lines []string, i int) (publisher string, next int, ok bool) {
	end := i
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
		end++
	}
	if end-i < 2 || end-i > 3 {
		return "", i, false
	}
	var parts []string
	for _, l := range lines[i:end] {
		t := strings.TrimSpace(l)
		if strings.ContainsAny(t, notNameChars) || len(strings.Fields(t)) > 6 {
			return "", i, false
		}
		parts = append(parts, t)
	}
	if logotypes[parts[0]] && strings.Contains(strings.Join(parts[1:], " "), parts[0]) {
		parts = parts[1:]
	}
	name := fromCapitals(strings.Join(parts, " "))
	if logotypes[parts[0]] {
		name = fromCapitals(parts[0]) + " " + fromCapitals(strings.Join(parts[1:], " "))
	} else if capitalsOrgLine(parts[0]) || coverOrgLine(parts[0]) || !(capitalsOrgLine(strings.Join(parts, " ")) || coverOrgLine(name)) {
		// A first line that is a name of its own is mastheadBlock's;
		// lines that make no name together are no masthead.
		return "", i, false
	}
	next = skipBlank(lines, end)
	if !hasText(lines[next:]) || !titleOrFormAt(lines, next) && !titleBlockAt(lines, next) {
		return "", i, false
	}
	if meetingOnlyName(name) {
		// The meeting's masthead: no title, and no publisher.
		return "", next, true
	}
	return name, next, true
}

// titleBlockAt says whether the lines from i open with a title over its
// imprint line ("Quality Account 2024/25" over "Published: 30 June 2025"),
// then a blank line.
func titleBlockAt(lines []string, i int) bool {
	return i+2 < len(lines) && isTitleLine(strings.TrimSpace(lines[i])) && imprintLine(strings.TrimSpace(lines[i+1])) != nil && strings.TrimSpace(lines[i+2]) == ""
}
