package corpus

import (
	"fmt"
	"github.com/cypx/cypx/internal/lazyre"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/plainfile"
	"github.com/cypx/cypx/internal/yamlerr"
)

// knownKeys are the front-matter keys a source may have; any other key is an
// error so that a typo ("pubisher") never passes silently.
var knownKeys = map[string]bool{
	"id": true, "title": true, "section": true, "publisher": true, "author": true,
	"date": true, "url": true, "type": true, "about": true, "note": true, "accessed": true,
	"place": true,
}

var requiredKeys = []string{"title", "publisher", "date", "type"}

// MaxProblems is how many problems of one file's part (a front matter, a
// thesaurus) are told one by one; the rest are counted in one more (Told).
// A front matter of 100,000 unknown keys (a 1 MB file) told each: 16 MB of
// warnings at every command.
const MaxProblems = 20

// Told is problems as they are told: the first MaxProblems, then one
// counting the rest at the first line of them ("99980 more problems in
// the front matter from this line"), which keeps the source out if any of
// them did. where says where they are.
func Told(problems []Problem, where string) []Problem {
	n := len(problems) - MaxProblems
	if n <= 0 {
		return problems
	}
	more := problems[MaxProblems]
	skipped := slices.ContainsFunc(problems[MaxProblems:], func(p Problem) bool { return p.Skipped })
	return append(problems[:MaxProblems:MaxProblems], Problem{File: more.File, Line: more.Line, Skipped: skipped, More: n,
		Message: fmt.Sprintf("%d more problems %s from this line, not told one by one: fix the ones above and check again", n, where)})
}

// surnameFirstRe is an author field of one word, a comma and one given
// name or initials: "Smith, Jane", "Smith, J.", "O'Neill, Mary-Jo". The
// surname may have its particles or Gaelic prefix written apart ("Ó
// Briain, Dara", "van der Berg, Bob"): before, those were read as two
// authors, "(Ó Briain and Dara, 2024)", unsaid.
var surnameFirstRe = lazyre.New(`^((?:(?:Ó|O|Mac|Mc|Mhic|Ní|Nic|Uí|Ua|\p{Ll}+)\s+)*\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s*\p{Lu}\.)*)$`)

// surnameFirstPart reports whether a name of an author list ("Smith,
// Jane and Doe, Anne") is written surname first with its given name in
// full, which is read as two names: "Smith, Jane and Doe, Anne" was four
// authors, unsaid.
func surnameFirstPart(field string) bool {
	for _, p := range strings.FieldsFunc(strings.NewReplacer(" and ", ";", " & ", ";").Replace(field), func(r rune) bool { return r == ';' }) {
		p = strings.TrimSpace(p)
		if surnameFirstRe.MatchString(p) && len(evidence.Authors(p)) == 2 {
			return true
		}
	}
	return false
}

// bodyAuthor reports whether an author field names bodies alone, one of
// them with "of", "for" or "the" in its name ("Department of Health and
// Social Care", "Royal College of Paediatrics and Child Health"), which
// no person's name holds. Read as people, such a field was cited "(of
// Health and Care, 2024)", unsaid. A field naming a person too ("Jane
// Smith and the Health Foundation") is no body's: told to make it the
// publisher, the user would drop the person.
//
// It returns the bodies as every citation reads them (evidence.BodyAuthors),
// so the note counts what the citation names.
func bodyAuthor(field string) []string {
	bodies := evidence.BodyAuthors(field)
	for _, n := range bodies {
		for _, w := range strings.Fields(n) {
			if w == "of" || w == "for" || w == "the" {
				return bodies
			}
		}
	}
	return nil
}

// bodyAuthorNote is check's note on an author field of bodies alone: one
// body is the work's publisher; several are its publishers, named jointly.
func bodyAuthorNote(field string, bodies []string) string {
	cited := evidence.AuthorLabel(evidence.Source{Author: field})
	if len(bodies) == 1 {
		return fmt.Sprintf("author: %s reads as a body's name, not a person's (cited %q): a body that wrote the work is its publisher: write it as the publisher and leave the author out",
			evidence.QuoteInput(field), cited)
	}
	quoted := make([]string, len(bodies))
	for i, b := range bodies {
		quoted[i] = evidence.QuoteInput(b)
	}
	return fmt.Sprintf("author: %s reads as %s bodies' names, %s and %s, not people's (cited %q): bodies that wrote the work are its publishers: write them as the publisher and leave the author out",
		evidence.QuoteInput(field), countWord(len(bodies)), strings.Join(quoted[:len(quoted)-1], ", "), quoted[len(quoted)-1], cited)
}

