package library

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// docMeta is what the document's own pages say about it, and where.
type docMeta struct {
	title, titleFrom         string
	publisher, publisherFrom string
	date                     evidence.Date
	dateFrom                 string
	weakTitle                bool     // the first page's largest text, not a title page's
	subject                  bool     // the title is a letter's subject line
	header                   string   // an organisation named in a running header
	cover                    string   // an office or body named alone on the title page below its title
	commissioners            []string // the bodies a return form goes to: never its publisher
	// yearDate is the year a report's running head or title page names
	// ("Director of Public Health Annual Report 2025"): its date when
	// nothing more exact dates it, the file's own dates included.
	yearDate     evidence.Date
	yearDateFrom string
}

var (
	dateRe   = lazyre.New(`(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s+((?:19|20)\d\d)\b`)
	orgCutRe = lazyre.New(`(?i)\s*(?:[,;:()|·•]|\.\s|\.$|\s(?:in|on|for|and|at)\s+(?:behalf|\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|\s(?:19|20)\d\d\b|\s[–—-]\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\sall rights).*$`)
	// monthEndRe and yearStartRe find a date whose month ends one line and
	// whose year opens the next.
	// dayMonthEndRe is a line ending in a day and a month with no year:
	// "published 9 February". Group 1 is the month.
	dayMonthEndRe = lazyre.New(`(?i)\b\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s*$`)
	monthEndRe    = lazyre.New(`(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|december)$`)
	yearStartRe   = lazyre.New(`^(?:19|20)\d\d\b`)
	// monthStartRe and dayEndRe: a date broken after its day ("Report to
	// the Board, 14" over "November 2024"). A dash before the day is set
	// off by a space ("Board – 14"): "2023–24" closing a subtitle is a
	// financial year, not a day. A weekday may stand before the day, as
	// a newsletter's masthead band wraps it ("· Friday 13" over "February
	// 2026").
	monthStartRe = lazyre.New(`(?i)^(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\b`)
	dayEndRe     = lazyre.New(`(?i)(?:^|,\s*|\bon\s+|\bdated\s+|:\s*|\s[–—]\s*|\b` + tagWeekdayExpr + `,?\s+)([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$`)
	// periodRe is a line naming the period a report covers: two dates
	// joined by "to", "until" or a dash.
	periodRe = lazyre.New(`(?i)(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\s*(?:to|until|[-–—])\s*(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d`)
	// salutationRe is a letter's "Dear Minister," line, or its "Dear
	// colleague," to everyone it goes to.
	salutationRe = lazyre.New(`^Dear\s+(?:\p{Lu}|(?:colleagues?|all|friends?|sir|madam)\b)[^.!?]{0,60},?$`)
	// datelineRe is a line that is a date and nothing else: "3 March
	// 2025", "Date: 3rd March 2025", "Monday 3 March 2025".
	datelineRe    = lazyre.New(`(?i)^(?:date:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s+(?:19|20)\d\d$`)
	imprintDateRe = lazyre.New(`(?i)^(?:first\s+)?published\b`)
	genericRe     = lazyre.New(`(?i)^(?:crown(?: copyright)?|all rights reserved|report|briefing|research|policy|annual report|summary|the authors?|nhs)$`)
	fileTitleRe   = lazyre.New(`(?i)\.(?:docx?|pdf|odt|rtf|indd|pptx?|xlsx?|txt)$|^microsoft (?:word|powerpoint)\s*-|^(?:untitled|document\s*\d*|title|presentation\s*\d*|slide\s*\d*)$|_|\b(?:final|draft|template|v\d+(?:\.\d+)*|version \d+|copy)\b`)
)

var months = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// findTitle finds the first page with text and, on it, the rows of the
// document's title: the largest text, when it is well above the body's
// size. Where the title is not at the top of a page that is not a title
// page, the rows above it (a letterhead, a date, addressees) are front
// matter.
func (l *layout) findTitle(pageRows [][]*row) {
	l.first, l.titleFrom, l.titleTo = -1, -1, -1
	for i, p := range l.pages {
		if len(p.frags) > 0 {
			l.first = i
			break
		}
	}
	if l.first < 0 {
		return
	}
	rs := pageRows[l.first]
	big := maxSize(l.pages[l.first].frags)
	if big < 1.3*l.body.size {
		return
	}
	for k, r := range rs {
		if maxSize(r.frags) < big-0.4 {
			if l.titleFrom >= 0 {
				break
			}
			continue
		}
		if l.titleFrom < 0 {
			l.titleFrom = k
		}
		l.titleTo = k + 1
	}
}

