package library

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/plainfile"
)

// MaxKeptItems is how many of its items an import keeps in
// Imported.Items.
const MaxKeptItems = 10000

// keptItems is MaxKeptItems, lowered by tests.
var keptItems = MaxKeptItems

// MaxImportBytes is the largest file imported; larger ones are refused.
const MaxImportBytes = 100 << 20

// Meta is the metadata given on the command line; empty fields are guessed
// from the file where it says them.
type Meta struct {
	ID, Title, Publisher, Date, URL, Type, Section, About string
	// AssumeType sets a missing type from the format (news for a web page,
	// report otherwise) and says so, where no flag can be asked for.
	AssumeType bool
	// Progress, when set, is told how far extracting the converted body
	// has read (bytes done of total), so a caller can show a long import
	// is alive.
	Progress pipeline.Progress
	// Record is metadata from a reference manager's record (cypx add
	// --meta): it wins over what the file says of itself, and the flags
	// win over it. RecordName names the record's file.
	Record     *evidence.Source
	RecordName string
	// RecordURLLine is the line of the record's file that gives its URL,
	// 0 when not known: a URL left out is said at its line.
	RecordURLLine int
	// RecordCleaned is the record's date and access date as its file
	// writes them ("date", "accessed"), where they held a line break or
	// an invisible or control character that reading them cleaned
	// (refs.Record): warned of as every other field's cleaning is.
	RecordCleaned map[string]string
}

// Imported is a file converted to a source, ready to save.
type Imported struct {
	Source evidence.Source
	Body   string
	Format string // "text", "markdown", "html", "email" or "pdf"
	Pages  int
	// Guessed names the metadata taken from the file, not from flags.
	Guessed []string
	// Warnings say what was worked around (a non-UTF-8 text file).
	Warnings []string
	// Items are the evidence items the source yields, the first
	// MaxKeptItems of them: a 24 MB paragraph yields half a million, too
	// many to hold for a report. Counts counts them all, by kind.
	Items  []evidence.Item
	Counts map[evidence.Kind]int
	// Record names the reference manager's record the metadata came from.
	Record string
	// unread are the front matter's values that could not be read, each
	// as "line N: problem", left for a flag or a guess to complete.
	unread []string
	// urlLine is the line of the file's own url that cannot be stored
	// (its front matter's), 0 when none or not known.
	urlLine int
	// madeToday says a PDF's only date was the day its file was made and
	// that day is the import's, so it was not taken as its date.
	madeToday bool
	// pdfAuthor is a PDF's Author (its document info), cleaned: kept as
	// the author when the publisher is given (applyMeta).
	pdfAuthor string
	// pdfAuthorCleaned is the PDF's Author as written, when cleaning it
	// changed it: warned of under the field it is kept in (publisher or
	// author), once that is known.
	pdfAuthorCleaned string
}

// Total is how many items the source yields.
func (im Imported) Total() int {
	n := 0
	for _, c := range im.Counts {
		n += c
	}
	return n
}

