package refs

import (
	"bufio"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

var risType = map[kind]string{report: "RPRT", webpage: "ELEC", news: "NEWS", blog: "BLOG", press: "RPRT", data: "RPRT"}

// risDate writes a date as RIS's DA does: 2024/07/15/, 2024/07//, 2024///.
func risDate(d evidence.Date) string {
	part := func(n int) string {
		if n == 0 {
			return ""
		}
		return fmt.Sprintf("%02d", n)
	}
	return fmt.Sprintf("%04d/%s/%s/", d.Year, part(d.Month), part(d.Day))
}

func writeRIS(sources []evidence.Source, accessed time.Time) string {
	var b strings.Builder
	tag := func(t, v string) {
		if v = oneLine(v); v != "" {
			fmt.Fprintf(&b, "%s  - %s\r\n", t, v)
		}
	}
	for _, s := range sources {
		k := kindOf(s)
		tag("TY", risType[k])
		if names := people(s); len(names) > 0 {
			for _, n := range names {
				family, given := splitName(n)
				if given == "" && evidence.Corporate(family) {
					// A trailing comma marks a body's name in RIS.
					tag("AU", oneLine(family)+",")
				} else if given == "" {
					tag("AU", family)
				} else {
					tag("AU", oneLine(family)+", "+oneLine(given))
				}
			}
		} else if k != news && k != blog && !strings.Contains(s.Publisher, ",") {
			// The organisation is the author; RIS reads a name with a
			// trailing comma as an organisation's. One with a comma of
			// its own is left to PB (T2 for a web page), which holds it
			// whole: reference managers split an AU at its first comma,
			// so "AU  - Smith, "Jones" & Co," was a person, "Jones" & Co
			// Smith (hostile check 61). cypx reads the PB as the author
			// where no AU names one (fromRecord).
			tag("AU", oneLine(s.Publisher)+",")
		}
		tag("TI", s.Title)
		switch k {
		case news, blog, webpage:
			tag("T2", container(s))
		default:
			tag("PB", s.Publisher)
		}
		switch k {
		case press:
			tag("M3", pressRelease)
		case data:
			tag("M3", dataSet)
		}
		tag("CY", s.Place)
		if !s.Date.IsZero() {
			tag("PY", strconv.Itoa(s.Date.Year))
			tag("DA", risDate(s.Date))
		}
		if u := recordURL(s.URL); u != "" {
			tag("UR", u)
			tag("Y2", risDate(accessedOf(s, accessed)))
		}
		tag("N1", s.Note)
		if moreAuthors(s) {
			tag("N1", moreAuthorsNote)
		}
		b.WriteString("ER  - \r\n\r\n")
	}
	return b.String()
}

// risLine is a RIS tag line: two capitals or a capital and a digit, two
// spaces (some writers put one), a hyphen, and the value.
var risLine = regexp.MustCompile(`^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$`)

// readRIS reads the record of a RIS file.
func readRIS(data string, dt dates) (evidence.Source, error) {
	var s evidence.Source
	var typ, m3, t2, pb string
	var authors []string
	started, start := false, 0
	sc := bufio.NewScanner(strings.NewReader(strings.TrimPrefix(data, "\ufeff")))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	// last is the text field the line before set, which a line with no
	// tag goes on (older exporters wrap a long field); before, such a
	// line was dropped, and a report imported with half its title.
	var last *string
	for sc.Scan() {
		line++
		m := risLine.FindStringSubmatch(strings.TrimRight(sc.Text(), "\r "))
		if m == nil {
			if more := trimLayout(sc.Text()); started && last != nil && more != "" {
				*last = trimLayout(*last + " " + more)
			}
			continue
		}
		last = nil
		tag, val := m[1], trimLayout(m[2])
		if tag == "TY" {
			started, typ, start = true, val, line
			continue
		}
		if !started {
			continue
		}
		switch tag {
		case "ER":
			s, err := fromRecord(s, recordKind(typ, m3), authors, strings.Join(authors, "; "), t2, pb, dt)
			if err != nil {
				return s, atLine(start, err)
			}
			for sc.Scan() {
				line++
				if m := risLine.FindStringSubmatch(strings.TrimRight(sc.Text(), "\r ")); m != nil && m[1] == "TY" {
					return s, atLine(line, errSecondRecord)
				}
			}
			return s, nil
		case "AU", "A1":
			authors = append(authors, val)
		case "TI", "T1":
			s.Title, last = val, &s.Title
		case "T2", "JF", "JO":
			if t2 == "" {
				t2, last = val, &t2
			}
		case "PB":
			pb, last = val, &pb
		case "CY":
			s.Place, last = val, &s.Place
		case "M3":
			m3 = val
		case "UR":
			if s.URL == "" {
				s.URL = val
			}
		case "DA", "PY", "Y1":
			if d, err := parseRISDate(dt.text("date", val)); err == nil && (s.Date.IsZero() || tag == "DA") {
				s.Date = d
			} else if err != nil {
				return s, &lineError{line, tag + ": " + err.Error()}
			}
		case "Y2":
			if d, err := parseRISDate(dt.text("accessed", val)); err == nil {
				s.Accessed = d
			}
		case "N1":
			if val == moreAuthorsNote {
				// Authors not named, as BibTeX's "and others" says.
				authors, last = append(authors, "others"), nil
				continue
			}
			s.Note, last = val, &s.Note
		}
	}
	if !started {
		return s, errNoRIS
	}
	return s, &lineError{start, "the RIS record that starts here has no ER line to end it"}
}

// parseRISDate reads 2024/07/15/, 2024/07//, 2024 and 2024-07-15.
func parseRISDate(v string) (evidence.Date, error) {
	v = strings.TrimSpace(v)
	if strings.Contains(v, "-") {
		return evidence.ParseDate(v)
	}
	parts := strings.Split(v, "/")
	var n [3]int
	for i := 0; i < len(parts) && i < 3; i++ {
		if parts[i] == "" {
			// 2024//15/ gives a day and no month: read on, to say so.
			continue
		}
		x, err := strconv.Atoi(parts[i])
		if err != nil {
			return evidence.Date{}, fmt.Errorf("bad date %q", v)
		}
		n[i] = x
	}
	if n[1] == 0 && n[2] != 0 {
		return evidence.Date{}, fmt.Errorf("bad date %q: %v", v, dayWithoutMonth(strconv.Itoa(n[2])))
	}
	iso := fmt.Sprintf("%04d-%02d-%02d", n[0], n[1], n[2])
	switch {
	case n[1] == 0:
		iso = fmt.Sprintf("%04d", n[0])
	case n[2] == 0:
		iso = fmt.Sprintf("%04d-%02d", n[0], n[1])
	}
	d, err := evidence.ParseDate(iso)
	if err != nil {
		// The error names the date as the file writes it: "PY  - 24"
		// was refused as the bad date "0024", and 2024/13/01 as
		// "2024-13-01", dates the file does not hold.
		return d, errors.New(strings.Replace(err.Error(), strconv.Quote(iso), strconv.Quote(v), 1))
	}
	return d, nil
}

// recordKind tells a record's kind from its type and its type of work.
func recordKind(typ, work string) kind {
	w := strings.ToLower(work)
	switch {
	case strings.Contains(w, "press"):
		return press
	case strings.Contains(w, "data"):
		return data
	case strings.Contains(w, "blog"):
		return blog
	}
	switch strings.ToUpper(typ) {
	case "NEWS", "ARTICLE-NEWSPAPER":
		return news
	case "BLOG", "POST-WEBLOG":
		return blog
	case "ELEC", "WEB", "WEBPAGE", "ONLINE", "POST":
		return webpage
	case "DATA", "DATASET":
		return data
	}
	return report
}