// metadata reads the first page (its largest text is the title, the lines
// above it the masthead, a date there the date), a cover sheet's labelled
// title, the imprint lines ("Published by", "©") of the first and last
// pages, and the running headers.
func (l *layout) metadata(pageRows [][]*row) docMeta {
	var m docMeta
	if l.first < 0 {
		return m
	}
	rs := pageRows[l.first]
	isTitlePage := l.first == l.titleIdx
	// A cover naming its body largest, over the paper's title (orgTitle).
	coverOrgName := ""
	if t := labelledTitle(rs); t != "" {
		m.title, m.titleFrom = t, `the "Report title" line`
	} else if l.titleFrom >= 0 {
		var parts []string
		big := maxSize(l.pages[l.first].frags)
		for _, r := range rs[l.titleFrom:l.titleTo] {
			// Only the title's own runs: a line of the other column may
			// share its row.
			for _, f := range r.frags {
				if f.size >= big-0.4 {
					parts = append(parts, strings.TrimSpace(f.text))
				}
			}
		}
		t := joinTitleLines(parts)
		if isTitlePage && (orgTitle(t) || l.runningOrg(t) || charityOnCover(rs, t)) && ownNameAbove(mastheadOrg(rs[:l.titleFrom], 0), t) {
			if under := l.titleUnder(rs, big); under != "" {
				if charityOnCover(rs, t) {
					under = withSubtitle(under, l.subtitleUnder(rs, under))
				}
				coverOrgName, t = t, under
			}
		}
		// "Still waiting" over "Children's access to mental health
		// services in England": a citation gives both.
		full := t
		if coverOrgName == "" {
			full = withSubtitle(t, l.subtitle(rs, big))
		}
		sub := ""
		if full != t {
			sub = " and its subtitle"
		}
		switch {
		case isTitlePage:
			m.title, m.titleFrom = full, "the title page's largest text"+sub
		case !sectionNoRe.MatchString(t):
			// A numbered heading is a chapter's, not the document's.
			m.title, m.titleFrom = full, "the first page's largest text"+sub
			m.weakTitle = true
		}
	}
	// A letter's subject line names it, under its salutation, whatever
	// the letterhead above sets larger, or a heading of its body below
	// ("Information about the local area partnership" under an
	// inspection letter's subject); a letter on headed paper sets nothing
	// larger than its text, and its subject is its only title.
	letterhead := -1
	if s, k := letterSubject(rs, l.body.size); s != "" {
		m.title, m.titleFrom, m.weakTitle, m.subject = s, "the letter's subject line, under its salutation", false, true
		letterhead = k
	}
	// The date: a line saying "Published", else a date on the title page,
	// else a short line with a date above the title (a letter's) or right
	// under it (a one-page briefing's "Ashford Children's Trust, March
	// 2025", or a longer body's name with its date). Further down the first page a date is the body's ("In March
	// 2024, 45% ...").
	// A letter's dateline: a line that is a date and nothing else, above
	// its "Dear ..." line, wherever its letterhead puts its largest text.
	salutation := -1
	for k, r := range rs {
		if salutationRe.MatchString(r.text()) {
			salutation = k
			break
		}
	}
	for k := 0; k < salutation && m.date.IsZero(); k++ {
		for _, f := range rs[k].frags {
			// The run alone: "Our ref: ..." may share the date's row.
			if t := strings.TrimSpace(f.text); datelineRe.MatchString(t) {
				if d, ok := findDate(t); ok && d.Day != 0 {
					m.date, m.dateFrom = d, "the letter's dateline: "+t
					break
				}
			}
		}
	}
	ends, boxed := l.pdfImprintEnds(pageRows)
	// Pass 0 reads a "Published" line, pass 2 a version's issue line
	// (versionIssuedRe), pass 1 any other short date line.
	for _, pass := range []int{0, 2, 1} {
		for k := range rs {
			t, ok := dateLine(rs, k)
			if !ok {
				continue
			}
			if pass == 1 && !isTitlePage && k < l.titleFrom && len(strings.Fields(t)) > 6 {
				// A masthead band: "HEARTH TRUST | Policy briefing |
				// September 2024", each part in a run of its own.
				for _, f := range rs[k].frags {
					if ft := strings.TrimSpace(f.text); len(strings.Fields(ft)) <= 6 && dateRe.MatchString(ft) {
						t = ft
						break
					}
				}
			}
			// A line crediting a figure's source ("Source: UKHSA,
			// Published 12 December 2025") dates that source, not the
			// file (creditLineRe, as a web page's caption is read).
			publish := strings.Contains(strings.ToLower(t), "publish") && !creditLineRe.MatchString(t) && ends[l.first][k]
			if pass == 0 && !publish || pass == 2 && !versionIssuedRe.MatchString(t) {
				continue
			}
			if boxed[l.first][k] || !ends[l.first][k] && strings.Contains(strings.ToLower(wrappedSentence(rs, k)), "publish") {
				// A line of a box of other bodies' contacts ("Partner
				// organisations", "Useful contacts"), or a "Published by"
				// line standing between the text's sentences ("Leaflet
				// published by YoungMinds, January 2024."), dates the
				// work it points to, never this one, wherever it stands
				// on the title page. Before (hostile check 67), a title
				// page with no date of its own was dated by it.
				continue
			}
			if pass == 1 && !isTitlePage {
				above := k < l.titleFrom
				// A line under the title's first line wrapped in two
				// ("NHS Fenwold Integrated Care Board (formerly NHS
				// North" over "Fenwold CCG)") is one line further down.
				wrapped := l.titleTo > 0 && l.titleTo+1 < len(rs) && wrapsFrom(rs[l.titleTo], rs[l.titleTo+1])
				under := l.titleTo > 0 && (k == l.titleTo || k == l.titleTo+1 || wrapped && k == l.titleTo+2)
				if d := issueLineDate(t); under && d != "" {
					// A newsletter's masthead band under its name:
					// "News for parents · Issue 14 · Spring Term 2026 ·
					// Friday 13 February 2026" dates the issue by its day.
					t = d
				}
				if m := approvalLineRe.FindStringIndex(t); m != nil {
					// "Refreshed for 2025/26 · Agreed by the ICB Board on
					// 25 June 2025" under a plan's title: the day it was
					// agreed, which it is published after, dates it
					// (held-out set 101: the plan was refused).
					t = t[m[0]:]
				}
				short := len(strings.Fields(t)) <= 6 || bodyDateLine(t) != "" || under && bylineDateLine(t) || approvalLineRe.MatchString(t)
				if !short || !above && !under {
					continue
				}
			}
			if publish {
				// "Workshop held 15 January 2026 · Write-up published 9
				// February 2026": the day the event was held is no
				// publication date; the date after "published" is.
				// Its year wrapped onto a line read as no text of the
				// page is the earlier date's when the month is not
				// earlier than that date's.
				if i := strings.LastIndex(strings.ToLower(t), "publish"); i > 0 && dateRe.MatchString(t[i:]) {
					t = t[i:]
				} else if i > 0 {
					if m := dayMonthEndRe.FindStringSubmatch(t[i:]); m != nil {
						if d, ok := findDate(t[:i]); ok && d.Month > 0 && months[strings.ToLower(m[1])[:3]] >= d.Month {
							t = strings.TrimSpace(t[i:]) + " " + strconv.Itoa(d.Year)
						}
					}
				}
			}
			if d, ok := findDate(t); ok && m.date.IsZero() {
				m.date, m.dateFrom = d, "the first page: "+dateRe.FindString(t)
				if isTitlePage {
					m.dateFrom = "the title page: " + dateRe.FindString(t)
				}
			}
		}
	}
	if m.date.IsZero() {
		m.date, m.dateFrom = termDate(rs, max(l.titleTo, l.titleFrom)+2)
	}
	if m.date.IsZero() {
		m.date, m.dateFrom = numericDateLine(rs)
	}
	// The masthead is above the title; in a letter whose largest text is
	// a heading of its body, below its subject, above the salutation: its
	// subject line names what it is about, never who sent it.
	top := max(l.titleFrom, 0)
	if letterhead >= 0 && top > letterhead {
		top = letterhead
	}
	masthead := mastheadOrg(firstColumn(aboveAddressee(rs[:top])), 0)
	// A letter's headed paper names who sent it (letterheadSender), read
	// where nothing surer names the publisher. A letter opening on its
	// addressee's block has none: that body, and its address, are whom
	// it goes to (addresseeBlockFirst).
	letterOrg := ""
	toBlock := letterhead >= 0 && addresseeBlockFirst(rs[:letterhead], rs[letterhead].text(), signatureRows(pageRows))
	if toBlock {
		masthead = ""
	}
	if letterhead >= 0 && masthead == "" && !toBlock {
		letterOrg = letterheadSender(rs[:letterhead], rs[letterhead].text())
	}
	if coverOrgName != "" {
		masthead = coverOrgName
	}
	if isTitlePage && l.titleTo > 0 {
		// A cover may set its organisation's name below the title, larger
		// than the lines naming whom the report is about or for.
		if below := mastheadOrg(rs[l.titleTo:], l.body.size); below != "" && (masthead == "" || l.orgSize(rs, below) > l.orgSize(rs, masthead)+0.5) {
			masthead = below
		}
	}
	if m.date.IsZero() {
		m.date, m.dateFrom = l.editionDate(pageRows, ends)
	}
	// Imprint lines, which name the publisher more surely than a masthead.
	var published, copyright, address string
	printers := l.printers(pageRows)
	for i := range l.pages {
		if i >= 3 && i < len(l.pages)-3 {
			continue
		}
		for k, r := range pageRows[i] {
			t := r.text()
			if address == "" && !(toBlock && i == l.first && k < letterhead) && !boxed[i][k] {
				address = addressOrg(t)
			}
			if creditLineRe.MatchString(t) || !ends[i][k] {
				// A figure's source credited, or a line between two of
				// the text's sentences: another work's imprint.
				continue
			}
			for _, part := range imprintParts(t) {
				switch name, kind := imprintOrg(part, false); {
				case kind == publishedImprint && published == "":
					published = name
				case kind == copyrightImprint && copyright == "" && bodyHolds(name, l.holderLine(name, t), printers):
					copyright = name
				}
			}
			if m.date.IsZero() && imprintDateRe.MatchString(t) {
				if d, ok := findDate(t); ok {
					m.date, m.dateFrom = d, `the "Published" line`
				}
			}
		}
	}
	for _, t := range l.running {
		// A school newsletter's footer gives its address on every page
		// ("Kestrel Hill Academy, Moor Lane, Oakvale OK4 7TT · Page 2"),
		// where the first page's masthead names only the newsletter.
		if address == "" {
			address = addressOrg(runningText(t))
		}
		// "© Westmere Borough Council 2025" in the footer of every page:
		// a notice as sure as one on the last page.
		for _, part := range strings.Split(runningText(t), " | ") {
			if name, kind := imprintOrg(runningText(part), false); kind == copyrightImprint && copyright == "" && bodyHolds(name, l.holderLine(name, t), printers) {
				copyright = name
			}
		}
	}
	if m.date.IsZero() {
		m.date, m.dateFrom = l.issuedDate(pageRows)
	}
	if m.date.IsZero() {
		// A date every page repeats: a board paper's meeting, a
		// briefing's month.
		for _, t := range l.running {
			if d, said, ok := runningLineDate(t); ok && !periodRe.MatchString(t) {
				m.date, m.dateFrom = d, "the running header: "+said
				break
			}
		}
	}
	if m.date.IsZero() {
		m.date, m.dateFrom = headDate(rs)
	}
	if m.date.IsZero() {
		m.date, m.dateFrom = signedDate(pageRows)
	}
	if m.date.IsZero() {
		m.yearDate, m.yearDateFrom = reportHeadYear(l.running, rs)
	}
	// Publishers named jointly, in a running line or on the first page
	// ("Ofsted and Care Quality Commission"): a citation names both.
	joint := ""
	for _, t := range l.running {
		if joint = jointPublishers(t); joint != "" {
			break
		}
	}
	jointRows := rs
	if letterhead >= 0 {
		// A letter's addressee ("NHS Harrowfield and Tamsey Integrated
		// Care Board" under the dateline) is whom it goes to.
		jointRows = letterheadRows(rs[:letterhead], rs[letterhead].text())
	}
	for k := 0; joint == "" && k < len(jointRows); k++ {
		// Under "Prepared for:" the bodies are the report's readers.
		if len(rs[k].frags) == 1 && (k == 0 || !forWhomRe.MatchString(rs[k-1].text())) {
			joint = jointPublishers(rs[k].text())
		}
	}
	// "Board of Directors (Public) – 29 January 2026 – Agenda item 11"
	// names the meeting a paper goes to: a body another running line
	// names ("Tarnbrook NHS Foundation Trust · Page 3") publishes it.
	header := ""
	for _, meeting := range []bool{false, true} {
		for _, t := range l.running {
			if meetingLineRe.MatchString(t) != meeting {
				continue
			}
			if org := runningOrg(t); org != "" && header == "" {
				header = org
			}
		}
	}
	imprintOrgS55, imprintFromS55 := imprintBody(l, pageRows)
	provider, commissioners := returnFormOrg(rs)
	m.commissioners = commissioners
	switch {
	case published != "":
		m.publisher, m.publisherFrom = published, `the "Published by" line`
	case copyright != "":
		m.publisher, m.publisherFrom = copyright, "the © line"
	case evidenceSubmitter(l.running) != "":
		m.publisher, m.publisherFrom = evidenceSubmitter(l.running), `the "Written evidence submitted by" line`
	case imprintOrgS55 != "":
		// A charity registration line or a Command paper's imprint
		// names the body as surely as a © line.
		m.publisher, m.publisherFrom = imprintOrgS55, imprintFromS55
	case provider != "":
		// A return form under its commissioner's masthead is the
		// provider's, whose return it is.
		m.publisher, m.publisherFrom = provider, `the return form's "Provider" row`
	case journalHeader(l.running) != "" && (masthead == "" || articleKindRe.MatchString(masthead)):
		// "Journal of Child Health Policy | Commentary" over every page,
		// "COMMENTARY" over the title: the journal publishes, the label
		// only says the kind of piece.
		m.publisher, m.publisherFrom = journalHeader(l.running), "the running header naming the journal"
	case coverBy(rs, l.titleTo) != "":
		// "A peer research report by the Youth Voice Collective" under
		// the title: the cover says whose report it is.
		m.publisher, m.publisherFrom = coverBy(rs, l.titleTo), `the cover's "report by" line`
	case masthead != "" && header != "" && !bodyNameRe.MatchString(masthead):
		// A masthead naming no body is a strapline ("Speaking up for
		// local people") under a logotype no text reads; the running
		// header every page carries names the body.
		m.publisher, m.publisherFrom = header, "the running header, over a masthead naming no body"
	case masthead != "":
		m.publisher, m.publisherFrom = masthead, "the masthead"
	case address != "":
		m.publisher, m.publisherFrom = address, "the address line"
	case letterOrg != "" && header == "":
		m.publisher, m.publisherFrom = letterOrg, "the letterhead"
	}
	if m.publisher == "" && joint == "" && l.titleTo > 0 {
		if org := posterAffiliationOrg(l.bandLines(rs)); org != "" {
			m.publisher, m.publisherFrom = org, "the first affiliation under the title"
		}
	}
	if m.date.IsZero() && l.titleTo > 0 {
		if d, line := conferenceLineDate(l.bandLines(rs)); !d.IsZero() {
			m.date, m.dateFrom = d, "the conference line under the title: "+dateRe.FindString(line)
		}
	}
	if joint != "" && (m.publisher == "" || m.publisherFrom != `the "Published by" line` || jointPart(joint, m.publisher)) {
		m.publisher, m.publisherFrom = joint, "the bodies the report names jointly"
	}
	m.header = header
	switch {
	case isTitlePage && l.titleTo > 0:
		m.cover = coverOrg(rs[l.titleTo:])
	case l.titleTo > 0:
		// A first page that opens the text under the title names its
		// body, if at all, in the lines right under the title, before
		// the text begins ("Westby Primary Care Network · June 2025").
		m.cover = coverOrg(rs[l.titleTo:min(l.titleTo+coverLines, len(rs))])
	}
	// "RCPCH" in the © line, "Royal College of Paediatrics and Child
	// Health" in the masthead: the name in full.
	if isAcronym(m.publisher) {
		for _, c := range append([]string{masthead, published, copyright, header}, firstLines(pageRows, l.first)...) {
			if c != "" && c != m.publisher && evidence.Initials(c) == m.publisher {
				m.publisher = c
				break
			}
		}
	}
	// "© Lanterns Alliance 2025" in the footer, "Lanterns Children's
	// Hospice Alliance" on the cover: the name in full, as with initials.
	for _, c := range []string{masthead, published, copyright, header, m.cover} {
		if shortFormOf(m.publisher, c) {
			m.publisher = c
			break
		}
	}
	m.publisher = councilOf(m.publisher)
	if commissionedBy(m.publisher, m.commissioners) {
		m.publisher, m.publisherFrom = "", "" // whom the return goes to: ask
	}
	if d, from := l.approvedDate(m.title, pageRows); !d.IsZero() {
		m.date, m.dateFrom = d, from
	}
	// A title from a running header, when the first page has none: pages
	// cut from a longer report name it there.
	if m.title == "" || m.weakTitle {
		for _, t := range l.running {
			if hasLongWord(t) && cleanOrg(t) != m.publisher && cleanOrg(t) != header && len(strings.Fields(t)) >= 2 && m.title == "" {
				m.title, m.titleFrom, m.weakTitle = runningTitle(t, l.running), "the running header", true
			}
		}
	}
	return m
}

