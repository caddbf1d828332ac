package evidence

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// SourceType is what kind of document a source is.
type SourceType string

// The source types a corpus may use.
const (
	Report       SourceType = "report"
	Survey       SourceType = "survey"
	Review       SourceType = "review"
	News         SourceType = "news"
	PressRelease SourceType = "press-release"
	Blog         SourceType = "blog"
	Statement    SourceType = "statement"
	Guidance     SourceType = "guidance"
	Data         SourceType = "data"
	// WebPage is a page of a website that is none of the others.
	WebPage SourceType = "web-page"
)

// SourceTypes lists every valid source type.
var SourceTypes = []SourceType{Report, Survey, Review, News, PressRelease, Blog, Statement, Guidance, Data, WebPage}

// ParseSourceType checks a type name against SourceTypes.
func ParseSourceType(s string) (SourceType, error) {
	for _, t := range SourceTypes {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown type %q (valid: %s)", s, strings.Join(sourceTypeNames(), ", "))
}

// SourceTypeList names every source type as a sentence lists them
// ("report, survey, … or web-page"), for help and errors that ask for
// one: from SourceTypes, so none is left out (web-page was).
func SourceTypeList() string {
	names := sourceTypeNames()
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// sourceTypeNames are SourceTypes as strings.
func sourceTypeNames() []string {
	names := make([]string, len(SourceTypes))
	for i, t := range SourceTypes {
		names[i] = string(t)
	}
	return names
}

// Source is the metadata of one source document or excerpt.
type Source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Section   string `json:"section,omitempty"`
	Publisher string `json:"publisher"`
	Author    string `json:"author,omitempty"`
	// Place is where the publisher is (London), which Vancouver and MHRA
	// references name; empty when not known.
	Place string     `json:"place,omitempty"`
	Date  Date       `json:"date"`
	URL   string     `json:"url,omitempty"`
	Type  SourceType `json:"type"`
	// About is the id of the source this one reports on (news about a report).
	About string `json:"about,omitempty"`
	// Note says on what basis the source speaks ("survey of 134 trust leaders").
	Note string `json:"note,omitempty"`
	// Accessed is when the source was read, for the "Accessed:" part of a
	// reference; zero means the citation is dated when it is made.
	Accessed Date `json:"accessed,omitzero"`
	// File is the source's path within its corpus, for messages.
	File string `json:"file,omitempty"`
}

// Date is a publication date with the precision it was given: a year, a month
// or a day. Reports are often dated only by month or year, and inventing a day
// would put a false precision into a reference.
type Date struct {
	Year, Month, Day int
}

// ParseDate reads YYYY-MM-DD, YYYY-MM or YYYY and rejects impossible dates.
func ParseDate(s string) (Date, error) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	bad := fmt.Errorf("bad date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, bad
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return Date{}, bad
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if d.Year < 1800 || d.Year > 2200 {
		return Date{}, fmt.Errorf("bad date %q: year out of range", s)
	}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		return Date{}, fmt.Errorf("bad date %q: no month %d", s, d.Month)
	}
	if len(parts) == 3 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 1 || t.Day() != d.Day {
			return Date{}, fmt.Errorf("bad date %q: no day %d in that month", s, d.Day)
		}
	}
	return d, nil
}

// After reports whether d is later than t's day, at d's precision: a
// year after t's year, a month after its month, or a day after its day.
func (d Date) After(t time.Time) bool {
	y, m, day := t.Date()
	switch {
	case d.Year != y:
		return d.Year > y
	case d.Month == 0 || d.Month != int(m):
		return d.Month > int(m)
	}
	return d.Day > day
}

// DateOf returns the day-precision Date of t.
func DateOf(t time.Time) Date { return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()} }

// IsZero reports whether no date was given.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date as it was given: 2024-07-15, 2024-07 or 2024.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Long formats the date for people: "15 July 2024", "July 2024" or "2024".
func (d Date) Long() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%s %d", time.Month(d.Month), d.Year)
	}
	return fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month), d.Year)
}

// Short formats the date compactly for list rows: "Jul 2024" or "2024".
func (d Date) Short() string {
	if d.Month == 0 {
		return d.Long()
	}
	return fmt.Sprintf("%s %d", time.Month(d.Month).String()[:3], d.Year)
}

// MarshalText writes the date as String does.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads what MarshalText wrote.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	*d = v
	return err
}