// countWord is a small count in words, as a note reads: "two", "three".
func countWord(n int) string {
	if words := []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}; n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n)
}

// Parse reads one source file: front matter between "---" lines, then the body.
// file names the source in problems. Problems marked Skipped mean the document
// must not be used.
func Parse(file string, data []byte) (Document, []Problem) {
	doc := Document{}
	skip := func(line int, format string, args ...any) []Problem {
		return []Problem{{File: file, Line: line, Message: fmt.Sprintf(format, args...), Skipped: true}}
	}
	if !utf8.Valid(data) {
		return doc, skip(invalidUTF8Line(data), "invalid UTF-8 (save the file as UTF-8)")
	}
	data = plainfile.TrimBOM(data) // one mark, or two from a file converted twice
	text := string(data)

	if !strings.HasPrefix(text, "---") || strings.TrimRight(firstLine(text), "\r \t") != "---" {
		return doc, skip(1, "no front matter: the file must start with a line '---'")
	}
	// Find the closing "---" line; offsets are byte positions in text.
	fmStart := len(firstLine(text)) + 1
	fmEnd, bodyStart, closingLine := -1, -1, 0
	for off, line := fmStart, 2; off < len(text); line++ {
		l := firstLine(text[off:])
		if strings.TrimRight(l, "\r \t") == "---" {
			fmEnd, closingLine = off, line
			bodyStart = min(off+len(l)+1, len(text))
			break
		}
		off += len(l) + 1
	}
	if fmEnd < 0 {
		return doc, skip(1, "unterminated front matter: no closing '---' line")
	}
	fm := text[fmStart:fmEnd]

	src, lines, problems := parseFrontMatter(file, fm, closingLine)
	doc.Source = src
	doc.keyLines = lines
	// A file saved with Windows line endings is read as one with
	// Unix ones: the carriage return before each line break is no
	// character of the text. Kept, it was shown as "\r" inside quotes
	// and split the figures written over a line break ("between 13
	// and\r\n52 weeks" gave 52 weeks alone; hostile check 85, H2). Lines
	// are counted as before; only the body as read changes, never the
	// file.
	doc.Body = text[bodyStart:]
	if strings.Contains(doc.Body, "\r\n") {
		doc.Body = strings.ReplaceAll(doc.Body, "\r\n", "\n")
	}
	doc.BodyLine = closingLine + 1
	if p, ok := bodyControl(file, doc.Body, doc.BodyLine); ok {
		problems = append(problems, p)
	}
	if p, ok := bodyBidi(file, doc.Body, doc.BodyLine); ok {
		problems = append(problems, p)
	}
	if p, ok := bodyNoCharacter(file, doc.Body, doc.BodyLine); ok {
		problems = append(problems, p)
	}
	blocks, over := blocksUpTo(doc.Body, doc.BodyLine, MaxBlocks, func(line int, message string) {
		problems = append(problems, Problem{File: file, Line: line, Message: message})
	})
	if over {
		doc.Blocks = nil
		problems = append(problems, Problem{File: file, Line: blocks[len(blocks)-1].Line, Skipped: true,
			Message: fmt.Sprintf("more than %d paragraphs, list items, headings and table rows (the limit for a source): split it into parts", MaxBlocks)})
		sort.SliceStable(problems, func(i, j int) bool { return problems[i].Line < problems[j].Line })
		return doc, problems
	}
	doc.Blocks = blocks
	if len(doc.Blocks) == 0 || onlyHeadings(doc.Blocks) {
		problems = append(problems, Problem{File: file, Line: doc.BodyLine, Message: "empty body: no paragraphs after the front matter", Skipped: true})
	}
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Line < problems[j].Line })
	return doc, problems
}