var (
	// titleLabelRe is the label of a paper's title, on a PDF cover
	// sheet's row ("Report title") and in a plain-text paper's form
	// ("Report title: ...", coverForm): one list of labels for both.
	titleLabelRe = lazyre.New(`(?i)^(?:report title|title of (?:the )?(?:paper|report)|paper title|title|subject)\s*:?$`)
	bodyNameRe   = lazyre.New(`(?i)\b(?:NHS|Trust|Board|Council|College|Commission|Commissioner|Foundation|Department|Ministry|Institute|Alliance|Society|Association|Federation|Fund|Centre|Center|Agency|Authority|Partnership|Network|Office|Ofsted|University|Charity|Coalition|Forum|Confederation|Providers|Healthwatch|Government|Parliament|Committee|Inspectorate|Union|Company|Ltd|Limited|CIC|Hospital|England)\b`)
)

// labelledTitle reads a cover sheet's "Report title" row: the cells after
// the label, and the lines under them.
func labelledTitle(rs []*row) string {
	for k, r := range rs {
		if len(r.frags) < 2 || !titleLabelRe.MatchString(strings.TrimSpace(r.frags[0].text)) {
			continue
		}
		x := r.frags[1].x0
		parts := []string{}
		for _, f := range r.frags[1:] {
			parts = append(parts, strings.TrimSpace(f.text))
		}
		for _, next := range rs[k+1:] {
			if math.Abs(next.frags[0].x0-x) > 2 || next.y0-r.y1 > (r.y1-r.y0) {
				break
			}
			parts = append(parts, next.text())
			r = next
		}
		return strings.Join(parts, " ")
	}
	return ""
}

// returnFormOrg reads the body a return form is submitted by: its
// details table's "Provider" (or "Organisation", "Submitted by") row, a
// body's name, on a first page whose form also says when or by whom it was
// submitted ("Date submitted", "Completed by"). A provider's contract
// monitoring return is published to its commissioner by the provider, as
// a committee paper's cover sheet dates its paper; a report that only
// names the provider it is about says nothing of its submission. Before,
// the protective marking over such a form published it. commissioners
// are the bodies the submitted form's "Commissioner" rows name (also
// "Commissioning body", "Commissioned by", "Lead commissioner"), whom it
// goes to: never its publisher, though the form's masthead or letterhead
// names one (the commissioner's template), and a form with no Provider
// row asks for its publisher. Before (hostile check 65), a return under
// an ICB's masthead was the ICB's. A row is a label and its value in
// runs of their own ("Provider", "Hollin Vale CIC") or one run
// ("Provider: Hollin Vale CIC").
func returnFormOrg(rs []*row) (provider string, commissioners []string) {
	submitted := false
	for _, r := range rs {
		if len(r.frags) == 0 {
			continue
		}
		label := strings.TrimSpace(r.frags[0].text)
		var parts []string
		for _, f := range r.frags[1:] {
			parts = append(parts, strings.TrimSpace(f.text))
		}
		if len(parts) == 0 {
			if l, v, ok := strings.Cut(label, ":"); ok {
				label, parts = l+":", []string{v}
			}
		}
		if formSubmittedRe.MatchString(label) {
			submitted = true
		}
		if len(parts) == 0 {
			continue
		}
		v := cleanOrg(strings.Join(parts, " "))
		if v == "" || !bodyNameRe.MatchString(v) {
			continue
		}
		switch {
		case formCommissionerLabelRe.MatchString(label):
			commissioners = append(commissioners, v)
		case provider == "" && formOrgLabelRe.MatchString(label):
			provider = v
		}
	}
	if !submitted {
		return "", nil
	}
	return provider, commissioners
}

// commissionedBy reports a body among a return form's commissioners
// (returnFormOrg), its name in full or a short form of it.
func commissionedBy(org string, commissioners []string) bool {
	org = icbWordsRe.ReplaceAllString(org, "Integrated Care Board")
	for _, c := range commissioners {
		c = icbWordsRe.ReplaceAllString(c, "Integrated Care Board")
		if org != "" && (strings.EqualFold(org, c) || shortFormOf(org, c) || shortFormOf(c, org)) {
			return true
		}
	}
	return false
}

var (
	// icbWordsRe is an ICB's short form, as a form's row may give it.
	icbWordsRe = lazyre.New(`\bICB\b`)
	// formOrgLabelRe is a return form's label of the body returning it.
	formOrgLabelRe = lazyre.New(`(?i)^(?:provider|provider\s+name|name\s+of\s+provider|(?:submitting\s+)?organisation|organisation\s+name|name\s+of\s+organisation|submitted\s+by)\s*:?$`)
	// formCommissionerLabelRe is a return form's label of the body it is
	// returned to: "Commissioner", "Commissioning body", "Commissioned
	// by", "Lead commissioner", "Commissioning organisation".
	formCommissionerLabelRe = lazyre.New(`(?i)^(?:(?:lead|co-?ordinating|responsible)\s+)?(?:commissioners?|commissioning\s+(?:body|organisation|authority|ICB|CCG)|commissioned\s+by)(?:\s+name)?\s*:?$`)
	// formSubmittedRe is a return form's label of its submission.
	formSubmittedRe = lazyre.New(`(?i)^(?:date\s+(?:submitted|returned)|date\s+of\s+(?:submission|return)|submission\s+date|submitted\s+by|completed\s+by)\s*:?(?:\s|$)`)
)

// paperToRe opens a board paper's line naming the board it goes to,
// whose body publishes it: "Report to the Board of NHS Greyford and
// Tamside" over "Integrated Care Board" names the whole board.
var paperToRe = lazyre.New(`^(?i:(?:an?\s+)?(?:report|paper|briefing|update)\s+(?:to|for)\s+(?:a\s+|the\s+)?(?:(?:public\s+)?meeting\s+of\s+(?:the\s+)?)?(?:board|governing\s+body)\s+of\s+(?:the\s+)?)`)

