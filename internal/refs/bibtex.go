package refs

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/nickng/bibtex"
	"golang.org/x/text/unicode/norm"

	"github.com/cypx/cypx/internal/evidence"
)

// BibTeX entries are written as biblatex reads them and as Zotero's BibTeX
// importer maps them: @techreport (institution, type), @online
// (organization), @article with entrysubtype newspaper (journal). Text is
// UTF-8 with TeX's special characters escaped; url is verbatim.

var bibType = map[kind]string{report: "techreport", webpage: "online", news: "article", blog: "online", press: "techreport", data: "techreport"}

var months = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// texEscape escapes the characters TeX reads as commands in a field.
// Braces are written as commands, not \{ and \}: BibTeX counts every
// brace, escaped or not, so one unbalanced brace in a title would end the
// field early and let the rest be read as fields of its own.
var texEscape = strings.NewReplacer(`\`, `\textbackslash{}`, "{", `\textbraceleft{}`, "}", `\textbraceright{}`, "&", `\&`, "%", `\%`, "$", `\$`, "#", `\#`, "_", `\_`, "^", `\^{}`, "~", `\~{}`)

func writeBibTeX(sources []evidence.Source, accessed time.Time) string {
	var b strings.Builder
	keys := map[string]int{}
	for _, s := range sources {
		k := kindOf(s)
		key := citeKey(s)
		if n := keys[key]; n > 0 {
			keys[key]++
			key += evidence.Letter(n)
		} else {
			keys[key] = 1
		}
		fmt.Fprintf(&b, "@%s{%s,\n", bibType[k], key)
		field := func(name, v string) {
			if v = oneLine(v); v != "" {
				fmt.Fprintf(&b, "  %s = {%s},\n", name, v)
			}
		}
		if names := people(s); len(names) > 0 {
			var esc []string
			for _, n := range names {
				family, given := splitName(n)
				if given == "" && evidence.Corporate(family) {
					// Braced whole, a body's name among the authors is
					// not split at its "and" or read as a surname.
					esc = append(esc, "{"+texEscape.Replace(oneLine(family))+"}")
					continue
				}
				esc = append(esc, texEscape.Replace(oneLine(family))+", "+texEscape.Replace(oneLine(given)))
			}
			if evidence.MoreAuthors(s.Author) {
				// BibTeX's word for authors not named ("Smith et al.").
				esc = append(esc, "others")
			}
			field("author", strings.Join(esc, " and "))
		} else if k != news {
			// Double braces keep an organisation's name whole: not read
			// as a surname and initials.
			field("author", "{"+texEscape.Replace(oneLine(s.Publisher))+"}")
		}
		field("title", texEscape.Replace(oneLine(s.Title)))
		switch k {
		case news:
			field("journal", texEscape.Replace(oneLine(container(s))))
			field("entrysubtype", "newspaper")
		case webpage, blog:
			field("organization", texEscape.Replace(oneLine(container(s))))
		default:
			field("institution", texEscape.Replace(oneLine(s.Publisher)))
		}
		switch k {
		case press:
			field("type", pressRelease)
		case data:
			field("type", dataSet)
		case blog:
			field("type", "Blog post")
		}
		field("address", texEscape.Replace(oneLine(s.Place)))
		if !s.Date.IsZero() {
			field("year", strconv.Itoa(s.Date.Year))
			if s.Date.Month > 0 {
				fmt.Fprintf(&b, "  month = %s,\n", months[s.Date.Month-1])
			}
			field("date", s.Date.String())
		}
		if u := recordURL(s.URL); u != "" {
			// Verbatim: encoded, no brace is left to end it.
			field("url", u)
			field("urldate", accessedOf(s, accessed).String())
		}
		field("note", texEscape.Replace(oneLine(s.Note)))
		b.WriteString("}\n\n")
	}
	return b.String()
}

// citeKey is an entry's key: the first author's surname (or the
// publisher's first word), the year and the title's first long word, in
// ASCII letters and digits: gault2024trusts.
func citeKey(s evidence.Source) string {
	who := s.Publisher
	if names := people(s); len(names) > 0 {
		who, _ = splitName(names[0])
	}
	first := func(v string, long int) string {
		for _, w := range strings.Fields(v) {
			if a := ascii(w); len(a) >= long {
				return strings.ToLower(a)
			}
		}
		return ""
	}
	year := "nd"
	if !s.Date.IsZero() {
		year = strconv.Itoa(s.Date.Year)
	}
	key := first(who, 1) + year + first(s.Title, 4)
	if key == year {
		key = "cypx" + year
	}
	return key
}

// ascii keeps a word's ASCII letters and digits, accents dropped.
func ascii(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// readBibTeX reads the first entry of a BibTeX file.
func readBibTeX(data string, dt dates) (evidence.Source, error) {
	// Lines end in "\n" where they are counted: a file of old Mac line
	// ends ("\r" alone) was one line, every fault said at line 1.
	data = strings.ReplaceAll(strings.ReplaceAll(data, "\r\n", "\n"), "\r", "\n")
	bib, at, err := parseBibTeX(data)
	var pe *bibtex.ErrParse
	if errors.As(err, &pe) {
		// The parser says where as "line:column".
		line, _ := strconv.Atoi(strings.SplitN(fmt.Sprint(pe.Pos), ":", 2)[0])
		msg := "BibTeX syntax error"
		if pe.Err != "syntax error" {
			msg += " (" + pe.Err + ")"
		}
		return evidence.Source{}, atLine(line, fmt.Errorf("%s: an unclosed brace or quote, or a missing comma between fields?", msg))
	}
	if err != nil {
		return evidence.Source{}, err
	}
	// fieldLine is the line of a field of the entry read, as the scanner
	// found it: a field's name found as text was taken from a line of an
	// abstract ("year = …" inside a value) or not found at all where
	// fields share a line (hostile check 56).
	fieldLine := func(name string) int {
		if line, ok := at[name]; ok {
			return line
		}
		return lineOf(data, bibEntry)
	}
	if len(bib.Entries) == 0 {
		return evidence.Source{}, fmt.Errorf("no BibTeX entry")
	}
	if len(bib.Entries) > 1 {
		line, entries := 0, 0
		for _, m := range bibEntryType.FindAllStringSubmatchIndex(data, -1) {
			if t := strings.ToLower(data[m[2]:m[3]]); t != "string" && t != "preamble" && t != "comment" {
				if entries++; entries == 2 {
					line = lineAt(data, m[0])
					break
				}
			}
		}
		return evidence.Source{}, atLine(line, errSecondRecord)
	}
	e := bib.Entries[0]
	// A field's name is read in any case, as BibTeX reads it: "Date =
	// {2024-05}" was passed over, the work undated.
	for name, v := range e.Fields {
		if low := strings.ToLower(name); low != name {
			if _, ok := e.Fields[low]; !ok {
				e.Fields[low] = v
			}
		}
	}
	get := func(names ...string) string {
		for _, n := range names {
			if v, ok := e.Fields[n]; ok && v != nil {
				if s := detex(v.String()); s != "" {
					return s
				}
			}
		}
		return ""
	}
	var s evidence.Source
	s.Title = get("title")
	s.Place = get("address", "location")
	s.URL = bibURL(e)
	s.Note = get("note")
	// A date's fields are read by the one rule of dates (dates.text).
	date := func(name string) string { return dt.text("date", get(name)) }
	if d := date("date"); d != "" {
		if s.Date, err = evidence.ParseDate(d); err != nil {
			return s, atLine(fieldLine("date"), fmt.Errorf("date: %v", err))
		}
	} else if y := date("year"); y != "" {
		month, day := date("month"), date("day")
		date := y
		if m := monthNumber(month); m > 0 {
			date = fmt.Sprintf("%s-%02d", y, m)
			// The day too, as RIS's DA and CSL JSON's date-parts keep
			// it: a day = {14} was dropped, the work dated by its month.
			if dy := day; dy != "" {
				n, err := strconv.Atoi(dy)
				if err == nil && n >= 1 && n <= 31 {
					_, err = evidence.ParseDate(fmt.Sprintf("%s-%02d", date, n))
				}
				if err != nil || n < 1 || n > 31 {
					return s, atLine(fieldLine("day"), fmt.Errorf("day: bad day %q: want a day of that month, 1 to 31", clip(dy)))
				}
				date += fmt.Sprintf("-%02d", n)
			}
		} else if mo := month; mo != "" {
			// month = {13} or {Smarch} was left out without a word,
			// the work dated by its year alone.
			return s, atLine(fieldLine("month"), fmt.Errorf("month: bad month %q: want jan to dec, a month's name, or 1 to 12", clip(mo)))
		} else if dy := day; dy != "" {
			return s, atLine(fieldLine("day"), fmt.Errorf("day: %v", dayWithoutMonth(clip(dy))))
		}
		if s.Date, err = evidence.ParseDate(date); err != nil {
			return s, atLine(fieldLine("year"), fmt.Errorf("year: %v", err))
		}
	}
	if d := dt.text("accessed", get("urldate")); d != "" {
		s.Accessed, _ = evidence.ParseDate(d)
	}
	var authors []string
	for _, a := range splitBibNames(rawField(e, "author")) {
		d := detex(a)
		if d == "others" {
			authors = append(authors, d) // authors not named: fromRecord
			continue
		}
		if bibOrganisation(a) && !strings.HasSuffix(d, ",") {
			// A comma inside the braces is part of the name: "{Department
			// of Health, Social Care}" is one organisation, read before as
			// the person "Social Care Department of Health".
			d += ","
		}
		if !strings.Contains(d, ",") {
			// "Beth Gault" is BibTeX's other way to write "Gault, Beth".
			if family, given := splitName(d); given != "" {
				d = family + ", " + given
			} else {
				d += ","
			}
		}
		authors = append(authors, d)
	}
	k := recordKind(bibToKind(e.Type, get("entrysubtype")), get("type", "howpublished"))
	s, err = fromRecord(s, k, authors, strings.Join(strings.Fields(rawField(e, "author")), " "), get("journal", "journaltitle", "organization", "booktitle"), get("institution", "publisher"), dt)
	return s, atLine(lineOf(data, bibEntry), err)
}

// fieldsAt are the lines (from 1) the fields of a file's first entry
// (not a @string, @preamble or @comment) start at, by their name in lower
// case, the first of a name given twice.
type fieldsAt map[string]int

// bibtexMu serialises parses: nickng/bibtex v1.3.0 keeps its parser's
// state in package variables (the result, and whether a field's value is
// being read).
var bibtexMu sync.Mutex

// parseBibTeX parses data with nickng/bibtex. A syntax error inside a
// field leaves the package's "reading a field" flag set, and every later
// parse in the process then fails; a comma is what clears the flag, so a
// lone comma is parsed first (its own error ignored).
func parseBibTeX(data string) (*bibtex.BibTex, fieldsAt, error) {
	// BibTeX ignores text outside entries ("% Encoding: UTF-8", which
	// JabRef writes first); nickng/bibtex does not. The text before the
	// first entry is dropped, its line breaks kept so lines still count.
	if loc := bibEntry.FindStringIndex(data); loc != nil {
		data = strings.Repeat("\n", strings.Count(data[:loc[0]], "\n")) + data[loc[0]:]
	}
	data, at, err := checkBibMacros(data)
	if err != nil {
		return nil, at, err
	}
	bibtexMu.Lock()
	defer bibtexMu.Unlock()
	bibtex.Parse(strings.NewReader(","))
	bib, err := bibtex.Parse(strings.NewReader(data))
	return bib, at, err
}

// bibMonths are the macros nickng/bibtex defines itself, as BibTeX does.
var bibMonths = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// checkBibMacros reads data as nickng/bibtex's scanner does, to find each
// macro a value uses (a bare word after "=" or "#", or opening a
// @preamble): nickng/bibtex ends the process (log.Fatalf) on a macro it
// does not know, so cypx exited with status 1 and only "unknown string
// variable". BibTeX's macros are case-insensitive ("month = Jan" is
// January), nickng/bibtex's are not: a macro written in another case than
// its @string, or a month's, is rewritten in that case (the same length,
// so lines and columns stay); one defined nowhere is an error at its line.
// It says where the first entry's fields start, too (fieldsAt).
func checkBibMacros(data string) (string, fieldsAt, error) {
	defined := map[string]string{} // lower case → as defined
	exact := map[string]bool{}
	for _, m := range bibMonths {
		defined[m], exact[m] = m, true
	}
	out := []byte(data)
	var (
		parseField, comment bool
		prev, prev2         string // the last two tokens' kinds
		pendingKey          string // a @string's key, defined at its '}'
		inString            bool
		fieldName           string // the last name before a value
		entryAt, entryDepth int    // where the last entry starts; its braces open
		swallowed           = -1   // a value that ran over the fields after it
		swallowedField      string
		at                  = fieldsAt{}
		wordAt              int  // where the last word starts
		entries             int  // the entries begun, @string and the like left out
		entryType           bool // the next word is an entry's type
	)
	push := func(kind string) { prev2, prev = prev, kind }
	bare := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_:./+", c) >= 0
	}
	// quoted and braced skip a value the way the scanner reads it.
	// A value they run to the end of the file with is unclosed: the
	// parser said so at the file's last line, however far below the
	// field that opened it.
	quoted := func(i int) (int, bool) {
		depth := 0
		for ; i < len(data); i++ {
			switch data[i] {
			case '{':
				depth++
			case '}':
				depth--
			case '"':
				if depth == 0 {
					return i + 1, true
				}
			}
		}
		return i, false
	}
	braced := func(i int) (int, bool) {
		depth := 1
		for ; i < len(data); i++ {
			switch data[i] {
			case '{':
				depth++
			case '}':
				if depth--; depth == 0 {
					return i + 1, true
				}
			}
		}
		return i, false
	}
	unclosed := func(at int, what, runs string) error {
		field := "a value"
		if fieldName != "" {
			field = "the field " + evidence.PrintableLine(fieldName)
		}
		return atLine(lineAt(data, at), fmt.Errorf("BibTeX syntax error: %s opens %s here that is never closed: it runs %s; close it", field, what, runs))
	}
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			j := i
			for j < len(data) && bare(data[j]) {
				j++
			}
			word := data[i:j]
			lower := strings.ToLower(word)
			isType := entryType // the word after '@'
			entryType = false
			_, numErr := strconv.Atoi(word)
			switch {
			case lower == "comment":
				comment = true
				push("comment")
			case lower == "preamble":
				push("preamble")
			case lower == "string":
				inString = true
				push("string")
			case numErr == nil && parseField:
				push("value")
			case prev == "=" || prev == "#" || prev == "{" && prev2 == "preamble":
				as, ok := defined[lower]
				if exact[word] {
					as = word
				} else if !ok {
					return "", at, atLine(lineAt(data, i), fmt.Errorf("BibTeX: the macro %s is not defined: write the value in braces ({%s}), or define it with @string before the entry", evidence.QuoteInput(word), evidence.PrintableLine(word)))
				}
				copy(out[i:j], as)
				push("value")
			default:
				if inString && prev == "{" {
					pendingKey = word
				}
				if isType {
					entries++
				}
				fieldName, wordAt = word, i
				push("word")
			}
			i = j
		case c == '"':
			j, ok := quoted(i + 1)
			if !ok {
				return "", at, unclosed(i, "a quote", "to the end of the file")
			}
			i = j
			push("value")
		case c == '{' && parseField:
			j, ok := braced(i + 1)
			if !ok {
				return "", at, unclosed(i, "a brace", "to the end of the file")
			}
			if swallowed < 0 && fieldsInside.MatchString(data[i:j]) {
				// Closed only by a brace meant for a later field or
				// the entry: this is the brace left open.
				swallowed, swallowedField = i, fieldName
			}
			i = j
			push("value")
		case c == '{' && comment:
			for i < len(data) && data[i] != '@' {
				i++
			}
			comment = false
			push("value")
		case c == ',':
			parseField = false
			push(",")
			i++
		case c == '=':
			if prev == "word" && !inString && entries == 1 {
				if _, ok := at[strings.ToLower(fieldName)]; !ok {
					at[strings.ToLower(fieldName)] = lineAt(data, wordAt)
				}
			}
			parseField = true
			push("=")
			i++
		case c == '}':
			parseField = false
			if entryDepth > 0 {
				entryDepth--
			}
			if inString && pendingKey != "" {
				defined[strings.ToLower(pendingKey)], exact[pendingKey] = pendingKey, true
			}
			inString, pendingKey = false, ""
			push("}")
			i++
		case c == '@':
			entryAt, entryDepth, swallowed, entryType = i, 0, -1, true
			push("@")
			i++
		case c == '{':
			if entryDepth > 0 || prev == "word" && prev2 == "@" {
				// Only an entry's braces: BibTeX ignores text between
				// entries, a brace in a comment line too.
				entryDepth++
			}
			push("{")
			i++
		default:
			push(string(c))
			i++
		}
	}
	if entryDepth > 0 {
		if swallowed >= 0 {
			fieldName = swallowedField
			return "", at, unclosed(swallowed, "a brace", "over the fields after it to the entry's end")
		}
		return "", at, atLine(lineAt(data, entryAt), fmt.Errorf("BibTeX syntax error: the entry that starts here is never closed: end it with }"))
	}
	return string(out), at, nil
}

