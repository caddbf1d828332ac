// Package refs writes sources as records for reference managers — RIS,
// BibTeX and CSL JSON, which Zotero, EndNote, Mendeley and JabRef import —
// and reads such a record back as a source's metadata, so a report added
// to the library can take its title, authors, publisher and date from the
// record a reference manager exported rather than from guesses.
//
// Each format has its own names for the kinds of source cypx knows; the
// mapping follows what Zotero's importers read: a report is RIS RPRT,
// BibTeX @techreport and CSL "report"; a web page ELEC, @online and
// "webpage"; a news story NEWS, @article in a newspaper and
// "article-newspaper"; a blog post BLOG and "post-weblog"; a press release
// a report whose type of work is "Press release", as Zotero files one.
package refs

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/plainfile"
)

// Format is a reference manager's file format.
type Format string

// The formats.
const (
	RIS     Format = "ris"
	BibTeX  Format = "bibtex"
	CSLJSON Format = "csljson"
)

// Formats lists the formats.
var Formats = []Format{RIS, BibTeX, CSLJSON}

// pressRelease is the type of work that marks a report as a press release.
const pressRelease = "Press release"

// dataSet is the type of work of a data set filed as a report.
const dataSet = "Data set"

// kind is a source as the records tell sources apart.
type kind int

const (
	report kind = iota
	webpage
	news
	blog
	press
	data
)

func kindOf(s evidence.Source) kind {
	switch s.Type {
	case evidence.News:
		return news
	case evidence.Blog:
		return blog
	case evidence.PressRelease:
		return press
	case evidence.Statement, evidence.WebPage:
		return webpage
	case evidence.Data:
		return data
	}
	return report
}

// Write writes sources in a format, one record each, dated accessed where
// a source carries no access date.
func Write(f Format, sources []evidence.Source, accessed time.Time) (string, error) {
	switch f {
	case RIS:
		return writeRIS(sources, accessed), nil
	case BibTeX:
		return writeBibTeX(sources, accessed), nil
	case CSLJSON:
		return writeCSL(sources, accessed)
	}
	return "", fmt.Errorf("unknown format %q (valid: ris, bibtex, csljson)", f)
}