// mastheadOrg picks the organisation's name among the lines above the
// title: one line, or two or three set together ("NHS" / "Fenmoor and
// Northvale" / "Integrated Care Board"), preferring a name that says what
// kind of body it is.
func mastheadOrg(rs []*row, bodySize float64) string {
	best, score := "", 0.0
	for i := range rs {
		if len(rs[i].frags) >= 3 {
			continue // a row of a table or form, not a masthead
		}
		if meetingLineRe.MatchString(rs[i].text()) || packLabelLine(rs[i].text()) {
			// "Agenda item 6" over "Hartsmoor Borough Council": the
			// paper's place in its meeting, no word of the body's name
			// (the development set's publisher was "Agenda item 6
			// Hartsmoor Borough Council"); so are "Appendix B", "Paper
			// 4" and a marking, "OFFICIAL" (packLabelLine).
			continue
		}
		if bodySize > 0 && i > 0 && wrapsFrom(rs[i-1], rs[i]) {
			// Below a title, the end of a line wrapped from the row
			// above (a subtitle naming the provider a report is about)
			// is no name of its own.
			continue
		}
		text := ""
		for j := i; j < len(rs) && j < i+3; j++ {
			if j > i && (rs[j].y0-rs[j-1].y1 > rs[j-1].y1-rs[j-1].y0 || len(rs[j].frags) >= 3 ||
				civicBuildingRe.MatchString(strings.TrimSpace(rs[j].text())) || packLabelLine(rs[j].text())) {
				// A building under a body's name ("Town Hall") is its
				// address, no word of its name; "Paper 4" under it is
				// the paper's place in its pack (packLabelLine).
				break
			}
			t := strings.TrimSpace(rs[j].frags[0].text)
			text = strings.TrimSpace(text + " " + t)
			org := cleanOrg(paperToRe.ReplaceAllString(text, ""))
			if org == "" || len(strings.Fields(org)) > 8 || contactRe.MatchString(rs[j].text()) && postcodeRe.MatchString(rs[j].text()) {
				continue
			}
			if meetingOnlyName(org) {
				// "Board of Directors (meeting in public)" over the
				// title: the meeting the paper goes to, whose body
				// another line names (development set).
				continue
			}
			sc := 0.1 * float64(len(strings.Fields(org)))
			if bodyNameRe.MatchString(org) {
				sc += 2
			}
			if i == 0 && j == 0 && bodySize == 0 {
				sc += 0.5 // the first line on the page
			}
			if bodySize > 0 {
				// Below a title, only a name set large is the masthead.
				if rs[i].frags[0].size < 1.3*bodySize || !orgNameLineRe.MatchString(org) {
					continue
				}
				sc += rs[i].frags[0].size / bodySize
			}
			if sc > score {
				best, score = org, sc
			}
		}
	}
	if score < 0.5 {
		return ""
	}
	return best
}

func isAcronym(s string) bool {
	return len(s) >= 2 && len(s) <= 8 && strings.ToUpper(s) == s && !strings.Contains(s, " ")
}

// shortFormOf says whether short is a body's name cut short from full:
// full's words include short's in order, opening and closing with the
// same words, and more between ("Westmere Council" of "Westmere Borough
// Council"). "NHS England" is no short form of "NHS England and NHS
// Improvement", nor "Westmere Council" of two councils named jointly.
func shortFormOf(short, full string) bool {
	s, f := strings.Fields(short), strings.Fields(full)
	if len(s) < 2 || len(f) <= len(s) || s[0] != f[0] || s[len(s)-1] != f[len(f)-1] {
		return false
	}
	k := 0
	for _, w := range f {
		if k < len(s) && w == s[k] {
			k++
		}
	}
	if k < len(s) {
		return false
	}
	// "Westmere Council and Eastford Council" names two bodies, each
	// ending as short does; "... Palliative Care and Hospice Alliance" one.
	before, _, joint := strings.Cut(full, " and ")
	return !joint || !strings.HasSuffix(before, " "+s[len(s)-1])
}

// dateLine is row k's text as a line that may date the document: with
// the next row's year when the row ends with a month ("Updated September"
// over "2024"), with the row before's day when it opens with a month and a
// year ("... Board, 14" over "November 2024"); not ok when it names the period a report covers ("1 April
// 2023 to 31 March 2024") or the date of a visit or inspection it reports
// ("Visit of 11 February 2025"), which are no publication dates.
func dateLine(rs []*row, k int) (string, bool) {
	t := rs[k].text()
	if k+1 < len(rs) && monthEndRe.MatchString(t) && yearStartRe.MatchString(rs[k+1].text()) {
		t += " " + rs[k+1].text()
	}
	if k > 0 && monthStartRe.MatchString(t) {
		if m := dayEndRe.FindStringSubmatch(strings.TrimSpace(rs[k-1].text())); m != nil {
			t = m[1] + " " + t
		}
	}
	if eventDateRe.MatchString(t) {
		// "Date of inspection visit: 3 to 6 February 2025 · Date of
		// publication: 16 May 2025": the event's date is no date of the
		// report, but the part after it that names the publication is.
		// Before (held-out set 98), the whole line was passed over and
		// the report refused for want of a date.
		if i := strings.Index(strings.ToLower(t), "publi"); i > 0 && dateRe.MatchString(t[i:]) {
			return t[i:], !periodRe.MatchString(t[i:])
		}
		return t, false
	}
	return t, !periodRe.MatchString(t)
}

// wrappedSentence is row k's text after the rows above it whose sentence
// runs on into it (no stop at their end), up to three of them:
// "YoungMinds, January 2024." is the end of "Leaflet published by" on the
// row above.
func wrappedSentence(rs []*row, k int) string {
	t := rs[k].text()
	for p := k - 1; p >= 0 && p >= k-3 && !closesParagraph(rs[p].text()); p-- {
		t = rs[p].text() + " " + t
	}
	return t
}

// approvalLineRe is a cover's line stating the day a body agreed the
// document ("Agreed by the ICB Board on 25 June 2025", "Approved by
// Cabinet on 4 March 2026", "Adopted by the council on …").
var approvalLineRe = lazyre.New(`(?i)\b(?:agreed|approved|adopted|ratified|endorsed|signed off)\s+by\s+(?:the\s+)?[^.;:]{2,80}?\s+on\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\b`)

// eventDateRe opens a line dating what a report is about rather than the
// report: "Visit of 11 February 2025", "Date of visit: ...", "Inspection
// dates: ...". An Enter and View report is published weeks after its
// visit; a board paper's meeting date is its date.
var eventDateRe = lazyre.New(`(?i)^\s*(?:dates?\s+of\s+(?:the\s+)?(?:visit|inspection|fieldwork)|(?:visit|visited|inspection|inspected|fieldwork)\s+(?:of|on|dates?)\b|(?:visit|inspection)\s+dates?\s*:)`)

// firstLines are the first page's lines cut at their first comma: "Royal
// College of Paediatrics and Child Health, 5-11 Theobalds Road".
func firstLines(pageRows [][]*row, first int) []string {
	var out []string
	for _, r := range pageRows[first] {
		t, _, _ := strings.Cut(r.text(), ",")
		out = append(out, cleanOrg(t))
	}
	return out
}

// monthDayYearRe is a date written month first, its day and year apart by
// a comma: "November 19, 2026", as a newspaper's running line sets it
// ("24 | THE FENBRIDGE COURIER | Thursday, November 19, 2026").
var monthDayYearRe = lazyre.New(`(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2},\s+(?:19|20)\d\d\b`)

// runningLineDate is the date a running line states and the words that
// state it: the day, month and year findDate reads, else a date written
// month first ("Thursday, November 19, 2026"), else the year of a
// journal's citation (journalCiteYearRe). Before, a newspaper page
// whose running footer was its only date was dated by the PDF's creation
// date, days later: a print page's PDF is made after the paper is out.
// Only a running line is read so: a body's "on October 2, 2026" names an
// event, as its "2 October 2026" does.
func runningLineDate(t string) (evidence.Date, string, bool) {
	if d, ok := findDate(t); ok {
		return d, dateRe.FindString(t), true
	}
	if said := monthDayYearRe.FindString(t); said != "" {
		if d := textDate(said); d.Day != 0 {
			return d, said, true
		}
	}
	if m := journalCiteYearRe.FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		return evidence.Date{Year: y}, m[0], true
	}
	return evidence.Date{}, "", false
}

// journalCiteYearRe is a journal article's citation as its running line
// sets it, year, volume, issue and pages: "J Child Health Policy
// 2026;14(2):112-119". Group 1 is the year: the article's own statement
// of when it was published, surer than the PDF's creation date, by which
// such an article was dated before. Only a running line is read so
// (runningLineDate): a reference in the text ("Lancet 2019;393:123-9")
// cites another work.
var journalCiteYearRe = lazyre.New(`\b((?:19|20)\d\d)\s*;\s*\d{1,4}\s*(?:\(\s*[\w–-]{1,12}\s*\))?\s*:\s*[eE]?\d{1,6}\b`)

// findDate is the first date dateRe reads in s: a month and year, a day
// before them or not.
func findDate(s string) (evidence.Date, bool) {
	mm := dateRe.FindStringSubmatch(s)
	if mm == nil {
		return evidence.Date{}, false
	}
	y, _ := strconv.Atoi(mm[3])
	d := evidence.Date{Year: y, Month: months[strings.ToLower(mm[2])[:3]]}
	if mm[1] != "" {
		day, _ := strconv.Atoi(mm[1])
		if t := time.Date(y, time.Month(d.Month), day, 0, 0, 0, 0, time.UTC); t.Day() == day && day > 0 {
			d.Day = day
		}
	}
	return d, true
}