func onlyHeadings(bs []Block) bool {
	for _, b := range bs {
		if b.Kind != Heading {
			return false
		}
	}
	return true
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// parseFrontMatter reads the YAML between the "---" lines. It returns the
// source, the file line of each key, and the problems found.
func parseFrontMatter(file, fm string, closingLine int) (evidence.Source, map[string]int, []Problem) {
	src := evidence.Source{File: file, ID: DefaultID(file)}
	var problems []Problem
	// YAML counts a lone carriage return as a line break; the file's lines
	// are counted by newlines, so every line is kept within the front matter.
	fmLine := func(line int) int { return min(max(line, 1), closingLine) }
	// keyed is a problem with one key's value, which keeps the source out.
	keyed := func(key string, line int, format string, args ...any) {
		problems = append(problems, Problem{File: file, Line: fmLine(line), Key: key, Message: fmt.Sprintf(format, args...), Skipped: true})
	}
	add := func(line int, format string, args ...any) { keyed("", line, format, args...) }
	fm, raw, rawWritten := rawControls(file, fm, fmLine)
	// rawAt is where the problem of each line holding a raw control is:
	// its "read as" is set to the value as loaded once the line's key is
	// read (sayLoaded), and that problem is the line's one.
	rawAt := map[int]int{}
	for _, p := range raw {
		rawAt[p.Line] = len(problems)
		problems = append(problems, p)
	}
	sayLoaded := func(line int, loaded string) {
		if at, ok := rawAt[line]; ok {
			problems[at].Message = yamlerr.RawMessageAs("front matter", rawWritten[line], loaded)
		}
	}
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &root); err != nil {
		line, msg := yamlerr.Split(err)
		add(max(line+1, 2), "front matter: %s", msg)
		return src, nil, problems
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		for _, k := range requiredKeys {
			add(closingLine, "missing required key %q", k)
		}
		return src, nil, problems
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		add(m.Line+1, "front matter must be key: value lines")
		return src, nil, problems
	}
	fmLines := strings.Split(fm, "\n")
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		next := len(fmLines) + 1 // the line after the value's last
		if i+2 < len(m.Content) {
			next = m.Content[i+2].Line
		}
		line := fmLine(k.Line + 1) // +1: the opening '---' is line 1
		key := k.Value
		if !knownKeys[key] {
			keyed(key, line, "unknown key %s (known: %s)", evidence.QuoteInput(key), knownList())
			continue
		}
		if prev, dup := seen[key]; dup {
			keyed(key, line, "%s", yamlerr.Twice(key, prev))
			continue
		}
		seen[key] = line
		if v.Kind == yaml.AliasNode {
			// "publisher: *pub" names another key's value; it was told
			// it was a list or map, which it may not be.
			keyed(key, line, "%s: a YAML alias of the anchor %s: write the value itself", key, evidence.QuoteInput(v.Value))
			continue
		}
		if v.Kind != yaml.ScalarNode {
			keyed(key, line, "%s: want a single value, not a list or map", key)
			continue
		}
		if msg := yamlerr.Binary(key, v); msg != "" {
			// A publisher of encoded control bytes would pass every
			// cleaning unseen.
			keyed(key, line, "%s", msg)
			continue
		}
		// Only the white space a YAML file is laid out with is trimmed
		// unsaid: strings.TrimSpace took a NEL, a U+2028 or U+2029, a
		// vertical tab or a form feed from either end of a value too, so a
		// control at a field's edge was dropped where the same one inside
		// it was a problem at its line (round 40, held-out check).
		val := strings.Trim(v.Value, " \t\r\n")
		if key == "id" {
			// An id is a file name of ASCII letters, digits, '.', '_' and
			// '-': a tab, a carriage return, a NEL, a U+2028 or U+2029, a
			// vertical tab, a form feed or a no-break space at its edge was
			// trimmed unsaid where any other key's was a problem at its
			// line (round 41, held-out check). Only the spaces and line
			// feeds a YAML file is laid out with go unsaid.
			raw := strings.Trim(v.Value, " \n")
			if trimmed := strings.TrimSpace(raw); trimmed != raw {
				problems = append(problems, Problem{File: file, Line: line, Message: fmt.Sprintf(
					"%s: %s holds a line break or an invisible or control character: write it on one line of visible characters (read as %s)", key, evidence.QuoteInput(raw), evidence.QuoteInput(trimmed))})
			}
			val = strings.TrimSpace(val)
		}
		if key != "id" {
			// Metadata is printed on one line in lists, citations and
			// references: a line break there could fake a heading or a link
			// in a briefing pack, and a control character could act on a
			// terminal. The value is kept, cleaned, and the file flagged.
			clean, changed := evidence.CleanField(key, val)
			folded := 0 // lines of a url YAML folded, a space at each break; 0 for any other
			if key == "url" {
				if n := foldedLines(fmLines, v, next); n > 1 && strings.Contains(val, " ") {
					folded = n
					clean, changed = evidence.CleanFoldedURL(val)
				}
			}
			if changed && folded > 0 {
				// YAML has made each line break a space before cypx
				// reads the value: say it was written over lines, as
				// the value shown holds no break.
				problems = append(problems, Problem{File: file, Line: line, Message: fmt.Sprintf(
					"url: %s is written over %d lines, which YAML reads with a space at each break, and no address holds a space: write it on one line (read as %s)", evidence.QuoteInput(val), folded, evidence.QuoteInput(strings.TrimSpace(clean)))})
				val = clean
			} else if changed {
				if _, said := rawAt[line]; !said {
					problems = append(problems, Problem{File: file, Line: line, Message: fmt.Sprintf(
						"%s: %s holds a line break or an invisible or control character: write it on one line of visible characters (read as %s)", key, evidence.QuoteInput(val), evidence.QuoteInput(strings.TrimSpace(clean)))})
				}
				val = clean
			}
			val = strings.TrimSpace(val)
			if text, changed := evidence.LinkText(key, val); changed {
				problems = append(problems, Problem{File: file, Line: line, Message: evidence.LinkTextProblem(key, val, text)})
				if val = text; val == "" && key == "author" {
					continue // images alone, said once: the publisher is cited
				}
			}
			// U+FFFC and U+FFFD stand for what could not be shown (an
			// image, bytes that were not text), as import says too.
			if key != "author" && strings.ContainsAny(val, "\ufffc\ufffd") {
				clean := dropPlaceholders(val)
				problems = append(problems, Problem{File: file, Line: line, Message: fmt.Sprintf(
					"%s: %s holds placeholder characters (U+FFFC, U+FFFD) that stand for nothing: remove them (read as %s)", key, evidence.QuoteInput(val), evidence.QuoteInput(clean))})
				val = clean
			}
		}
		if key == "title" || key == "publisher" || key == "author" {
			if read, _ := evidence.WithoutInlineMarks(val); read != val && evidence.MarksEscaped(read) == val {
				// Written with each mark's character escaped, as an
				// import writes a title that holds marks (an e-mail's
				// subject "Waits *urgent* update &amp; more"): read as
				// the text it escapes, the title as imported, unsaid.
				val = read
			} else if read != val {
				// Front matter is YAML, read as written: a reference
				// ("&amp;") or a Markdown mark ("*Friends*") is cited as
				// it stands, in every citation and pack, where the writer
				// meant the character or the emphasis (hostile check 85,
				// L14). The value is kept; the writer is told.
				problems = append(problems, Problem{File: file, Line: line, Key: key, Message: fmt.Sprintf(
					"%s: %s holds a character reference or Markdown marks, which front matter (YAML) does not read: it is cited as written; write the characters themselves (as a page shows it: %s)", key, evidence.QuoteInput(val), evidence.QuoteInput(read))})
			}
		}
		sayLoaded(line, val)
		if key == "author" {
			// A word with no letter names no one (evidence.Authors): an
			// object replacement character left by a PDF's metadata would
			// otherwise be cited as the author's surname.
			clean, changed := evidence.CleanAuthors(val)
			if strings.ContainsAny(clean, "\ufffc\ufffd") {
				clean, changed = dropPlaceholders(clean), true
			}
			if changed {
				problems = append(problems, Problem{File: file, Line: line, Message: fmt.Sprintf(
					"author: %s holds words with no letters or placeholder characters (U+FFFC, U+FFFD), which name no one: write the authors' names, or leave the author out (read as %s)", evidence.QuoteInput(val), evidence.QuoteInput(clean))})
				if val = clean; val == "" {
					continue // no author: the publisher is cited
				}
			}
			// "Smith, Jane" is one person, as a reference list writes
			// one, and is read so (evidence.Authors); what still reads as
			// two names ("Smith, Jane.") is said, so the citation
			// "(Smith and Jane., 2024)" is not made unseen.
			if m := surnameFirstRe.FindStringSubmatch(val); m != nil && len(evidence.Authors(val)) == 2 {
				// The citation as made, by the rule that makes it: "Doe,
				// Jane A." is cited "Doe and A.", not "Doe and Jane A.".
				names := evidence.Authors(val)
				first, _ := evidence.SplitName(names[0])
				second, _ := evidence.SplitName(names[1])
				problems = append(problems, Problem{File: file, Line: line, Message: fmt.Sprintf(
					"author: %s is read as two authors, %s and %s (cited \"%s and %s\"): write one person given name first (\"%s %s\"), and several separated by \"and\"",
					evidence.QuoteInput(val), evidence.QuoteInput(m[1]), evidence.QuoteInput(m[2]), first, second, m[2], m[1])})
			} else if no := evidence.NotNames(val); len(no) > 0 {
				problems = append(problems, Problem{File: file, Line: line, Message: notNamesNote(val, no)})
			} else if bodies := bodyAuthor(val); bodies != nil {
				problems = append(problems, Problem{File: file, Line: line, Message: bodyAuthorNote(val, bodies)})
			} else if names := evidence.Authors(val); m == nil && len(names) > 2 && surnameFirstPart(val) {
				problems = append(problems, Problem{File: file, Line: line, Message: fmt.Sprintf(
					"author: %s is read as %d authors, %s: if it names people surname first, write each given name first (\"Beth Gault and Sam Lee\")",
					evidence.QuoteInput(val), len(names), evidence.QuoteInput(strings.Join(names, "; ")))})
			}
		}
		if val == "" {
			keyed(key, line, "%s: empty value", key)
			continue
		}
		if msg := evidence.TooLong(key, val); msg != "" {
			problems = append(problems, Problem{File: file, Line: line, Message: msg})
		}
		switch key {
		case "id":
			if err := evidence.CheckSourceID(val); err != nil {
				keyed(key, line, "%v", err)
			}
			src.ID = val
		case "title":
			src.Title = val
		case "section":
			src.Section = val
		case "publisher":
			src.Publisher = val
		case "author":
			src.Author = val
		case "url":
			src.URL = val
			if msg := URLProblem(val); msg != "" {
				// Keyed, so an import knows the problem is the url's
				// and says it once, as the url it leaves out.
				problems = append(problems, Problem{File: file, Line: line, Message: "url: " + msg, Key: "url"})
			} else if note := URLSpaceNote(val); note != "" && !slices.ContainsFunc(problems, func(p Problem) bool { return p.Line == line }) {
				// Keyed too: an import says it once, at this line, as
				// it says a url it leaves out (the same words). A url
				// whose line was told already (a raw line break read
				// as a space) is shown there as read.
				problems = append(problems, Problem{File: file, Line: line, Message: "url: " + note, Key: "url"})
			}
		case "about":
			src.About = val
		case "note":
			src.Note = val
		case "place":
			src.Place = val
		case "date", "accessed":
			d, err := evidence.ParseDate(val)
			if err != nil {
				keyed(key, line, "%s: %v", key, err)
			} else {
				if key == "date" {
					src.Date = d
				} else {
					src.Accessed = d
				}
				if d.After(today()) {
					problems = append(problems, futureDate(file, fmLine(line), key, d))
				}
			}
		case "type":
			t, err := evidence.ParseSourceType(val)
			if err != nil {
				keyed(key, line, "type: %v", err)
			}
			src.Type = t
		}
	}
	for _, k := range requiredKeys {
		if _, ok := seen[k]; !ok {
			keyed(k, closingLine, "missing required key %q", k)
		}
	}
	if _, given := seen["id"]; !given {
		if err := evidence.CheckSourceID(src.ID); err != nil {
			add(1, "the file name is not a usable id (%v): add an id: key", err)
		}
	}
	return src, seen, Told(problems, "in the front matter")
}