// Works are the sources items are cited to, each work once (parts of one
// report filed apart are one), in the order first cited: a story's primary
// source before the story.
func Works(items []evidence.Item) []evidence.Source {
	seen := map[string]bool{}
	var out []evidence.Source
	add := func(s evidence.Source) {
		if k := evidence.WorkKey(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	for _, it := range items {
		if it.Primary != nil {
			add(*it.Primary)
		}
		add(it.Source)
	}
	return out
}

// people are a source's authors when they are people, not the publishing
// organisation.
func people(s evidence.Source) []string {
	if s.Author == "" || strings.EqualFold(strings.TrimSpace(s.Author), strings.TrimSpace(s.Publisher)) {
		return nil
	}
	return evidence.Authors(s.Author)
}

// moreAuthorsNote is the note RIS and CSL JSON carry for an author list
// that names some of more authors ("Jane Smith et al."): neither format
// has a name for authors not named, and an author called "et al." or
// "others" would be a person to every reference manager. The reader knows
// the note again and reads the list as it was written (with "et al."),
// so a round trip through cypx loses no one. BibTeX has its own way,
// "and others".
const moreAuthorsNote = "The work has more authors than those named here."

// moreAuthors reports whether a source's record names some of more
// authors: the people it lists and the note that says there are others.
func moreAuthors(s evidence.Source) bool {
	return len(people(s)) > 0 && evidence.MoreAuthors(s.Author)
}

// withoutMoreAuthorsNote is a record's note without the line
// moreAuthorsNote, and whether it was there.
func withoutMoreAuthorsNote(note string) (string, bool) {
	var kept []string
	found := false
	for _, line := range strings.Split(note, "\n") {
		if strings.TrimSpace(line) == moreAuthorsNote {
			found = true
			continue
		}
		kept = append(kept, line)
	}
	return strings.Join(kept, "\n"), found
}

// splitName splits "Beth Gault" into family and given names, as the
// citations do ("Bob van der Berg": "van der Berg", "Bob").
func splitName(n string) (family, given string) { return evidence.SplitName(n) }

// accessedOf is a source's access date, or the day of export.
func accessedOf(s evidence.Source, accessed time.Time) evidence.Date {
	if !s.Accessed.IsZero() {
		return s.Accessed
	}
	return evidence.DateOf(accessed)
}

// container is what a record names as the work's container: the
// newspaper, blog or website, which for cypx is the publisher.
func container(s evidence.Source) string { return s.Publisher }

// clean folds the white space a record file wraps its fields with (a
// BibTeX title over two lines, a CSL JSON string with a tab) into single
// spaces, as plain formatting of the file. Anything else a field holds —
// an escape sequence, a right-to-left override, a C1 control — is left
// for the import, which cleans a record's fields as it cleans the flags'
// (evidence.CleanLine) and warns of each: one path, one warning.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }), " ")
}

// trimLayout trims the white space a record file lays its fields out
// with (clean's spaces, tabs and line ends) from a value's ends, and
// nothing else: a vertical tab, a form feed, a NEL or a U+2028 or U+2029
// at a field's end, or at a RIS author's family name's, is left for the
// import to clean and warn of, as inside the field. strings.TrimSpace took
// them unsaid, from RIS fields and from every format's authors (round 41,
// held-out check).
func trimLayout(s string) string { return strings.Trim(s, " \t\n\r") }

// oneLine keeps a field written to a record on one line, as the other
// outputs keep metadata: a line break inside a record would end a RIS tag
// or break a BibTeX field, and a control or invisible character (an
// escape sequence, a right-to-left override) is written as its visible
// escape (\x1b, \u202e), so a record printed or imported shows what the
// source held and cannot act on a terminal.
//
// Its ends are trimmed of every space (a no-break space too) as a
// citation's fields are (strings.TrimSpace, endTitle): a title's trailing
// U+00A0 was kept in RIS, BibTeX and CSL JSON (hostile check 43).
func oneLine(s string) string { return evidence.PrintableLine(strings.TrimSpace(evidence.OneLine(s))) }

// recordURL is a source's URL as every format writes it: on one line,
// percent-encoded, and only where evidence.LinkURL lets it be linked,
// else "" and no URL is written. A reference manager shows the field as a
// link, so a "javascript:" or "data:" URL, or one with a user and password
// before its host, is left out as every link cypx writes leaves it out
// (and as a record read by the import drops it). Before, BibTeX encoded
// its braces alone and RIS and CSL JSON nothing: three URLs for one
// source; later all three wrote any URL, "javascript:alert%281%29" too.
func recordURL(u string) string {
	if _, ok := evidence.LinkURL(evidence.OneLine(u)); !ok {
		return ""
	}
	return evidence.CitedURL(u)
}

// typeOf is the source type of a kind of record.
func typeOf(k kind) evidence.SourceType {
	switch k {
	case webpage:
		return evidence.WebPage
	case news:
		return evidence.News
	case blog:
		return evidence.Blog
	case press:
		return evidence.PressRelease
	case data:
		return evidence.Data
	}
	return evidence.Report
}

// fromRecord completes a source read from a record: its type, its
// publisher (the newspaper, blog or website for those; the publisher or
// institution otherwise; an organisation named as author where nothing
// else names one) and its people as authors.
//
// Where an author is written as a Markdown link or image, the record's
// authors as it writes them (written: its AU lines joined by "; ", a
// BibTeX author field, CSL's names) are kept in dt["author"], for the
// import to warn of as it warns of a title's link
// (evidence.LinkTextProblem): before, a RIS "AU  - [Smith, Jane](…)" was
// read as Jane Smith unsaid (hostile check 59), and the warning then
// quoted the linked names alone, or a BibTeX name as cypx had rewritten
// it ("![logo](…),"), not the record (hostile check 60).
func fromRecord(s evidence.Source, k kind, authors []string, written, containerTitle, publisher string, dt dates) (evidence.Source, error) {
	s.Type = typeOf(k)
	switch k {
	case news, blog, webpage:
		s.Publisher = firstOf(containerTitle, publisher)
	default:
		s.Publisher = firstOf(publisher, containerTitle)
	}
	var names []string
	corporate, more := false, false
	for _, a := range authors {
		a = trimLayout(a)
		// A name written as a Markdown link is its text, read before
		// its comma parts family from given: "[Lee, Ann](https://…)"
		// was stored "Ann](https://…) [Lee" (hostile check 56), by
		// the rule of every metadata field (evidence.LinkText).
		var linked bool
		if a, linked = evidence.LinkText("author", a); linked {
			dt["author"] = trimLayout(written)
		}
		if a == "" {
			continue
		}
		if a == "others" {
			// BibTeX's "and others": authors not named, read as "et al.".
			more = true
			continue
		}
		// "Gault, Beth" is a person; "NHS Providers," or a name with no
		// comma is a name to keep whole, and so is one ending in a comma:
		// "Department of Health, Social Care," (a CSL literal, a RIS
		// organisation) was read as the person "Social Care, Department
		// of Health". A whole name is the publisher where nothing else
		// names one, and an author beside another publisher: a body among
		// the authors was dropped on reading back, and so was a person
		// written first name first ("AU  - Jo Bloggs", which reference
		// managers write too), with no word, leaving the citation without
		// its author.
		name, whole := strings.CutSuffix(a, ",")
		family, given, ok := strings.Cut(name, ",")
		family, given = trimLayout(family), trimLayout(given)
		if whole || !ok || given == "" {
			name = trimLayout(strings.TrimSuffix(trimLayout(name), ","))
			switch {
			case s.Publisher == "":
				s.Publisher = name
			case !strings.EqualFold(name, s.Publisher):
				names = append(names, name)
				corporate = true
			}
			continue
		}
		names = append(names, given+" "+family)
	}
	s.Author = strings.Join(names, " and ")
	if corporate {
		// Semicolons keep a body's name whole, its own "and" included.
		s.Author = strings.Join(names, "; ")
	}
	if more && s.Author != "" {
		s.Author += " et al."
	}
	for _, f := range []*string{&s.Title, &s.Publisher, &s.Author, &s.Place, &s.URL, &s.Note} {
		*f = clean(*f)
	}
	if s.Title == "" {
		return s, fmt.Errorf("the record has no title")
	}
	return s, nil
}

func firstOf(vs ...string) string {
	for _, v := range vs {
		if v = clean(v); v != "" {
			return v
		}
	}
	return ""
}

// Read reads the record of a RIS, BibTeX or CSL JSON file as a source's
// metadata; a file of more than one record is refused at the second
// (errSecondRecord). The format is told from the content (a TY line, an @
// entry, a JSON object or array), the name breaking ties.
func Read(name string, data []byte) (evidence.Source, error) {
	r, err := ReadRecord(name, data)
	return r.Source, err
}

// A Record is what a record file gives: the source's metadata, and the
// dates as the file writes them where they held a line break or an
// invisible or control character, which was cleaned to read them (a
// "PY  - 2024\v"). The import warns of them as of every other field's
// cleaning: before, the date alone was cleaned unsaid.
type Record struct {
	Source evidence.Source
	// Cleaned is the date's and the access date's text, by field ("date",
	// "accessed"), where it was cleaned; and "author", the authors as
	// written (parted by "; ") where one was a Markdown link, read as
	// its text.
	Cleaned map[string]string
}

// dates reads a record's dates by the one rule every field follows: the
// white space the file is laid out with is trimmed unsaid, and a line
// break or an invisible or control character anywhere else is cleaned
// (evidence.CleanLine) and kept, as written, for the import to warn of.
type dates map[string]string

// text is a date field's text, cleaned, for the field it gives (the
// first text cleaned of a field is the one kept).
func (d dates) text(field, v string) string {
	v = trimLayout(v)
	c, changed := evidence.CleanLine(v)
	if changed {
		if _, ok := d[field]; !ok {
			d[field] = v
		}
	}
	return strings.TrimSpace(c)
}

// ReadRecord is Read, with what was cleaned of the record's dates.
func ReadRecord(name string, data []byte) (Record, error) {
	d := dates{}
	s, err := read(name, data, d)
	r := Record{Source: s}
	if len(d) > 0 {
		r.Cleaned = d
	}
	return r, err
}

func read(name string, data []byte, d dates) (evidence.Source, error) {
	// EndNote and Notepad on Windows may save a record as UTF-16: it was
	// "no RIS record (a TY line)" of a file holding one. Read as the
	// basket and the settings are: without a byte-order mark, or as
	// UTF-32, it is named for what it is.
	data, err := plainfile.Text(data)
	if err != nil {
		return evidence.Source{}, fmt.Errorf("%s: %w", name, err)
	}
	if plainfile.Empty(data) {
		return evidence.Source{}, fmt.Errorf("%s: %w", name, errEmptyRecord)
	}
	text := string(data)
	trimmed := strings.TrimSpace(text)
	var s evidence.Source
	json := strings.HasPrefix(trimmed, "{") || strings.HasPrefix(trimmed, "[")
	switch {
	case json:
		s, err = readCSL([]byte(trimmed), d)
	case strings.HasPrefix(trimmed, "@") || strings.HasSuffix(strings.ToLower(name), ".bib"):
		s, err = readBibTeX(text, d)
	default:
		s, err = readRIS(text, d)
	}
	if errors.Is(err, errNoRIS) && !strings.HasSuffix(strings.ToLower(name), ".ris") {
		err = errNoRecord // read as RIS for want of another format, not named so
	}
	var le *lineError
	switch {
	case errors.As(err, &le):
		line := le.line
		if json {
			// JSON was read without the blank lines before it.
			line += strings.Count(text[:strings.Index(text, trimmed)], "\n")
		}
		return s, fmt.Errorf("%s:%d: %s", name, line, le.msg)
	case err != nil:
		return s, fmt.Errorf("%s: %w", name, err)
	}
	return s, nil
}

// Line is the line (from 1) of a record file where a value Read returned
// is first written, or 0 when it is not written there as read (a JSON or
// TeX escape, white space folded): an import that leaves a record's value
// out says where it was.
func Line(data []byte, value string) int {
	data, err := plainfile.Text(data)
	if err != nil || value == "" {
		return 0
	}
	text := string(data)
	// JSON may write a URL's slashes escaped, as \/.
	candidates := []string{value, strings.ReplaceAll(value, "/", `\/`)}
	// A value holding a control or invisible character is written
	// escaped in JSON (\u0007, \b) or TeX, and read as the character:
	// the part before it is looked for, as long as it is long enough to
	// be the value's own (an address's scheme and host).
	if i := strings.IndexFunc(value, func(r rune) bool { return r < 0x20 || r >= 0x7f }); i >= minLinePrefix {
		candidates = append(candidates, value[:i], strings.ReplaceAll(value[:i], "/", `\/`))
	}
	for _, v := range candidates {
		if i := strings.Index(text, v); i >= 0 {
			return lineAt(text, i)
		}
	}
	return 0
}

// URLLine is Line of a record's URL, on the line of its url field where
// the same text is also written elsewhere first: a title holding the
// address ("… see https://…") was named as the url's line (hostile check
// 88, M1). A field is known by its name: BibTeX's url, howpublished or
// note, RIS's UR or L1, CSL JSON's "URL".
func URLLine(data []byte, value string) int {
	first := Line(data, value)
	text, err := plainfile.Text(data)
	if first == 0 || err != nil {
		return first
	}
	// The line the value is most surely taken from: a field that is an
	// address (url, UR, L1, "URL"), then one that marks it so
	// (\url{…} in howpublished or note), then any field that may hold
	// one. A note holding the same text as a later howpublished's
	// \url{} was named (hostile check 89, M2).
	lines := strings.Split(string(text), "\n")
	best, rank := first, 0
	for k := first - 1; k < len(lines); k++ {
		l := lines[k]
		if !strings.Contains(l, value) || !urlFieldRe.MatchString(l) {
			continue
		}
		r := 1
		switch {
		case addressFieldRe.MatchString(l):
			r = 3
		case strings.Contains(l, `\url{`+value):
			r = 2
		}
		if r > rank {
			best, rank = k+1, r
		}
	}
	return best
}

// addressFieldRe opens a record's line of a field that holds nothing but
// an address.
var addressFieldRe = regexp.MustCompile(`(?i)^\s*(?:url\s*=|(?:UR|L1)\s+-|"URL"\s*:)`)

// urlFieldRe opens a record's line naming its URL.
var urlFieldRe = regexp.MustCompile(`(?i)^\s*(?:(?:url|howpublished|note)\s*=|(?:UR|L1)\s+-|"URL"\s*:)`)

// minLinePrefix is the fewest bytes of a value, before a character a
// record escapes, that Line looks for it by.
const minLinePrefix = 12

// errEmptyRecord is a record file holding nothing but white space: an
// export that failed, or a file made with touch. It was "no RIS record
// (a TY line)" or "no BibTeX entry", which sent the user looking for a
// fault in a record that is not there.
var errEmptyRecord = errors.New("the file is empty: it holds no record; export the work's record again from your reference manager, as RIS (.ris), BibTeX (.bib) or CSL JSON (.json)")

// errNoRIS is a file read as RIS that holds no TY line.
var errNoRIS = errors.New("no RIS record (a TY line)")

// errNoRecord is a file of none of the three formats under a name none
// of them has ("meta.yaml"): it was told "no RIS record", a format it
// was never meant to be.
var errNoRecord = errors.New("not a record --meta reads: it holds no RIS TY line, no BibTeX @entry and no JSON; export the work's record from your reference manager as RIS (.ris), BibTeX (.bib) or CSL JSON (.json)")

// errSecondRecord is a record after the first: a file of metadata holds
// the record of the one work imported, and a collection exported by
// mistake gave a report whichever work came first's title, authors and
// date, without a word.
var errSecondRecord = errors.New("a second record: the file must hold the record of the one work imported; export that record alone")

// lineError is a problem at a line of a record file, reported as
// file:line: message, as the corpus reports its problems.
type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// atLine puts err at a line, when the line is known.
func atLine(line int, err error) error {
	if err == nil || line <= 0 {
		return err
	}
	var le *lineError
	if errors.As(err, &le) {
		return err
	}
	return &lineError{line, err.Error()}
}

// lineOf is the line (from 1) of the first match of re in text, or 0.
func lineOf(text string, re *regexp.Regexp) int {
	loc := re.FindStringIndex(text)
	if loc == nil {
		return 0
	}
	return lineAt(text, loc[0])
}

// lineAt is the line (from 1) of a byte offset in text.
func lineAt(text string, offset int) int {
	return strings.Count(text[:min(max(offset, 0), len(text))], "\n") + 1
}

// dayWithoutMonth is the one refusal of a date that gives its day but no
// month, in BibTeX (day = {15} with no month), RIS (DA 2024//15/) and CSL
// JSON ([[2024, 0, 15]]) alike: each dated the work by its year alone and
// dropped the day without a word, where any other bad date is refused.
func dayWithoutMonth(day string) error {
	return fmt.Errorf("a day (%s) with no month: give the month too, or leave the day out", day)
}