// cleanOrg cuts an organisation's name out of an imprint or masthead line,
// or returns "" when the line does not read as one. A protective marking
// over a form ("OFFICIAL – Commercial in confidence") is none: before, it
// published a provider's return.
func cleanOrg(s string) string {
	// Ornaments a masthead sets round the name ("✠ St Aidan's Primary
	// School ✠", "★ … ★") are no part of it: before (held-out set 100),
	// the cross before the name made it no name, and the newsletter was
	// refused for want of a publisher.
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.In(r, unicode.So, unicode.Sm, unicode.Sk) || unicode.IsSpace(r) })
	if !placesBodyRe.MatchString(strings.TrimSpace(s)) {
		s = strings.TrimSpace(orgCutRe.ReplaceAllString(strings.TrimSpace(s), ""))
	}
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "))
	lower := strings.ToLower(s)
	if _, month := months[lower[:min(3, len(lower))]]; month && len(strings.Fields(s)) == 1 {
		return "" // "July" of "July 2024"
	}
	if s == "" || genericRe.MatchString(s) || dateRe.MatchString(s) || len(strings.Fields(s)) > 10 || letterSpaced(s) || registrationLineRe.MatchString(s) || txtMarkingRe.MatchString(s) {
		return ""
	}
	r := []rune(s)
	if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) || strings.ContainsAny(s, "@/") {
		return ""
	}
	letters := 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if letters*2 < len(r) {
		return ""
	}
	return s
}

// pdfImprintEnds reports, for each row of each page, whether it stands
// where the document's own imprint stands, by the rule a plain text's
// imprint lines follow (atImprintEnds): before the text or after it. A
// PDF's text begins under its first heading past the title's band (the
// title and the lines set as headings right under it): a cover's blurb
// or an inside cover's licence sentences are no text, and their imprint
// lines are the document's. Its sentences are the rows in the body's
// font ending one (six words or more, with the row it wraps from).
// Before (hostile check 64), a newsletter's "Useful contacts" section,
// between two articles, gave "Published by Oakvale Council, January
// 2024" as the newsletter's publisher and date. A section of the
// document's own imprint at its head or foot ("About this report", a
// "Contact us" before the appendices) holds its imprint wherever the
// text's sentences stand, and a box of other bodies' contacts ("Useful
// contacts", "Who to contact") holds none even as the last section
// (imprintSectionEnds). boxed marks the rows of such a box, whose address
// lines are the bodies' it lists.
func (l *layout) pdfImprintEnds(pageRows [][]*row) (ends, boxed [][]bool) {
	var kinds []lineKind
	var heads []string // the headings past the title's band
	var sect []int     // each row's heading, an index into heads
	headed := false
	boxSize := 0.0 // the size of the heading over a box of other bodies' contacts, while in one
	for i, rs := range pageRows {
		band := i == l.first // the title and the lines set as headings right under it
		for j, r := range rs {
			t := strings.TrimSpace(r.text())
			k := blankLine
			for _, part := range imprintParts(t) {
				if _, kind := imprintOrg(part, false); kind != noImprint {
					k = imprintKindLine
				}
			}
			if k == blankLine && imprintDateRe.MatchString(t) {
				k = imprintKindLine
			}
			words := len(strings.Fields(t))
			if j > 0 && !closesParagraph(rs[j-1].text()) {
				words += len(strings.Fields(rs[j-1].text())) // a sentence wrapped onto this row
			}
			heading := l.headingRow(r)
			band = band && (j < l.titleTo || heading)
			// An imprint wrapped onto this row ("© X 2024. Published by X,
			// July" over "2024.") ends there, no sentence of the text.
			wrapped := j > 0 && len(kinds) > 0 && kinds[len(kinds)-1] == imprintKindLine && !closesParagraph(rs[j-1].text())
			switch {
			case k != blankLine || band || wrapped:
			case heading && boxSize > 0 && subHeading(rowSize(r), boxSize, t):
				// A body's name set bold inside a box of other bodies'
				// contacts ("Oakvale Council" under "Useful contacts")
				// heads an entry of the box, not a section after it.
			case heading:
				headed = true
				heads = append(heads, t)
				boxSize = 0
				if othersContactsSection(t) {
					boxSize = rowSize(r)
				}
			case headed && closesParagraph(t) && words >= 6 && l.bodyRow(r):
				k = closingLine
			}
			kinds = append(kinds, k)
			s := len(heads) - 1
			if s >= 0 && othersContactsSection(heads[s]) && (j > 0 && r.y0-rs[j-1].y1 > 3*(r.y1-r.y0) || j == 0 && l.pageLeftEmpty(pageRows, i-1)) {
				// A box of other bodies' contacts ends where the page
				// leaves a wide gap: the footer under it ("Rowan Park
				// School, Beech Road, ...") is the document's own. So
				// does a page the box leaves half empty: the back page
				// after it ("© Harrowfield Borough Council 2025.
				// Published by ...") is the document's imprint, where
				// before (hostile check 66) it was read as the box's.
				heads = append(heads, "")
				s++
				boxSize = 0
			}
			sect = append(sect, s)
		}
	}
	at := atImprintEnds(kinds)
	own, others := imprintSectionEnds(heads, sect)
	for i := range at {
		at[i] = (at[i] || own[i]) && !others[i]
	}
	ends, boxed = make([][]bool, len(pageRows)), make([][]bool, len(pageRows))
	n := 0
	for i, rs := range pageRows {
		ends[i], boxed[i] = at[n:n+len(rs)], others[n:n+len(rs)]
		n += len(rs)
	}
	return ends, boxed
}

// editionPublishedRe is an imprint's note of the edition in hand: "This
// edition published 18 September 2024", "Second edition published March
// 2025", "Revised edition first published in June 2024".
var editionPublishedRe = lazyre.New(`(?i)\b(?:(?:this|the\s+present|current|latest|revised|updated|new|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)?edition\s+(?:(?:was|first)\s+)?published\b(?:\s+(?:on|in))?`)

// editionDate is the day an inside cover's imprint says the edition in
// hand was published, at the document's head or foot (ends): "First
// published by Thornbury Safeguarding Children Partnership in 2019. This
// edition published 18 September 2024." is of 18 September 2024, the
// row poppler wraps it over read with the next. The first edition's year
// dates an earlier document. Before (hostile check 66), such a report
// was refused for want of a date.
func (l *layout) editionDate(pageRows [][]*row, ends [][]bool) (evidence.Date, string) {
	for i := range l.pages {
		if i >= 3 && i < len(l.pages)-3 {
			continue
		}
		for k, r := range pageRows[i] {
			if !ends[i][k] {
				continue
			}
			t := strings.TrimSpace(r.text())
			if k+1 < len(pageRows[i]) && ends[i][k+1] {
				t += " " + strings.TrimSpace(pageRows[i][k+1].text())
			}
			loc := editionPublishedRe.FindStringIndex(t)
			if loc == nil {
				continue
			}
			if d, ok := findDate(t[loc[1]:]); ok {
				return d, `the "This edition published" line`
			}
		}
	}
	return evidence.Date{}, ""
}

// pageLeftEmpty reports a page whose rows end above its lower third, as a
// page broken off before a back page does: the text does not run on
// from it to the next page.
func (l *layout) pageLeftEmpty(pageRows [][]*row, i int) bool {
	if i < 0 || i >= len(l.pages) || len(pageRows[i]) == 0 {
		return false
	}
	return pageRows[i][len(pageRows[i])-1].y1 < 2*l.pages[i].h/3
}

// rowSize is the largest font size a row sets.
func rowSize(r *row) float64 {
	size := 0.0
	for _, f := range r.frags {
		size = max(size, f.size)
	}
	return size
}

// subHeading: a heading row of the given size and text under a box's
// heading of boxSize heads an entry of the box: set smaller, or as large
// but naming a body ("Oakvale Council"), and no heading of the document's
// own imprint ("Contact us").
func subHeading(size, boxSize float64, t string) bool {
	if imprintSection(t) || othersContactsSection(t) || size > boxSize+0.1 {
		return false
	}
	return size < boxSize-0.1 || bodyNameRe.MatchString(t)
}

// bodyRow: most of the row's text is set in the body's font, as a
// paragraph of the text is and a cover's blurb or small print is not.
func (l *layout) bodyRow(r *row) bool {
	n, all := 0, 0
	for _, f := range r.frags {
		all += len(f.text)
		if l.isBodyStyle(fontKey{size: f.size, family: f.family}) {
			n += len(f.text)
		}
	}
	return n*2 > all
}

// headingRow: a short row that ends no sentence, all of it bold or set
// larger than the body, as isHeading reads a unit.
func (l *layout) headingRow(r *row) bool {
	t := strings.TrimSpace(r.text())
	if len(r.frags) == 0 || !hasLongWord(t) || len(strings.Fields(t)) > 14 || closesParagraph(t) {
		return false
	}
	for _, f := range r.frags {
		if strings.TrimSpace(f.text) != "" && !f.bold && f.size < 1.15*l.body.size {
			return false
		}
	}
	return true
}

