package library

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
)

// docMeta is what the document's own pages say about it, and where.
type docMeta struct {
	title, titleFrom         string
	publisher, publisherFrom string
	date                     evidence.Date
	dateFrom                 string
}

var (
	dateRe        = regexp.MustCompile(`(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s+((?:19|20)\d\d)\b`)
	publishedByRe = regexp.MustCompile(`(?i)^(?:first\s+)?published\s+(?:\w+\s+\d{4}\s+)?by\s+(?:the\s+)?(.+)`)
	copyrightRe   = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:[-–]\d{2,4})?,?\s+)?(?:the\s+)?(.+)`)
	orgCutRe      = regexp.MustCompile(`(?i)\s*(?:[,;:()|·•]|\.\s|\.$|\s(?:in|on|for|and|at)\s+(?:behalf|\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|\s(?:19|20)\d\d\b|\sall rights).*$`)
	publishedRe   = regexp.MustCompile(`(?i)^(?:first\s+)?published\b`)
	genericRe     = regexp.MustCompile(`(?i)^(?:crown(?: copyright)?|all rights reserved|report|briefing|research|policy|annual report|summary|the authors?|nhs)$`)
	fileTitleRe   = regexp.MustCompile(`(?i)\.(?:docx?|pdf|odt|rtf|indd|pptx?|xlsx?|txt)$|^microsoft (?:word|powerpoint)\s*-|^(?:untitled|document\s*\d*|title|presentation\s*\d*|slide\s*\d*)$|_`)
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

// metadata reads the first page (its largest text is the title, the line
// above it the masthead, a date there the date) and the imprint lines
// ("Published by", "©") of the first and last pages.
func (l *layout) metadata(pageRows [][]*row) docMeta {
	var m docMeta
	if l.first < 0 {
		return m
	}
	rs := pageRows[l.first]
	if l.titleFrom >= 0 {
		var parts []string
		for _, r := range rs[l.titleFrom:l.titleTo] {
			parts = append(parts, r.text())
		}
		m.title = strings.Join(parts, " ")
		m.titleFrom = "the title page's largest text"
		if l.first != l.titleIdx {
			m.titleFrom = "the first page's largest text"
		}
	}
	// The date: a line saying "Published", else a date on the title page,
	// else a line that is only a date above the title (a letter's).
	isTitlePage := l.first == l.titleIdx
	for _, pass := range []int{0, 1} {
		for k, r := range rs {
			t := r.text()
			publish := strings.Contains(strings.ToLower(t), "publish")
			if pass == 0 && !publish || pass == 1 && !isTitlePage && (k >= l.titleFrom || len(strings.Fields(t)) > 6) {
				continue
			}
			if d, ok := findDate(t); ok && m.date.IsZero() {
				m.date, m.dateFrom = d, "the first page: "+dateRe.FindString(t)
				if isTitlePage {
					m.dateFrom = "the title page: " + dateRe.FindString(t)
				}
			}
		}
	}
	for k := 0; k < l.titleFrom; k++ {
		first := strings.TrimSpace(rs[k].frags[0].text)
		if org := cleanOrg(first); org != "" && len(strings.Fields(org)) <= 8 {
			m.publisher, m.publisherFrom = org, "the masthead"
			break
		}
	}
	// Imprint lines, which name the publisher more surely than a masthead.
	found := map[string]string{}
	for i := range l.pages {
		if i >= 3 && i < len(l.pages)-3 {
			continue
		}
		for _, r := range pageRows[i] {
			t := r.text()
			if mm := publishedByRe.FindStringSubmatch(t); mm != nil && found["published"] == "" {
				if org := cleanOrg(mm[1]); org != "" {
					found["published"] = org
				}
			}
			if mm := copyrightRe.FindStringSubmatch(t); mm != nil && found["copyright"] == "" {
				if org := cleanOrg(mm[1]); org != "" {
					found["copyright"] = org
				}
			}
			if m.date.IsZero() && publishedRe.MatchString(t) {
				if d, ok := findDate(t); ok {
					m.date, m.dateFrom = d, `the "Published" line`
				}
			}
		}
	}
	switch {
	case found["published"] != "":
		m.publisher, m.publisherFrom = found["published"], `the "Published by" line`
	case found["copyright"] != "":
		m.publisher, m.publisherFrom = found["copyright"], "the © line"
	}
	return m
}

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
// or returns "" when the line does not read as one.
func cleanOrg(s string) string {
	s = strings.TrimSpace(orgCutRe.ReplaceAllString(strings.TrimSpace(s), ""))
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "))
	if s == "" || genericRe.MatchString(s) || dateRe.MatchString(s) || len(strings.Fields(s)) > 10 {
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

// goodInfoTitle: a document-info title that is a title, not a file name.
func goodInfoTitle(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && strings.Contains(t, " ") && !fileTitleRe.MatchString(t)
}

// orgLikeAuthor: an author field that could name an organisation (not a
// user name such as "j.smith").
func orgLikeAuthor(a string) bool {
	a = strings.TrimSpace(a)
	if a == "" || !strings.Contains(a, " ") || strings.ContainsAny(a, "@_\\") {
		return false
	}
	r := []rune(a)
	return unicode.IsUpper(r[0])
}