// File is the source file to write: front matter and body.
func (im Imported) File() ([]byte, error) {
	s := im.Source
	fm := []struct{ k, v string }{
		{"title", s.Title}, {"section", s.Section}, {"publisher", s.Publisher}, {"author", s.Author},
		{"date", s.Date.String()}, {"url", s.URL}, {"type", string(s.Type)}, {"about", s.About}, {"note", s.Note},
		{"place", s.Place}, {"accessed", s.Accessed.String()},
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	for _, kv := range fm {
		if kv.v == "" {
			continue
		}
		if kv.k == "title" || kv.k == "publisher" || kv.k == "author" {
			// Kept as the source writes it, marks and references and all
			// (a plain-text title's "*urgent*" is its words), and escaped
			// so the loader reads it back so, with no warning.
			kv.v = evidence.MarksEscaped(kv.v)
		}
		v, err := yaml.Marshal(kv.v)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "%s: %s", kv.k, v)
	}
	b.WriteString("---\n")
	b.WriteString(im.Body)
	if !strings.HasSuffix(im.Body, "\n") {
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

// Import reads a file and converts it to a source. It never writes.
func Import(path string, meta Meta) (Imported, error) {
	im, err := read(path)
	if err != nil {
		return Imported{}, err
	}
	if err := im.applyMeta(meta, path); err != nil {
		return Imported{}, err
	}
	return im, im.check(path, meta.Progress)
}

// read reads a file and converts it to a source with the metadata the file
// gives, without asking for any.
func read(path string) (Imported, error) {
	info, err := os.Stat(path)
	if err != nil {
		return Imported{}, plainfile.Named(path, err)
	}
	if info.IsDir() {
		return Imported{}, fmt.Errorf("%s: a folder, not a file: give the files in it (cypx add %s/*)", path, path)
	}
	if !info.Mode().IsRegular() {
		return Imported{}, fmt.Errorf("%s: not a regular file", path)
	}
	if info.Size() > MaxImportBytes {
		return Imported{}, fmt.Errorf("%s: %d MB is over the %d MB limit", path, info.Size()>>20, MaxImportBytes>>20)
	}
	// Read within the limit: a file still being downloaded may have grown
	// since the stat.
	data, err := plainfile.Read(path, MaxImportBytes)
	if err != nil {
		return Imported{}, err
	}
	// One reading of text in another encoding for every file cypx is
	// given: UTF-16 with no mark and UTF-32 were "it holds binary data",
	// which says nothing of what to do.
	if data, err = plainfile.Text(data); err != nil {
		return Imported{}, fmt.Errorf("%s: %v", path, err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Imported{}, fmt.Errorf("%s: empty file", path)
	}
	var im Imported
	format, misnamed := detect(path, data)
	switch format {
	case "pdf":
		im, err = importPDF(path, data)
	case "html":
		im, err = importHTML(data)
	case "email":
		im, err = importEmail(filepath.Base(path), data)
	case "markdown", "text":
		im, err = importText(path, data, format)
	default:
		return Imported{}, fmt.Errorf("%s: %s", path, format)
	}
	if err != nil {
		return Imported{}, fmt.Errorf("%s: %w", path, err)
	}
	if misnamed != "" {
		im.Warnings = append(im.Warnings, misnamed)
	}
	if format != "markdown" {
		// A corpus file's headings are as its writer set them.
		im.Body = agendaSlotHeadings(formQuestionHeadings(questionHeadings(withoutSoftHyphens(im.Body))))
	}
	// Every importer, Markdown's too, writes no character `cypx check`
	// names in a body: a Markdown file's NEL, vertical tab or form feed
	// and its bidirectional controls were written as its writer typed
	// them, and check then named them in the library's own source
	// (hostile check 86, what remained of F5).
	var dropped bool
	if im.Body, dropped = withoutControls(im.Body); dropped {
		im.Warnings = append(im.Warnings, "text: it held control characters or terminal escape sequences (such as ESC, BEL, or a C1 control), which were dropped")
	}
	if im.Body, dropped = withoutBidi(im.Body); dropped {
		im.Warnings = append(im.Warnings, "text: it held bidirectional controls (U+202A to U+202E, U+2066 to U+2069), which reorder what a terminal shows: dropped")
	}
	if im.Body, dropped = withoutNoCharacters(im.Body); dropped {
		im.Warnings = append(im.Warnings, "text: it held code points no text holds as a character (private use, unassigned or noncharacters), which no terminal draws as the writer saw them: dropped")
	}
	im.dropImpossibleDate()
	im.Source.Publisher = fullPublisher(asWritten(im.Source.Publisher, im.Body), im.Body)
	guessed := slices.ContainsFunc(im.Guessed, func(g string) bool { return strings.HasPrefix(g, "publisher (") })
	if guessed {
		im.Source.Publisher = withoutSiteSection(im.Source.Publisher)
	}
	if guessed && notPublisher(im.Source.Publisher) {
		// A platform, a department, a person or a post found where a
		// publisher is written: asking beats a miscitation. A publisher
		// the file states in its front matter is the writer's word.
		im.Source.Publisher = ""
		im.Guessed = slices.DeleteFunc(im.Guessed, func(g string) bool { return strings.HasPrefix(g, "publisher (") })
	}
	if format == "html" {
		im.authorAsPublisher()
	}
	return im, nil
}

// withoutSoftHyphens is imported text without its soft hyphens (U+00AD):
// a soft hyphen marks where a word may break at a line's end, and is no
// character of the text. Every importer's text passes here, so a quote is
// an exact substring of the stored source and reads "language" in every
// pack. Before, a web page's "lan&shy;guage" was stored with the soft
// hyphen and shown as "lan\u00adguage" in every pack, CSV and citation
// (hostile check 48).
func withoutSoftHyphens(s string) string { return strings.ReplaceAll(s, "\u00ad", "") }

// withoutControls is imported text without its control characters (C0
// but tab and line breaks, DEL, C1), escape sequences dropped whole
// (evidence.DropFrom), and reports whether any was there. No document's
// text holds one as a character of it: on a page or in a PDF they are
// damage or a planted sequence, which cypx's own output escapes but which
// went raw into the stored source (shown by any `cat` or `grep` of the
// library) and, escaped, into quotes and measures in every pack
// (hostile check 56). Metadata was already cleaned so.
//
// A NEL, vertical tab or form feed (evidence.BodyControl) becomes a line
// break, a form feed (a page's end) a paragraph's, unreported: so `cypx
// check` finds none in what an import wrote (hostile check 86, F5).
func withoutControls(s string) (string, bool) {
	if strings.IndexFunc(s, evidence.BodyControl) < 0 {
		return s, false
	}
	// The breaks are breaks, said of no file: only what is dropped is.
	s = strings.NewReplacer("\u0085", "\n", "\v", "\n", "\f", "\n\n", "\u2028", "\n", "\u2029", "\n\n").Replace(s)
	if strings.IndexFunc(s, evidence.TextControl) < 0 {
		return s, false
	}
	return evidence.DropFrom(s, func(_, r rune) bool { return evidence.TextControl(r) }), true
}

// withoutNoCharacters is imported text without the code points no text
// holds as a character (evidence.NoCharacter), and reports whether any
// was there: `cypx check` names a source holding one.
func withoutNoCharacters(s string) (string, bool) {
	if strings.IndexFunc(s, evidence.NoCharacter) < 0 {
		return s, false
	}
	return strings.Map(func(r rune) rune {
		if evidence.NoCharacter(r) {
			return -1
		}
		return r
	}, s), true
}

// withoutBidi is imported text without its bidirectional controls
// (evidence.BidiControl), and reports whether any was there: a page or a
// PDF keeps them for its own display, and a stored source holding one was
// shown reordered by any terminal, and named by `cypx check` for good.
// The marks a right-to-left text holds (U+200E, U+200F, U+061C) stay.
func withoutBidi(s string) (string, bool) {
	if strings.IndexFunc(s, evidence.BidiControl) < 0 {
		return s, false
	}
	return strings.Map(func(r rune) rune {
		if evidence.BidiControl(r) {
			return -1
		}
		return r
	}, s), true
}

// asWritten gives a name the file set in capitals (a masthead's
// "FAIRSTART INSTITUTE", a sender's "BRIGHTPATH") as the document's own
// text writes it, "Fairstart Institute": a citation copies the name as its
// publisher writes it in prose, which capitals set for display are not.
// The spelling the body uses most wins; a name the body never writes in
// small letters, an acronym ("NSPCC"), is left as it is.
func asWritten(name, body string) string {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return name
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 {
		return name
	}
	re, err := regexp.Compile(`(?i)(?:^|[^\pL\pN])(` + strings.Join(strings.Fields(regexp.QuoteMeta(name)), `\s+`) + `)(?:[^\pL\pN]|$)`)
	if err != nil {
		return name
	}
	count := map[string]int{}
	best, most := name, 0
	for _, m := range re.FindAllStringSubmatch(body, 200) {
		form := strings.Join(strings.Fields(m[1]), " ")
		if strings.IndexFunc(form, unicode.IsLower) < 0 {
			continue
		}
		count[form]++
		if count[form] > most {
			best, most = form, count[form]
		}
	}
	if most == 0 {
		return wordsAsWritten(name, body)
	}
	return best
}

// dropImpossibleDate forgets a date the file gave of itself that no
// source may have — a page's published time of 0001-01-01 (a zero time
// left by its software), a PDF or an e-mail dated 9999 — with a warning:
// kept, it failed the import as a source that "would not load", where
// --date would have done.
func (im *Imported) dropImpossibleDate() {
	d := im.Source.Date
	if d.IsZero() {
		return
	}
	if _, err := evidence.ParseDate(d.String()); err == nil {
		return
	}
	im.Warnings = append(im.Warnings, fmt.Sprintf("date: the file's date %s cannot be a publication date, so it was not used", d))
	im.Source.Date = evidence.Date{}
	kept := im.Guessed[:0]
	for _, g := range im.Guessed {
		if !strings.HasPrefix(g, "date ") {
			kept = append(kept, g)
		}
	}
	im.Guessed = kept
}

// Extensions are the endings of the files the importer reads by their
// name (in any case): text, Markdown, web pages, PDFs and e-mails as mail
// clients save them. The explorer's picker offers these and names them
// in its heading; detect reads the content, the ending breaking ties.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".eml"}

// detect tells the format from the content; the extension only breaks ties.
// A file named .pdf that is no PDF but text (an e-mail, a web page, plain
// text saved under a PDF's name) is read as what it is, and misnamed says
// so, as a warning; only one that is neither is refused.
func detect(path string, data []byte) (format, misnamed string) {
	head := data[:min(len(data), 2048)]
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf", ""
	case ext == ".pdf" && (looksBinary(head) || bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))):
		return "not a PDF (it has no %PDF header), nor text", ""
	}
	if looksBinary(head) {
		return "not a text, Markdown, HTML or PDF file (it holds binary data)", ""
	}
	lower := strings.ToLower(string(head))
	switch {
	case looksLikeEmail(data) || ext == ".eml" && looksLikeEmailHeaders(data):
		format = "email"
	case strings.Contains(lower, "<!doctype html") || strings.Contains(lower, "<html") || (ext == ".html" || ext == ".htm") && strings.Contains(lower, "<"):
		format = "html"
	case bytes.HasPrefix(bytes.TrimLeft(data, "\xef\xbb\xbf"), []byte("---")) || ext == ".md" || ext == ".markdown":
		format = "markdown"
	default:
		format = "text"
	}
	if ext == ".pdf" {
		misnamed = fmt.Sprintf("its name says PDF, but it is no PDF (it has no %%PDF header): it was read as %s", formatNames[format])
	}
	return format, misnamed
}