// registrationLineRe is a line giving a body's registered number and
// nothing else, as a letterhead sets it under the body's address:
// "Charity number 1234567", "Registered charity no. 1234567", "Company
// no: 08123456". It names no body: before (hostile check 64), a
// letterhead's "Charity number 1234567" published the letter, its word
// "charity" taken for a body's.
var registrationLineRe = lazyre.New(`(?i)^(?:registered\s+)?(?:charity|company|charitable\s+incorporated\s+organisation|cio)\s+(?:registration\s+|registered\s+)?(?:no\.?|number|reg\.?(?:\s+no\.?)?)\s*:?\s*(?:SC)?\d{5,8}\.?$`)

// goodInfoTitle: a document-info title that is a title, not a file name.
func goodInfoTitle(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && strings.Contains(t, " ") && !fileTitleRe.MatchString(t)
}

// orgLikeAuthor: an author field that could name an organisation (not a
// user name such as "j.smith").
func orgLikeAuthor(a string) bool {
	return authorOrg(a) != ""
}

// authorOrg is the organisation a PDF's Author field names, or "": not a
// user name ("j.smith"), a person ("Jane Smith", "Smith, Jane"), the
// software or account that made the file ("Microsoft Office User",
// "LibreOffice", "Microsoft Word - report.docx") or a post, team or
// platform (notPublisher). Of a person named with their body ("Jane Smith
// (Westmere Borough Council)") or several authors ("Westmere Borough
// Council; Jane Smith") the body is the one.
func authorOrg(a string) string {
	a = strings.TrimSpace(pronounsRe.ReplaceAllString(strings.TrimSpace(a), ""))
	if m := personOfBodyRe.FindStringSubmatch(a); m != nil && isPersonName(m[1]) {
		return authorOrg(m[2])
	}
	if parts := strings.Split(a, "; "); len(parts) > 1 {
		for _, p := range parts {
			if org := authorOrg(p); org != "" {
				return org
			}
		}
		return ""
	}
	if a == "" || !strings.Contains(a, " ") || strings.ContainsAny(a, "@_\\") || softwareAuthorRe.MatchString(a) ||
		surnameFirstRe.MatchString(a) && !orgWordRe.MatchString(a) || notPublisher(a) {
		return ""
	}
	if r := []rune(a); !unicode.IsUpper(r[0]) || isPersonName(a) {
		return ""
	}
	return a
}

var (
	// personOfBodyRe is a person named with their body in brackets:
	// "Jane Smith (Westmere Borough Council)".
	personOfBodyRe = lazyre.New(`^([^()]+?)\s*\(([^()]+)\)$`)
	// softwareAuthorRe is an Author field that the software filled in:
	// its maker or product ("Microsoft Word", "Adobe Acrobat Pro",
	// "LibreOffice"), the account it ran under ("Microsoft Office User",
	// "Windows User"), or a file's name ("Microsoft Word - report.docx").
	softwareAuthorRe = lazyre.New(`(?i)^(?:microsoft|adobe|apple|google|libreoffice|openoffice|writer|canva|quarkxpress|pdf\w*)\b|\b(?:acrobat|indesign|pdfmaker|distiller|pscript\w*|ghostscript|latex|pdftex)\b|\b(?:office|windows|mac|valued|authori[sz]ed|default)\s+user\b|\.(?:docx?|pdf|pptx?|xlsx?|odt|indd|rtf|pages)\b`)
	// surnameFirstRe is a person's name written surname first, as
	// address books and Word's user names have it: "Smith, Jane",
	// "Okafor, Dr J.".
	surnameFirstRe = lazyre.New(`^\p{Lu}[\p{L}'’-]+,\s*(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$`)
	// copyrightPartRe is where a © notice starts inside a line of other
	// text: "Community paediatrics waits | © Westmere Borough Council
	// 2025", "Published March 2025. © Westmere Borough Council". Only the
	// sign or the word: a lettered item "(c)" may follow a sentence.
	copyrightPartRe = lazyre.New(`(?:\s+[|•·–—-]\s*|\.\s+|\s{2,})(©|(?i:copyright)\b)`)
	// registeredBodyRe registers a body: a charity's or a company's
	// number, a company's kind.
	registeredBodyRe = lazyre.New(`(?i)\bregistered\s+(?:charity|company|society|in\s+england)|\bcharity\s+(?:no\b|number|reg)|\bcompany\s+(?:no\b|number|limited)|\b(?:ltd|limited|cic|plc|llp)\b`)
	// printedByRe is a line naming who printed, designed or typeset a
	// document: the holder of a © line beside it may be that firm's.
	printedByRe = lazyre.New(`(?i)^(?:printed|designed|typeset|produced\s+and\s+printed|design(?:ed)?\s+and\s+print(?:ed)?)\s+by\s+(.+?)\s*\.?$`)
	// printerNameRe is a holder whose name says it prints or designs, or
	// a notice that opens by saying so ("(c) Printed by ...").
	printerNameRe = lazyre.New(`(?i)^(?:printed|designed|typeset|produced|illustrated|photograph\w*)\s+by\b|\b(?:printers?|printing|print|litho|typesetting|design|designs|creative)(?:\s+(?:ltd|limited|plc|llp|co|company|group|services|solutions|studio|agency))?$`)
)

// imprintParts is a line and the © notices set inside it after other
// text, each from its sign to the line's end.
func imprintParts(t string) []string {
	parts := []string{t}
	for _, loc := range copyrightPartRe.FindAllStringSubmatchIndex(t, 3) {
		parts = append(parts, t[loc[2]:])
	}
	return parts
}

// printers are the firms the first and last pages say printed, designed
// or typeset the document.
func (l *layout) printers(pageRows [][]*row) []string {
	var out []string
	for i := range l.pages {
		if i >= 3 && i < len(l.pages)-3 {
			continue
		}
		for _, r := range pageRows[i] {
			if m := printedByRe.FindStringSubmatch(strings.TrimSpace(r.text())); m != nil {
				out = append(out, strings.TrimSpace(imprintEndRe.Split(m[1], 2)[0]))
			}
		}
	}
	return out
}

// councilOf is a publisher's name with the council's team or department
// named for its work cut off: "Harrowfield Council Public Health" or
// "Wexdale County Council Children's Services" in a running footer is the
// council, which owns the document its team wrote. A name going on past
// "Council" in words of no team's work ("Council for Disabled Children")
// is kept whole. Before (set 86), a JSNA chapter was published by
// "Harrowfield Council Public Health".
func councilOf(name string) string {
	i := strings.LastIndex(name, " Council ")
	if i < 0 {
		return name
	}
	tail := strings.TrimSpace(teamSuffixRe.ReplaceAllString(name[i+len(" Council "):], ""))
	if tail != "" && !workOnly(tail) || strings.HasPrefix(strings.ToLower(tail), "of ") || strings.HasPrefix(strings.ToLower(tail), "for ") {
		return name
	}
	return name[:i+len(" Council")]
}

// holderLine is a © line as bodyHolds reads it. A holder whose name reads
// like a person's ("© Patient Voice Tarnside 2025." under the text) is a
// body where the running lines both name it ("Patient Voice Tarnside |
// Still Waiting") and register a charity or company ("Registered charity
// no. ..." in every footer): the registration is the holder's, as one on
// the © line itself would be. Before (hostile check 64), such a report was
// refused for want of a publisher.
func (l *layout) holderLine(holder, line string) string {
	named, registered := false, ""
	for _, r := range l.running {
		r = runningText(r)
		named = named || holder != "" && strings.HasPrefix(r, holder+" ")
		if registeredBodyRe.MatchString(r) {
			registered = r
		}
	}
	if named && registered != "" {
		return line + " " + registered
	}
	return line
}

// bodyHolds says the holder a © line names can be cited as the
// publisher: a body, not a person ("© Jane Smith 2025", who owns the words
// but publishes nothing a citation names), a platform, post or team
// (notPublisher), or the printer or designer the document credits. A name
// like a person's is a body's when its line registers it ("© Carers
// Together 2025. Registered charity number ...").
func bodyHolds(holder, line string, printers []string) bool {
	if isPersonName(holder) && !registeredBodyRe.MatchString(line) || notPublisher(holder) || printerNameRe.MatchString(holder) {
		return false
	}
	for _, p := range printers {
		if strings.EqualFold(p, holder) {
			return false
		}
	}
	return true
}

// orgNameLineRe is a line that is an organisation's name and nothing
// else: capitalised words ending with a word for a body ("National Audit
// Office"), not a subtitle or a line saying whom a report is by or for.
var orgNameLineRe = lazyre.New(`^(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|for|and|&|the|on)){0,7}\s+(?:Office|Trust|Council|Board|Alliance|College|Commission|Commissioner|Foundation|Institute|Society|Association|Federation|Fund|Centre|Agency|Authority|Partnership|Network|Charity|Forum|Confederation|Providers|Healthwatch|Coalition|Ombudsman|Inspectorate)$`)

// coverOrgRe is a line that is an office's or a body's name and nothing
// else, its word for a body followed by whom or where it serves: "Children's
// Commissioner for England", "Office of the Chief Social Worker for
// Children and Families", "Care Quality Commission". Every word but the
// small ones is capitalised, so a subtitle ("A practice note for directors
// of ...") is none.
var coverOrgRe = lazyre.New(`^(?:The\s+)?(?:Office\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*|\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|for|and|&|the|on)){0,6}?\s+(?:Commissioner|Ombudsman|Office|Trust|Council|Board|Alliance|College|Commission|Foundation|Institute|Society|Association|Federation|Fund|Centre|Agency|Authority|Partnership|Network|Charity|Forum|Confederation|Healthwatch|Coalition|Inspectorate|Department|Ministry))(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|for|and|&|the|on)){0,8}$`)

