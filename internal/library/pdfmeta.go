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

// metadata reads the title page (the largest text is the title, the line
// above it the masthead, a month and year the date) and the imprint lines
// ("Published by", "©") of the first and last pages.
func (l *layout) metadata() docMeta {
	var m docMeta
	first := -1
	for i, p := range l.pages {
		if len(p.frags) > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return m
	}
	titleRows := rows(l.pages[first].frags)
	isTitlePage := first == l.titleIdx
	big := maxSize(l.pages[first].frags)
	titleTop := -1
	if big >= 1.4*l.body.size {
		var parts []string
		for k, r := range titleRows {
			if maxSize(r.frags) < 0.95*big {
				if len(parts) > 0 {
					break
				}
				continue
			}
			if titleTop < 0 {
				titleTop = k
			}
			parts = append(parts, r.text())
		}
		m.title = strings.Join(parts, " ")
		m.titleFrom = "the title page's largest text"
	}
	if isTitlePage {
		// The date: a line saying "Published", else the first with a month and year.
		for _, pass := range []bool{true, false} {
			for _, r := range titleRows {
				t := r.text()
				if pass && !strings.Contains(strings.ToLower(t), "publish") {
					continue
				}
				if d, ok := findDate(t); ok && m.date.IsZero() {
					m.date, m.dateFrom = d, "the title page: "+dateRe.FindString(t)
				}
			}
		}
		for k := 0; k < titleTop; k++ {
			if org := cleanOrg(titleRows[k].text()); org != "" && len(strings.Fields(org)) <= 8 {
				m.publisher, m.publisherFrom = org, "the title page's masthead"
				break
			}
		}
	}
	// Imprint lines, which name the publisher more surely than a masthead.
	var imprint []int
	for i := range l.pages {
		if i < 3 || i >= len(l.pages)-3 {
			imprint = append(imprint, i)
		}
	}
	found := map[string]string{}
	for _, i := range imprint {
		for _, r := range rows(l.pages[i].frags) {
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