// Has says whether the front matter gave a key.
func (d Document) Has(key string) bool {
	_, ok := d.keyLines[key]
	return ok
}

// keyLine is the file line of a front-matter key, or 1 when it was not given.
func (d Document) keyLine(key string) int {
	if l, ok := d.keyLines[key]; ok {
		return l
	}
	return 1
}

func (d Document) idLine() int { return d.keyLine("id") }

func knownList() string {
	keys := make([]string, 0, len(knownKeys))
	for k := range knownKeys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

func invalidUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

// dropPlaceholders removes U+FFFC and U+FFFD, which stand for something
// that could not be shown, and the spaces they leave.
func dropPlaceholders(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\ufffc", " ", "\ufffd", " ").Replace(s)), " ")
}

// foldedLines is how many lines of the front matter (fm, by line) the
// scalar v is written over, its value's lines before the line next (the
// next key's, or the one after the front matter): blank lines and comments
// are not counted, nor a block scalar's indicator line ("url: >"). A plain,
// quoted or ">" folded value over more than one line was folded by YAML,
// each line break read as a space. A "|" literal block keeps its breaks,
// which CleanURL takes out, and counts as one line.
func foldedLines(fm []string, v *yaml.Node, next int) int {
	if v.Style&yaml.LiteralStyle != 0 {
		return 1
	}
	n := 0
	for l := v.Line; l < next && l-1 < len(fm); l++ {
		if t := strings.TrimSpace(fm[l-1]); t != "" && !strings.HasPrefix(t, "#") {
			n++
		}
	}
	if v.Style&yaml.FoldedStyle != 0 {
		n-- // the indicator's line
	}
	return n
}

// URLProblem says why a source's url cannot be a link in a briefing
// pack or a Markdown citation (evidence.LinkURL), or "" when it can: a
// `cypx check` problem, and `cypx add --url`'s error. The url of a
// source is kept, shown as text; before, it was accepted without a word
// and every Markdown citation of the source lost its link unseen.
func URLProblem(u string) string {
	why, fix := urlProblem(u)
	if why == "" {
		return ""
	}
	return why + ": " + fix
}

// URLLeftOut is the warning of an import that leaves out a url read from
// a record or from the file itself (where says where: "r.json:5"), or ""
// when the url may be stored. Only what URLProblem accepts, an http or
// https address with a host, is stored as a source's url: a javascript:,
// data: or file: address was kept, shown as text, for every export to
// carry and `cypx check` to report in the library's own source.
func URLLeftOut(where, u string) string {
	why, _ := urlProblem(u)
	if why == "" {
		return ""
	}
	fix := "pass --url with the address the work was published at"
	if whole := wholeURL(u); whole != "" {
		fix = fmt.Sprintf("pass --url %q", whole)
	}
	return fmt.Sprintf("%s: %s: left out; %s", where, why, fix)
}

// URLSpaceNote says that a url a link can be made of holds a space, and
// what is done with it, or "" when it holds none: the url is kept as
// written and linked with the space percent-encoded, which leads where the
// address reads only if the space is the address's own. It is a `cypx
// check` problem at the url's line and an import's warning, by these
// words on both paths. Before, a space typed in a url written on one line
// was kept and linked unsaid (hostile check 51).
func URLSpaceNote(u string) string {
	u = strings.TrimSpace(u)
	if !strings.ContainsFunc(u, unicode.IsSpace) {
		return ""
	}
	link, ok := evidence.LinkURL(u)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s holds a space, which no web address holds: it is kept and linked as %s; write the address as it was published (a space that is the address's own as %%20)", evidence.QuoteInput(u), link)
}

// urlProblem is why a url cannot be a link and what to write instead, or
// "" when it can: the one judgement of a source's url.
func urlProblem(u string) (why, fix string) {
	if _, ok := evidence.LinkURL(u); ok {
		return "", ""
	}
	if other := evidence.OtherAddress(u); other != "" {
		return fmt.Sprintf("%s is two addresses parted by a blank (the second %s), so it cannot be one link", evidence.QuoteInput(u), evidence.QuoteInput(other)), "write the one address the work was published at"
	}
	if whole := wholeURL(u); whole != "" {
		return fmt.Sprintf("%s has no scheme, so it cannot be a link", evidence.QuoteInput(u)), fmt.Sprintf("write it whole, %q", whole)
	}
	if evidence.HasUserInfo(u) {
		return fmt.Sprintf("%s names a user before its host, so a link would not lead where it reads", evidence.QuoteInput(u)), "write the address without the part before @"
	}
	return fmt.Sprintf("%s is not a web address a citation can link (http or https, with a host)", evidence.QuoteInput(u)), "write the address the work was published at"
}

// wholeURL is "https://" and u when u is a web address written without
// its scheme ("www.example.org/a"), else "".
func wholeURL(u string) string {
	if strings.HasPrefix(strings.ToLower(u), "www.") {
		if _, ok := evidence.LinkURL("https://" + u); ok {
			return "https://" + u
		}
	}
	return ""
}

// rawControls reads the characters of a front matter (fm, which starts at
// the file's second line; line clamps a line within it) that YAML refuses
// written as they are, C0 and C1 controls and DEL, or takes for a line
// break in the middle of a line (NEL, U+2028, U+2029): each line holding
// one is a problem at that line, naming its key, and is read without them
// (an escape sequence whole, a break as a space), as the same characters
// escaped in double quotes are cleaned (see CleanLine). YAML's own words
// ("control characters are not allowed") named the front matter's first
// line, and a break read a line below where it was written ("could not
// find expected ':'"), and either kept the whole source out.
func rawControls(file, fm string, line func(int) int) (string, []Problem, map[int]string) {
	var problems []Problem
	written := map[int]string{}
	fm = yamlerr.RawLines(fm, func(n int, w, read string) {
		problems = append(problems, Problem{File: file, Line: line(n + 1), Message: yamlerr.RawMessage("front matter", w, read)})
		written[line(n+1)] = w
	})
	return fm, problems, written
}

// bodyControl is the problem of a body holding control characters
// (evidence.BodyControl: an escape sequence, a bell, a backspace, a NEL,
// a form feed), at the
// first line holding one, with how many there are: no text holds one as a
// character of it, and though cypx's own output escapes them, they reach a
// terminal raw from the file itself (`cat`, `grep`) and go escaped into
// every quote and pack. The source is still read. Before (hostile check
// 56), `cypx check` said nothing of them.
//
// A carriage return left after Windows line endings were read (one with
// no line break after it) is one too: a terminal showing the file writes
// the rest of the line over its start (hostile check 90, A5: the check
// named a vertical tab and passed a lone carriage return).
func bodyControl(file, body string, bodyLine int) (Problem, bool) {
	return bodyHolds(file, body, bodyLine, func(r rune) bool { return r == '\r' || evidence.BodyControl(r) },
		"the text holds a control character (U+%04X) on this line: delete it (cypx shows it escaped; a terminal showing the file acts on it)",
		"the text holds %s control characters, the first (U+%04X) on this line: delete them (cypx shows them escaped; a terminal showing the file acts on them)")
}

// bodyBidi is the problem of a body holding bidirectional overrides or
// isolates (evidence.BidiControl), said as bodyControl says controls: a
// terminal showing the file reorders the text after one, as it would a
// field's, which the check already named. The importers drop them, so
// no import writes one (hostile check 86, F5).
func bodyBidi(file, body string, bodyLine int) (Problem, bool) {
	return bodyHolds(file, body, bodyLine, evidence.BidiControl,
		"the text holds a bidirectional control (U+%04X) on this line: delete it (cypx shows it escaped; a terminal showing the file shows the text after it reordered)",
		"the text holds %s bidirectional controls, the first (U+%04X) on this line: delete them (cypx shows them escaped; a terminal showing the file shows the text after them reordered)")
}

// bodyNoCharacter is the problem of a body holding a code point no text
// holds as a character (evidence.NoCharacter), said as bodyControl says
// controls (hostile check 88, K1).
func bodyNoCharacter(file, body string, bodyLine int) (Problem, bool) {
	return bodyHolds(file, body, bodyLine, evidence.NoCharacter,
		"the text holds a code point no text holds as a character (U+%04X: private use, unassigned, a noncharacter or a deprecated format character) on this line: delete it (cypx shows it escaped)",
		"the text holds %s code points no text holds as characters, the first (U+%04X: private use, unassigned, a noncharacter or a deprecated format character) on this line: delete them (cypx shows them escaped)")
}

// bodyHolds is the problem of a body holding characters is reports, at
// the first line holding one, with how many there are (one and many are
// the messages for one and for more).
func bodyHolds(file, body string, bodyLine int, is func(rune) bool, one, many string) (Problem, bool) {
	first := strings.IndexFunc(body, is)
	if first < 0 {
		return Problem{}, false
	}
	n := 0
	for _, r := range body[first:] {
		if is(r) {
			n++
		}
	}
	r, _ := utf8.DecodeRuneInString(body[first:])
	msg := fmt.Sprintf(one, r)
	if n > 1 {
		msg = fmt.Sprintf(many, strconv.Itoa(n), r)
	}
	return Problem{File: file, Line: bodyLine + strings.Count(body[:first], "\n"), Message: msg}, true
}