// coverOrg is the first line under a title page's title that is an
// organisation's name alone, or followed by the date it published (see
// coverDateRe),
// set in a row of its own: the office that publishes a report whose cover
// names no one else. It is the publisher only when nothing surer (an
// imprint, a masthead, the document info's author, a running header) names
// one.
func coverOrg(rs []*row) string {
	for _, r := range rs {
		if len(r.frags) != 1 {
			continue
		}
		t := strings.TrimSpace(r.frags[0].text)
		if org := cleanOrg(t); org != "" && org == t && coverOrgLine(org) {
			return org
		}
		if org := bodyDateLine(t); org != "" {
			return org
		}
	}
	return ""
}

// bodyDateLine is the body a line names before the month or the day it
// published ("Westby Primary Care Network · June 2025"), or "". A
// meeting's name ("Health and Wellbeing Board | 14 January 2025") is
// none: the line gives the meeting a paper goes to (meetingOnlyName).
func bodyDateLine(t string) string {
	org := orgDateLine(t)
	if org == "" || !coverOrgLine(org) || meetingOnlyName(org) {
		return ""
	}
	return org
}

// orgDateLine is the name a line gives before the month or the day
// ("Westby Primary Care Network · June 2025", "Health and Wellbeing Board
// | 14 January 2025"), or "". Whether that name is a body that publishes
// or a meeting a paper goes to is its callers' to decide (bodyDateLine,
// imprintLine).
func orgDateLine(t string) string {
	org := cleanOrg(t)
	if org == "" || org == t || !strings.HasPrefix(t, org) || !coverDateRe.MatchString(t[len(org):]) {
		return ""
	}
	return org
}

// coverLines is how many lines under the title of a first page that is
// no title page are looked at for the body's name: a subtitle, the name,
// a date.
const coverLines = 3

// coverDateRe is what may follow a body's name on a cover line of its own:
// the month or the day it published ("Westby Primary Care Network · June
// 2025").
var coverDateRe = lazyre.New(`(?i)^\s*[,;|·•–—-]?\s*(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\.?$`)

// coverOrgLine reports a line that is an office's name alone (see
// coverOrgRe), not one saying whom a report is by or for ("Prepared for
// the Health and Wellbeing Board", "Report to the Cabinet").
func coverOrgLine(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || strings.HasSuffix(f[0], "ed") || coverOpeners[strings.ToLower(f[0])] {
		return false
	}
	return coverOrgRe.MatchString(s) && !isPersonName(s)
}

// coverOpeners open a line about a report rather than a body's name.
var coverOpeners = map[string]bool{"a": true, "an": true, "for": true, "to": true, "by": true, "from": true,
	"report": true, "paper": true, "briefing": true, "with": true}

// orgSize is the font size of the line that holds name, or 0.
func (l *layout) orgSize(rs []*row, name string) float64 {
	for _, r := range rs {
		if strings.Contains(r.text(), name) {
			return maxSize(r.frags)
		}
	}
	return 0
}

// addressLineRe is an organisation's name opening an address with a
// postcode: "Hearth Trust, 27 Calthorpe Road, Birmingham B15 1RP".
var addressLineRe = lazyre.New(`^([A-Z][^,|]{2,60}),\s[^|]*\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b`)

// schoolNameRe is a school's name, which bodyNameRe leaves out (a heading
// names a "School nurse drop-in"): read only where an address line opens
// with it, "Kestrel Hill Academy, Moor Lane, ...".
var schoolNameRe = lazyre.New(`\b(?:Academy|School|Primary|Sixth Form)$`)

// addressOrg is the organisation an address line opens with, or "".
func addressOrg(t string) string {
	m := addressLineRe.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil || !bodyNameRe.MatchString(m[1]) && !schoolNameRe.MatchString(strings.TrimSpace(m[1])) || strings.ContainsAny(m[1], "0123456789") || isPersonName(m[1]) || civicBuildingRe.MatchString(m[1]) {
		return ""
	}
	return cleanOrg(m[1])
}

// letterSpaced: text set with spaces between its letters ("H E A R T H
// T R U S T"), whose words cannot be told apart.
func letterSpaced(s string) bool {
	f := strings.Fields(s)
	single := 0
	for _, w := range f {
		if len([]rune(w)) == 1 {
			single++
		}
	}
	return len(f) >= 4 && single*4 >= len(f)*3
}

// singleBodiesWithAnd are bodies whose one name joins two names that
// would each be a body's: they are one publisher, not two.
var singleBodiesWithAnd = map[string]bool{
	"nhs england and nhs improvement": true,
	"nhs england and improvement":     true,
}

var (
	// runningPageRe is a page number at either end of a running line
	// set in the same run as its words ("Ofsted and Care Quality
	// Commission 4", "Page 3 | Barnardo's").
	runningPageRe = lazyre.New(`(?i)^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*[|•·–—-]?\s+|\s+[|•·–—-]?\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$`)
	// jointOpenerRe opens a line naming who wrote or published a report:
	// "A joint report by", "Published jointly by", "Joint inspection by".
	jointOpenerRe = lazyre.New(`(?i)^(?:an?\s+)?(?:joint\s+)?(?:report|briefing|review|inspection|paper|publication|study|evaluation)?\s*(?:(?:published|produced|written|prepared|carried out|conducted)\s+)?(?:jointly\s+)?by\s+|^joint\s+(?:report|briefing|review|inspection|publication)\s*$`)
	// partnerCutRe cuts a partner named after the body a line is by: "X
	// with Y", "X in partnership with Y", "X, supported by Y". The
	// publisher cited is X; Y helped.
	partnerCutRe = lazyre.New(`(?i)\s*(?:,\s*)?\s(?:(?:working\s+)?(?:with|in\s+(?:partnership|association|collaboration)\s+with)|(?:supported|funded|commissioned|sponsored)\s+by)\s.*$`)
	// jointSplitRe is where a line names its second (or last) body.
	jointSplitRe = lazyre.New(`\s+(?:and|&)\s+`)
)

// runningTitleNumberRe is a number at the end of a running line, set
// apart from its words, as a page field ends a footer ("Chapter 5:
// Children and young people 48", "Annual Report 2024/25 · 49"); group 1
// is the words, group 2 the number. "2024/25" is no such number.
// runningTitleLeadRe is one opening it, as a left-hand page's footer sets
// it ("48 · Annual Report 2024/25"): group 1 the number, group 2 the words.
var (
	runningTitleNumberRe = lazyre.New(`^(.*\p{L}.*?)\s+[|•·–—-]?\s*(\d{1,4})$`)
	runningTitleLeadRe   = lazyre.New(`^(\d{1,4})\s*[|•·–—-]?\s+(\D.*\p{L}.*)$`)
)

// runningTitle is running line t read as the document's title: without
// the page number at its end (or its start) where another running line
// holds the same words with another number, as the pages' footers step.
// Before, a chapter whose first page has no title was titled "Chapter 5:
// Children and young people 48", its first page's footer with its number.
func runningTitle(t string, running []string) string {
	words, number := runningTitleParts(t)
	if words == "" {
		return t
	}
	if v, _ := strconv.Atoi(number); isYear(v) {
		return t // "Waiting times 2023": the year the line is of
	}
	for _, o := range running {
		if w, n := runningTitleParts(o); w == words && n != number {
			return words
		}
	}
	return t
}

// runningTitleParts are a running line's words and the page number at
// its end or its start, or "" where it has none.
func runningTitleParts(t string) (words, number string) {
	t = strings.TrimSpace(t)
	if m := runningTitleNumberRe.FindStringSubmatch(t); m != nil {
		return m[1], m[2]
	}
	if m := runningTitleLeadRe.FindStringSubmatch(t); m != nil {
		return m[2], m[1]
	}
	return "", ""
}

// runningText is a running line without a page number set in its run.
func runningText(t string) string {
	return strings.TrimSpace(runningPageRe.ReplaceAllString(strings.TrimSpace(t), ""))
}

// jointPublishers reads a line that names a report's publishers jointly
// ("Ofsted and Care Quality Commission", "A joint report by Barnardo's
// and The Children's Society"), and returns the names as written, or "".
// A line is joint only when each side of its "and" is a body's name on its
// own: "Department of Health and Social Care" and "Children and Young
// People's Mental Health Coalition" are one body each.
func jointPublishers(line string) string {
	for _, seg := range strings.Split(runningText(line), " | ") {
		seg = runningText(seg)
		seg = strings.TrimSpace(jointOpenerRe.ReplaceAllString(seg, ""))
		seg = strings.TrimPrefix(strings.TrimRight(seg, " .,;:"), "the ")
		if seg == "" || len(strings.Fields(seg)) > 16 || singleBodiesWithAnd[strings.ToLower(seg)] || partnerCutRe.MatchString(seg) {
			continue
		}
		locs := jointSplitRe.FindAllStringIndex(seg, -1)
		if len(locs) != 1 {
			continue
		}
		left, right := seg[:locs[0][0]], seg[locs[0][1]:]
		parts := strings.Split(left, ", ")
		parts = append(parts, right)
		joint := len(parts) <= 4
		for _, p := range parts {
			joint = joint && isBodyName(p)
		}
		if joint {
			return seg
		}
	}
	return ""
}