// fieldsInside finds a line opening a field ("  year = ") inside a value:
// the value swallowed the fields after it.
var fieldsInside = regexp.MustCompile(`\n[ \t]*[A-Za-z][\w-]*[ \t]*=`)

// bibEntry finds the start of an entry, and bibEntryType its type.
var (
	bibEntry     = regexp.MustCompile(`(?m)^[ \t]*@`)
	bibEntryType = regexp.MustCompile(`(?m)^[ \t]*@[ \t]*(\w+)`)
)

// rawField is a field's text, or "" when the entry has no such field (a
// missing field is a nil BibString, whose String would panic).
func rawField(e *bibtex.BibEntry, name string) string {
	if v, ok := e.Fields[name]; ok && v != nil {
		return v.String()
	}
	return ""
}

// bibToKind turns an entry type into the names recordKind reads.
func bibToKind(typ, subtype string) string {
	switch strings.ToLower(typ) {
	case "article":
		if strings.EqualFold(subtype, "newspaper") {
			return "NEWS"
		}
		return "RPRT"
	case "online", "electronic", "www", "misc":
		return "ELEC"
	case "dataset":
		return "DATA"
	}
	return "RPRT"
}

// splitBibNames splits an author field on " and " outside braces.
func splitBibNames(v string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '{':
			depth++
		case '}':
			depth--
		}
		if depth == 0 && strings.HasPrefix(v[i:], " and ") {
			out = append(out, trimLayout(v[start:i]))
			start = i + len(" and ")
			i += len(" and ") - 1
		}
	}
	if rest := trimLayout(v[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// detex turns a field's TeX into text: accents made letters (texAccents),
// braces dropped, escaped characters unescaped, white space folded. It
// reads every field alike: only an author braced whole is an organisation
// (readBibTeX's "NHS Providers,"), as a title or institution braced whole
// is only kept from a style's change of case.
func detex(v string) string {
	if locs := texURLRe.FindAllStringSubmatchIndex(v, -1); locs != nil {
		// An address in \url{…} is kept as written: its "~" and "%" are
		// the address's, not TeX's.
		var b strings.Builder
		last := 0
		for _, l := range locs {
			b.WriteString(detexText(v[last:l[0]]))
			b.WriteString(v[l[2]:l[3]])
			last = l[1]
		}
		b.WriteString(detexText(v[last:]))
		return clean(b.String())
	}
	return detexText(v)
}

// texURLRe is an address set with \url{…}.
var texURLRe = regexp.MustCompile(`\\url\s*\{([^{}]*)\}`)

// bibURL is a record's address: its url field, else the first \url{…}
// of its howpublished or note field, where records of web pages written
// the older way give it. Before, such a record imported with no URL.
//
// Only the layout is trimmed (trimLayout), as from every other field: a
// NEL, U+2028, U+2029, vertical tab or form feed at the address's edge is
// left for the import to clean and warn of, as one inside it is.
// strings.TrimSpace took them unsaid (hostile check 42).
func bibURL(e *bibtex.BibEntry) string {
	if u := trimLayout(rawField(e, "url")); u != "" {
		return u
	}
	for _, f := range []string{"howpublished", "note"} {
		if m := texURLRe.FindStringSubmatch(rawField(e, f)); m != nil {
			return trimLayout(m[1])
		}
	}
	return ""
}

// detexText is detex of text that holds no \url{…}.
func detexText(v string) string {
	v = texAccents(v)
	v = texFormatRe.ReplaceAllString(v, "{")
	v = texDeclarationRe.ReplaceAllString(v, "")
	r := strings.NewReplacer(`\textbackslash{}`, `\`, `\textbraceleft{}`, "\x00", `\textbraceright{}`, "\x01", `\{`, "\x00", `\}`, "\x01", `\&`, "&", `\%`, "%", `\$`, "$", `\#`, "#", `\_`, "_", `\^{}`, "^", `\~{}`, "~",
		"---", "—", "--", "–", `\ `, " ", "~", " ")
	v = r.Replace(v)
	v = strings.NewReplacer("{", "", "}", "", "\x00", "{", "\x01", "}").Replace(v)
	return clean(v)
}

var (
	// texFormatRe is a command that sets its braced argument in a style
	// (`\textit{now}`, `\emph{then}`, `\mbox{A\&E}`), as reference
	// managers export a title's italics: the argument is the text. Before,
	// a title read "Waits \textitnow".
	texFormatRe = regexp.MustCompile(`\\(?:text(?:it|bf|sc|sl|up|rm|sf|tt|md|normal)|emph|mbox|text|underline|uppercase|lowercase|MakeUppercase|MakeLowercase|NoCaseChange|mkbibemph|mkbibquote|enquote)\s*\{`)
	// texDeclarationRe is a style declared for the rest of its group
	// (`{\em x}`, `{\itshape x}`): no text of its own.
	texDeclarationRe = regexp.MustCompile(`\\(?:em|it|bf|sc|sl|rm|sf|tt|itshape|bfseries|scshape|upshape|mdseries|slshape|normalfont)\b\s*`)
)

// bibOrganisation says an author is braced whole, an organisation's name
// as BibTeX keeps one from being read as "Last, First".
func bibOrganisation(v string) bool {
	v = strings.TrimSpace(v)
	return strings.HasPrefix(v, "{") && strings.HasSuffix(v, "}")
}

// texAccents writes TeX's accent commands and special letters as the
// letters they make, as Zotero, JabRef and Google Scholar write any letter
// outside ASCII: `M{\"u}ller` is Müller, `\'{E}`, `\c{c}`, `\"{\i}`,
// `{\o}`, `\ss`. Left as they were, an author was cited as "M\"uller".
func texAccents(v string) string {
	if !strings.Contains(v, `\`) {
		return v
	}
	v = texAccentRe.ReplaceAllStringFunc(v, func(m string) string {
		sm := texAccentRe.FindStringSubmatch(m)
		cmd, base := sm[1]+sm[4], sm[2]+sm[3]+sm[5]+sm[6]
		switch base {
		case `\i`:
			base = "i"
		case `\j`:
			base = "j"
		}
		return norm.NFC.String(base + string(texMarks[cmd]))
	})
	return texLetterRe.ReplaceAllStringFunc(v, func(m string) string {
		name := strings.TrimRight(strings.TrimPrefix(m, `\`), " {}")
		if l, ok := texLetters[name]; ok {
			return l
		}
		return m
	})
}

var (
	// texAccentRe is an accent command on a letter: a symbol's (\"u,
	// \"{u}) or a letter's, braced or after a space (\c{c}, \c c); the
	// letter may be the dotless \i or \j.
	texAccentRe = regexp.MustCompile(`\\(["'` + "`" + `^~=.])\s*(?:\{(\\?[A-Za-z])\}|(\\[ij]\b|[A-Za-z]))|\\([uvHckrdb])(?:\{(\\?[A-Za-z])\}|\s+([A-Za-z]))`)
	// texMarks are the combining marks of the accent commands.
	texMarks = map[string]rune{`"`: '\u0308', `'`: '\u0301', "`": '\u0300', "^": '\u0302', "~": '\u0303', "=": '\u0304', ".": '\u0307',
		"u": '\u0306', "v": '\u030C', "H": '\u030B', "c": '\u0327', "k": '\u0328', "r": '\u030A', "d": '\u0323', "b": '\u0331'}
	// texLetterRe is a special letter's command: \o, \ss, {\AE}.
	texLetterRe = regexp.MustCompile(`\\(?:AA|aa|AE|ae|OE|oe|ss|O|o|L|l|i|j)\b(?:\{\}| ?)`)
	texLetters  = map[string]string{"AA": "Å", "aa": "å", "AE": "Æ", "ae": "æ", "OE": "Œ", "oe": "œ", "ss": "ß", "O": "Ø", "o": "ø", "L": "Ł", "l": "ł", "i": "ı", "j": "ȷ"}
)

// monthNumber reads a BibTeX month: jul, July, 7.
func monthNumber(m string) int {
	m = strings.ToLower(strings.TrimSpace(m))
	if n, err := strconv.Atoi(m); err == nil && n >= 1 && n <= 12 {
		return n
	}
	for i, name := range months {
		if strings.HasPrefix(m, name) {
			return i + 1
		}
	}
	return 0
}