// formatNames name the formats detect tells, for a warning.
var formatNames = map[string]string{"email": "an e-mail", "html": "a web page", "markdown": "Markdown", "text": "plain text"}

// looksBinary reports NUL bytes or mostly unprintable bytes.
func looksBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	bad := 0
	for _, c := range b {
		if c < 0x09 || (c > 0x0d && c < 0x20) || c == 0x7f {
			bad++
		}
	}
	return len(b) > 0 && bad*10 > len(b)
}

// where says where a value of the source that needed cleaning was read,
// for its warning, as a url left out says it (see corpus.URLLeftOut): the
// flag ("--url"), the record's file (at its line for the url: "r.json:5"),
// or the file imported (a value of its own cleaned here, a page's title or
// a PDF's author; its front matter's were cleaned, and said at their line,
// as it was read).
func (m Meta) where(field, flag, path string) string {
	switch {
	case flag != "":
		return "--" + field
	case m.Record != nil && recordField(*m.Record, field) != "":
		if field == "url" && m.RecordURLLine > 0 {
			return fmt.Sprintf("%s:%d", m.RecordName, m.RecordURLLine)
		}
		return m.RecordName
	}
	return path
}

// recordField is the value a record gives for a field applyMeta takes
// from it, or "".
func recordField(r evidence.Source, field string) string {
	switch field {
	case "title":
		return r.Title
	case "publisher":
		return r.Publisher
	case "author":
		return r.Author
	case "url":
		return r.URL
	case "place":
		return r.Place
	case "note":
		return r.Note
	}
	return ""
}