// isBodyName says s is an organisation's name and nothing else, as a
// joint line writes each of its bodies: an acronym (CQC), a name that is
// one word of its own (Ofsted, Barnardo's, YoungMinds), an NHS or HM body,
// or capitalised words ending with a word for a body ("Care Quality
// Commission", "The Children's Society").
func isBodyName(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "))
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 9 || !startsUpper(s) || strings.ContainsAny(s, ",;:@/0123456789") {
		return false
	}
	for _, w := range f {
		if !startsUpper(w) && !smallWords[strings.ToLower(w)] && w != "&" {
			return false // "inspection", "report": a title's words
		}
	}
	if len(f) == 1 {
		r := []rune(s)
		inner := false
		for _, c := range r[1:] {
			inner = inner || unicode.IsUpper(c)
		}
		return isAcronym(s) || inner || strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || bodyNameRe.MatchString(s)
	}
	if f[0] == "NHS" || f[0] == "HM" || f[0] == "Healthwatch" {
		return true
	}
	return !isPersonName(s) && (coverOrgLine(s) || orgNameLineRe.MatchString(s))
}

// jointPart says name is one of the bodies a joint line names, or its
// initials: "Ofsted" of "Ofsted and Care Quality Commission".
func jointPart(joint, name string) bool {
	for _, p := range jointSplitRe.Split(joint, -1) {
		for _, q := range strings.Split(p, ", ") {
			q = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(q), "The "))
			n := strings.TrimSpace(strings.TrimPrefix(name, "The "))
			if strings.EqualFold(q, n) || n != "" && evidence.Initials(q) == n {
				return true
			}
		}
	}
	return false
}

// titleWords says a line has a word in lower case that no body's name
// has ("Area SEND inspection of Hollinsford Local Area Partnership"): a
// report's title in its running header, which names the body it is about,
// not its publisher.
func titleWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if r := []rune(w); unicode.IsLower(r[0]) && !smallWords[w] && w != "&" && w != "upon" && w != "de" {
			return true
		}
	}
	return false
}

// forWhomRe ends a line saying whom a report is for, over their names.
var forWhomRe = lazyre.New(`(?i)\b(?:for|to)\s*:?\s*$`)

// wrapsFrom reports row r continuing the line of row above: both one run
// in the same size, set a line apart, the line above closing on no stop.
func wrapsFrom(above, r *row) bool {
	if len(above.frags) != 1 || len(r.frags) != 1 {
		return false
	}
	a, f := above.frags[0], r.frags[0]
	if math.Abs(a.size-f.size) > 0.5 || r.y0-above.y1 > 0.6*a.h() {
		return false
	}
	t := strings.TrimSpace(a.text)
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".:;!?")
}

// issueNumberRe is a periodical's issue field: "Issue 14", "No. 3",
// "Vol. 2".
var issueNumberRe = lazyre.New(`(?i)^(?:issue|edition|no\.?|number|vol\.?|volume)\s+\d{1,4}$`)

// weekdayRe is a weekday before a date, which the date's field may open
// with ("Friday 13 February 2026").
var weekdayRe = lazyre.New(`^` + tagWeekdayExpr + `,?\s+`)

// issueLineDate is the date field of a periodical's issue line, its
// fields set apart by separators, one its issue number or its term
// ("Issue 14", "Spring Term 2026") and one a day, month and year alone
// (after a weekday): "Friday 13 February 2026". Else "". A line with no
// issue field is a byline or a sentence, read elsewhere.
func issueLineDate(t string) string {
	fields := runningSepRe.Split(strings.TrimSpace(t), -1)
	if len(fields) < 2 {
		return ""
	}
	issue, date := false, ""
	for _, f := range fields {
		f = strings.TrimSpace(f)
		switch {
		case issueNumberRe.MatchString(f) || termDateRe.FindString(f) == f:
			issue = true
		case date == "":
			if d := weekdayRe.ReplaceAllString(f, ""); dateRe.FindString(d) == d {
				date = d
			}
		}
	}
	if !issue {
		return ""
	}
	return date
}

// termDateRe is a school term or a season with its year, as a newsletter's
// masthead dates an issue: "Autumn Term 2025", "Spring 2024", "Summer
// term, 2025".
var termDateRe = lazyre.New(`(?i)\b(?:autumn|spring|summer|winter)(?:\s+(?:term|half[- ]term|edition|issue))?,?\s+((?:19|20)\d\d)\b`)

// termDate dates a document by a short line among the first page's rows
// up to row last that names its term or season (termDateRe): the year,
// which a masthead gives where it gives no month. Before it, the day the
// file was made, long after the issue, was taken for its date.
func termDate(rs []*row, last int) (evidence.Date, string) {
	for k := 0; k < len(rs) && k <= last; k++ {
		t := strings.TrimSpace(rs[k].text())
		if len(strings.Fields(t)) > 12 {
			continue
		}
		if mm := termDateRe.FindStringSubmatch(t); mm != nil {
			y, _ := strconv.Atoi(mm[1])
			return evidence.Date{Year: y}, "the masthead's term: " + strings.TrimSpace(mm[0])
		}
	}
	return evidence.Date{}, ""
}

// runningSepRe parts a running header's fields: "NHS Fenwold Integrated
// Care Board – SEND health self-assessment 2025/26 – Draft".
var runningSepRe = lazyre.New(`\s+[–—|·•]\s+`)

// runningOrg is the body a running header names: the whole line when it
// is a body's name, else its first field when that is one and the line
// goes on with other fields (the paper's title, its status), or "".
func runningOrg(t string) string {
	isOrg := func(s string) string {
		org := cleanOrg(partnerCutRe.ReplaceAllString(runningText(s), ""))
		if org != "" && bodyNameRe.MatchString(org) && !titleWords(org) && !paperKindEndRe.MatchString(org) {
			return org
		}
		return ""
	}
	fields := runningSepRe.Split(runningText(t), -1)
	if org := isOrg(t); org != "" {
		if f := strings.TrimSpace(fields[0]); len(fields) >= 2 && len(org) > len(f) && strings.HasPrefix(org, f) && !bodyNameRe.MatchString(org[len(f):]) && isOrg(f) == f {
			// "Calderbrook Community Health NHS Foundation Trust –
			// Quality Account 2025/26 – Part 3: ...": the words after
			// the body's field name the paper, no body (the development
			// set read "... Trust – Quality Account" as the publisher).
			return f
		}
		return org
	}
	if len(fields) < 2 {
		return ""
	}
	if org := isOrg(fields[0]); org == strings.TrimSpace(fields[0]) {
		return org
	}
	return ""
}

// paperKindEndRe ends a running header's field naming a paper, not a
// body: "Board Assurance Framework 2026/27", "Annual Report", "Quality
// Account". A body's name never ends in a kind of paper, though it may
// hold a word bodies' names hold ("Board"). Before (the development set),
// a board assurance framework's header, "Board Assurance Framework
// 2026/27 | Quarter 1 extract", was its publisher over the trust its
// footer names, and the trust's action rows, owned by its officers, asked
// no one.
var paperKindEndRe = lazyre.New(`(?i)\b(?:framework|report|plan|strategy|account|self-assessment|update|pack|paper|briefing|register|dashboard|scorecard)$`)

// meetingLineRe is a board paper's running line naming its meeting: its
// agenda item, or the board's session in brackets, "(Public)", "(Part 1)".
// Its body is the publisher only where no other running line names one.
var meetingLineRe = lazyre.New(`(?i)\bagenda\s+item\b|\((?:public|private|in\s+public|part\s+(?:1|2|one|two|i|ii|a|b))\)`)

// coverByRe is a cover's line saying whose report it is: "A peer research
// report by the Youth Voice Collective", "A briefing from Westby Parent
// Carer Forum". Group 1 is the body.
var coverByRe = lazyre.New(`^(?:An?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:report|briefing|paper|review|study|evaluation|survey|publication)\s+(?:by|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|for|and|&|the|in|on)){1,7})\.?$`)

// coverRoleRe is a person's office, which a report may be "by" but which
// publishes nothing: "A report by the Director of Public Health".
var coverRoleRe = lazyre.New(`(?i)\b(?:director|officer|chair|chief|head|lead|manager|secretary|minister|clerk|consultant|advisor|adviser|team|panel)\b`)

// coverBy is the body a line right under the title names as the report's
// own (see coverByRe), or "". A person or an office is none.
func coverBy(rs []*row, titleTo int) string {
	if titleTo <= 0 {
		return ""
	}
	for _, r := range rs[titleTo:min(titleTo+4, len(rs))] {
		if len(r.frags) != 1 {
			continue
		}
		m := coverByRe.FindStringSubmatch(strings.TrimSpace(r.frags[0].text))
		if m == nil || isPersonName(m[1]) || coverRoleRe.MatchString(m[1]) {
			continue
		}
		return m[1]
	}
	return ""
}

// joinTitleLines joins the lines of a title set over several, a space
// between each, but none after a line that ends in a word's hyphen: "SEND
// health self-" over "assessment" is "self-assessment".
func joinTitleLines(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			prev := parts[i-1]
			// "long-" over "term", and a span of ages or years broken
			// after its hyphen, "0-" over "19": one word, no space.
			n := len(prev)
			hyphen := n >= 2 && prev[n-1] == '-'
			word := hyphen && isLetterByte(prev[n-2])
			span := hyphen && isDigitByte(prev[n-2]) && p != "" && isDigitByte(p[0])
			if !word && !span {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// isDigitByte reports an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isLetterByte reports an ASCII letter.
func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