// applyMeta lets a record, then the flags, override what was guessed,
// and fills the id.
func (im *Imported) applyMeta(m Meta, path string) error {
	s := &im.Source
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	// What a record or a flag gives was not guessed: drop the guess it
	// replaces ("cypx add --title T" must not say "guessed title").
	given := map[string]bool{"title": m.Title != "", "publisher": m.Publisher != "", "date": m.Date != "", "type": m.Type != ""}
	if r := m.Record; r != nil {
		for _, f := range []struct {
			name string
			dst  *string
			v    string
		}{{"title", &s.Title, r.Title}, {"publisher", &s.Publisher, r.Publisher}, {"author", &s.Author, r.Author},
			{"url", &s.URL, r.URL}, {"place", &s.Place, r.Place}, {"note", &s.Note, r.Note}} {
			if f.v != "" {
				*f.dst, given[f.name] = f.v, true
			}
		}
		if !r.Date.IsZero() {
			s.Date, given["date"] = r.Date, true
			if raw, ok := m.RecordCleaned["date"]; ok && m.Date == "" {
				im.Warnings = append(im.Warnings, cleanedWarning("date", m.RecordName, raw))
			}
		}
		if !r.Accessed.IsZero() {
			s.Accessed = r.Accessed
			if raw, ok := m.RecordCleaned["accessed"]; ok {
				im.Warnings = append(im.Warnings, cleanedWarning("accessed", m.RecordName, raw))
			}
		}
		if r.Type != "" {
			s.Type, given["type"] = r.Type, true
		}
		// A record's author written as a Markdown link is warned of in the
		// words of a title's link, the one problem for both.
		if raw, ok := m.RecordCleaned["author"]; ok && s.Author == r.Author {
			im.Warnings = append(im.Warnings, evidence.LinkTextProblem("author", raw, r.Author))
		}
		im.Record = m.RecordName
	}
	guessed := im.Guessed[:0:0]
	for _, g := range im.Guessed {
		field, _, _ := strings.Cut(g, " ")
		if !given[field] {
			guessed = append(guessed, g)
		}
	}
	im.Guessed = guessed
	// A warning about the file's own value of a field a flag replaced
	// speaks of a value not used: `add m.eml --title T` warned of the
	// Subject's control characters removed (hostile check 86, F6).
	flagged := map[string]bool{"title": m.Title != "", "publisher": m.Publisher != "", "date": m.Date != "", "type": m.Type != ""}
	im.Warnings = slices.DeleteFunc(im.Warnings, func(w string) bool {
		field, _, _ := strings.Cut(w, ": ")
		return flagged[field]
	})
	set(&s.Title, m.Title)
	set(&s.Publisher, m.Publisher)
	set(&s.URL, m.URL)
	set(&s.Section, m.Section)
	set(&s.About, m.About)
	// A PDF's Author was read only as a guess at the publisher: with the
	// publisher given (a flag or a record) it was dropped unsaid, a list
	// of people with it (hostile check 43). It is kept as the author, and
	// said as guessed, unless it is the publisher or a record names the
	// authors.
	if given["publisher"] && s.Author == "" && im.pdfAuthor != "" && !strings.EqualFold(im.pdfAuthor, s.Publisher) {
		s.Author = im.pdfAuthor
		im.Guessed = append(im.Guessed, "author (the PDF's author)")
	}
	// The PDF's Author cleaned is warned of under the field it is kept in:
	// with --publisher it is the author, and the warning said
	// "publisher: the PDF's author: …".
	if im.pdfAuthorCleaned != "" {
		for _, field := range []string{"publisher", "author"} {
			if slices.Contains(im.Guessed, field+" (the PDF's author)") {
				im.Warnings = append(im.Warnings, cleanedWarning(field, "the PDF's author", im.pdfAuthorCleaned))
			}
		}
	}
	for _, f := range []struct {
		name string
		v    *string
		flag string // the value the flag gave, if any
	}{{"title", &s.Title, m.Title}, {"section", &s.Section, m.Section}, {"publisher", &s.Publisher, m.Publisher}, {"author", &s.Author, ""},
		{"url", &s.URL, m.URL}, {"place", &s.Place, ""}, {"about", &s.About, m.About}, {"note", &s.Note, ""}} {
		// A PDF's author or a page's title can hold line breaks and
		// control characters; metadata is one line of visible text.
		clean, changed := evidence.CleanField(f.name, *f.v)
		if changed {
			im.Warnings = append(im.Warnings, cleanedWarning(f.name, m.where(f.name, f.flag, path), *f.v))
			*f.v = clean
		}
		if text, changed := evidence.LinkText(f.name, *f.v); changed {
			im.Warnings = append(im.Warnings, evidence.LinkTextProblem(f.name, *f.v, text))
			*f.v = text
		}
		// An author of symbols alone (U+FFFC from a PDF's metadata) names
		// no one: the publisher is cited instead (evidence.Authors). It is
		// read once the field is cleaned, its escape sequences gone whole,
		// as a front matter's is (before, the sequence's own semicolons
		// parted names: hostile check 49), and before the placeholders go
		// below, so "\ufffc and Sam Lee" is Sam Lee, not "and Sam Lee".
		if f.name == "author" {
			if clean, changed := evidence.CleanAuthors(*f.v); changed {
				im.Warnings = append(im.Warnings, fmt.Sprintf("author: words with no letters removed, as they name no one (%s)", shownValue(*f.v)))
				*f.v = clean
			}
		}
		// U+FFFC and U+FFFD stand for what could not be shown (an image,
		// a field code, bytes that were not text): never part of a
		// name or a title, and cited as a surname when they were.
		if strings.ContainsAny(*f.v, "\ufffc\ufffd") {
			im.Warnings = append(im.Warnings, fmt.Sprintf("%s: placeholder characters (U+FFFC, U+FFFD) removed (%s)", f.name, shownValue(*f.v)))
			*f.v = strings.Join(strings.Fields(strings.NewReplacer("\ufffc", " ", "\ufffd", " ").Replace(*f.v)), " ")
		}
	}
	// A flag cleaned to nothing was given: say so, not "could not tell
	// who published it from the file: pass --publisher".
	for _, f := range []struct{ flag, given, now string }{
		{"title", m.Title, s.Title}, {"publisher", m.Publisher, s.Publisher}} {
		if f.given != "" && strings.TrimSpace(f.now) == "" {
			return fmt.Errorf("%s: --%s: %s holds no visible characters (only control or invisible ones, or bytes that are not UTF-8)", path, f.flag, evidence.PrintableLine(f.given))
		}
	}
	if msg := corpus.URLProblem(s.URL); s.URL != "" && msg != "" {
		if m.URL != "" {
			return fmt.Errorf("%s: --url: %s", path, msg)
		}
		// A record's or the file's own: left out, where it was read said.
		im.Warnings = append(im.Warnings, "url: "+corpus.URLLeftOut(m.urlWhere(path, im.urlLine), s.URL))
		s.URL = ""
	} else if note := corpus.URLSpaceNote(s.URL); note != "" {
		// Kept and linked as `cypx check` says it is, in its words.
		im.Warnings = append(im.Warnings, "url: "+m.urlWhere(path, im.urlLine)+": "+note)
	}
	if m.Date != "" {
		// The flag's date follows the one rule of every field: cleaned
		// of what is not visible text, and warned of.
		date, changed := evidence.CleanLine(m.Date)
		if changed {
			im.Warnings = append(im.Warnings, cleanedWarning("date", "--date", m.Date))
		}
		d, err := evidence.ParseDate(date)
		if err != nil {
			return fmt.Errorf("%s: --date: %v", path, err)
		}
		s.Date = d
	}
	if m.Type != "" {
		t, err := evidence.ParseSourceType(m.Type)
		if err != nil {
			return fmt.Errorf("%s: --type: %v", path, err)
		}
		s.Type = t
	}
	if s.Type == "" && m.AssumeType {
		s.Type = evidence.Report
		if im.Format == "html" {
			s.Type = evidence.News
		}
		im.Guessed = append(im.Guessed, "type (assumed: "+string(s.Type)+")")
	}
	if err := missingMeta(*s); err != nil {
		if len(im.unread) > 0 {
			// "could not tell the date" of a file that gives one: say
			// why it was not read.
			return fmt.Errorf("%s: %w (the file's front matter: %s)", path, err, strings.Join(im.unread, "; "))
		}
		if im.madeToday && s.Date.IsZero() {
			return fmt.Errorf("%s: %w (the PDF's file was made today, the day of the import, which is no day it was published)", path, err)
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	// --id, else the id a Markdown file's front matter gives, else one
	// made from the metadata.
	if m.ID != "" {
		s.ID = m.ID
	}
	if s.ID == "" {
		s.ID = Slug(initials(s.Publisher), fmt.Sprint(s.Date.Year), s.Title)
	}
	if err := evidence.CheckSourceID(s.ID); err != nil {
		if m.ID != "" {
			return fmt.Errorf("--id: %v", err)
		}
		return fmt.Errorf("%s: the id made from its metadata is unusable (%v): pass --id", path, err)
	}
	s.File = corpus.SourcesDir + "/" + s.ID + ".md"
	return nil
}

// missingMeta names the metadata neither the flags nor the file gave, and
// the flags to pass for it, each with the form of its value.
func missingMeta(s evidence.Source) error {
	var what, flags []string
	for _, f := range []struct {
		ok         bool
		what, flag string
	}{
		{s.Title != "", "the title", `--title "TITLE"`},
		{s.Publisher != "", "who published it", `--publisher "NAME"`},
		{!s.Date.IsZero(), "the date", "--date YYYY-MM-DD (or YYYY-MM, YYYY)"},
		{s.Type != "", "the type", "--type TYPE (" + evidence.SourceTypeList() + ")"},
	} {
		if !f.ok {
			what = append(what, f.what)
			flags = append(flags, f.flag)
		}
	}
	if len(what) == 0 {
		return nil
	}
	list := what[0]
	if n := len(what); n > 1 {
		list = strings.Join(what[:n-1], ", ") + " and " + what[n-1]
	}
	return fmt.Errorf("could not tell %s from the file: pass %s", list, strings.Join(flags, " "))
}

// initials is the publisher as a source's id begins: its acronym
// ("RCPCH"), or the name itself when it has fewer than two capitalised
// words.
func initials(name string) string {
	if a := evidence.Initials(name); a != "" {
		return a
	}
	return name
}

// check parses the source as it will be written and extracts its items:
// what cypx cannot read back is refused now, not found broken later.
func (im *Imported) check(path string, progress pipeline.Progress) error {
	data, err := im.File()
	if err != nil {
		return err
	}
	if len(data) > corpus.MaxSourceBytes {
		// The loader skips such a source at every start: written, it
		// would be reported imported and never be seen.
		return fmt.Errorf("%s: converted, it is %d MB, over the %d MB limit for a source: split it into parts (--section says which)", path, len(data)>>20, corpus.MaxSourceBytes>>20)
	}
	doc, probs := corpus.Parse(im.Source.File, data)
	for _, p := range probs {
		if p.Skipped {
			return fmt.Errorf("%s: the converted source would not load: %s", path, p.Message)
		}
		if p.Key == "date" {
			// A date after today, which 'cypx check' says at its line,
			// is said as it is given.
			im.Warnings = append(im.Warnings, p.Message)
		}
	}
	im.Items, im.Counts = nil, map[evidence.Kind]int{}
	err = pipeline.EachItem(doc, nil, progress, func(it evidence.Item) {
		im.Counts[it.Kind]++
		if len(im.Items) < keptItems {
			im.Items = append(im.Items, it)
		}
	})
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if len(im.Items) == 0 {
		// "no paragraph of eight words or more" was said of a file of
		// long paragraphs that are all page furniture, and of an e-mail
		// whose text was left out as damaged, the warning unsaid.
		why := "no paragraph of eight words or more"
		long := 0
		for _, b := range doc.Blocks {
			if len(strings.Fields(b.Text)) >= extract.MinExcerptWords {
				long++
			}
		}
		switch {
		case long == 1:
			why = "its one paragraph of eight words or more is page furniture (thanks, sign-ups, contact and sign-off lines) or the like"
		case long > 1:
			why = fmt.Sprintf("its %d paragraphs of eight words or more are all page furniture (thanks, sign-ups, contact and sign-off lines) or the like", long)
		}
		for _, w := range im.Warnings {
			why += "; " + w
		}
		return fmt.Errorf("%s: no evidence found in it (%s)", path, why)
	}
	return nil
}

// cleanedWarning says that a field's value, read from where, lost its
// line breaks and invisible or control characters (evidence.CleanLine).
func cleanedWarning(field, where, value string) string {
	return fmt.Sprintf("%s: %s: line breaks and invisible or control characters removed (%s)", field, where, shownValue(value))
}

// shownValue is a metadata value as a warning quotes it: on one line, and
// cut to its first 80 bytes with its length when longer, so a title of
// 4 MB is not repeated whole on standard error.
func shownValue(s string) string {
	return evidence.Shorten(s, evidence.MaxQuotedBytes, evidence.PrintableLine)
}

// urlWhere is where the url an import stores was read: "--url", a
// record's line, or the file's own (at line, the front matter's url, when
// known).
func (m Meta) urlWhere(path string, line int) string {
	if m.URL != "" {
		return "--url"
	}
	where := path
	if m.Record != nil && m.Record.URL != "" {
		where, line = m.RecordName, m.RecordURLLine
	}
	if line > 0 {
		where += fmt.Sprintf(":%d", line)
	}
	return where
}
