package library

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/encoding/charmap"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/pipeline"
)

// MaxImportBytes is the largest file imported; larger ones are refused.
const MaxImportBytes = 100 << 20

// Meta is the metadata given on the command line; empty fields are guessed
// from the file where it says them.
type Meta struct {
	ID, Title, Publisher, Date, URL, Type, Section, About string
	// AssumeType sets a missing type from the format (news for a web page,
	// report otherwise) and says so, where no flag can be asked for.
	AssumeType bool
}

// Imported is a file converted to a source, ready to save.
type Imported struct {
	Source evidence.Source
	Body   string
	Format string // "text", "markdown", "html" or "pdf"
	Pages  int
	// Guessed names the metadata taken from the file, not from flags.
	Guessed []string
	// Warnings say what was worked around (a non-UTF-8 text file).
	Warnings []string
	// Items are the evidence items the source yields.
	Items []evidence.Item
}

// File is the source file to write: front matter and body.
func (im Imported) File() ([]byte, error) {
	s := im.Source
	fm := []struct{ k, v string }{
		{"title", s.Title}, {"section", s.Section}, {"publisher", s.Publisher}, {"author", s.Author},
		{"date", s.Date.String()}, {"url", s.URL}, {"type", string(s.Type)}, {"about", s.About}, {"note", s.Note},
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	for _, kv := range fm {
		if kv.v == "" {
			continue
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
	info, err := os.Stat(path)
	if err != nil {
		return Imported{}, err
	}
	if !info.Mode().IsRegular() {
		return Imported{}, fmt.Errorf("%s: not a regular file", path)
	}
	if info.Size() > MaxImportBytes {
		return Imported{}, fmt.Errorf("%s: %d MB is over the %d MB limit", path, info.Size()>>20, MaxImportBytes>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Imported{}, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Imported{}, fmt.Errorf("%s: empty file", path)
	}
	var im Imported
	switch format := detect(path, data); format {
	case "pdf":
		im, err = importPDF(path, data)
	case "html":
		im, err = importHTML(data)
	case "markdown", "text":
		im, err = importText(data, format)
	default:
		return Imported{}, fmt.Errorf("%s: %s", path, format)
	}
	if err != nil {
		return Imported{}, fmt.Errorf("%s: %w", path, err)
	}
	if err := im.applyMeta(meta, path); err != nil {
		return Imported{}, err
	}
	return im, im.check(path)
}

// detect tells the format from the content; the extension only breaks ties.
func detect(path string, data []byte) string {
	head := data[:min(len(data), 2048)]
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf"
	case ext == ".pdf":
		return "not a PDF (it has no %PDF header), nor text"
	}
	if looksBinary(head) {
		return "not a text, Markdown, HTML or PDF file (it holds binary data)"
	}
	lower := strings.ToLower(string(head))
	switch {
	case strings.Contains(lower, "<!doctype html") || strings.Contains(lower, "<html") || (ext == ".html" || ext == ".htm") && strings.Contains(lower, "<"):
		return "html"
	case bytes.HasPrefix(bytes.TrimLeft(data, "\xef\xbb\xbf"), []byte("---")) || ext == ".md" || ext == ".markdown":
		return "markdown"
	}
	return "text"
}

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

// importText reads text or Markdown; invalid UTF-8 is decoded as
// Windows-1252, as old Word exports need, with a warning.
func importText(data []byte, format string) (Imported, error) {
	var im Imported
	im.Format = format
	if !utf8.Valid(data) {
		dec, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return im, err
		}
		data = dec
		im.Warnings = append(im.Warnings, "not UTF-8: read as Windows-1252")
	}
	text := strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n")
	if format == "markdown" && strings.HasPrefix(text, "---\n") {
		doc, probs := corpus.Parse("import.md", []byte(text))
		for _, p := range probs {
			switch {
			case !p.Skipped:
				// Worked around (metadata cleaned of control characters): said.
				im.Warnings = append(im.Warnings, fmt.Sprintf("line %d: %s", p.Line, p.Message))
			case strings.Contains(p.Message, "front matter") || strings.Contains(p.Message, "unknown key"):
				return im, fmt.Errorf("line %d: %s", p.Line, p.Message)
			}
		}
		im.Source = doc.Source
		text = doc.Body
		for _, f := range []struct{ name, v string }{{"title", doc.Source.Title}, {"publisher", doc.Source.Publisher}, {"date", doc.Source.Date.String()}, {"type", string(doc.Source.Type)}} {
			if f.v != "" {
				im.Guessed = append(im.Guessed, f.name+" (the file's front matter)")
			}
		}
	}
	im.Body = strings.TrimSpace(text) + "\n"
	if im.Source.Title == "" {
		for _, line := range strings.Split(im.Body, "\n") {
			if t := strings.TrimSpace(strings.TrimLeft(line, "#")); t != "" {
				im.Source.Title = trimTitle(t)
				im.Guessed = append(im.Guessed, "title (the first line)")
				break
			}
		}
	}
	return im, nil
}

func trimTitle(t string) string {
	if r := []rune(t); len(r) > 120 {
		return string(r[:117]) + "…"
	}
	return t
}

// applyMeta lets flags override what was guessed, and fills the id.
func (im *Imported) applyMeta(m Meta, path string) error {
	s := &im.Source
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	// What a flag gives was not guessed: drop the guess it replaces
	// ("cypx add --title T" must not say "guessed title").
	given := map[string]bool{"title": m.Title != "", "publisher": m.Publisher != "", "date": m.Date != "", "type": m.Type != ""}
	guessed := im.Guessed[:0:0]
	for _, g := range im.Guessed {
		field, _, _ := strings.Cut(g, " ")
		if !given[field] {
			guessed = append(guessed, g)
		}
	}
	im.Guessed = guessed
	set(&s.Title, m.Title)
	set(&s.Publisher, m.Publisher)
	set(&s.URL, m.URL)
	set(&s.Section, m.Section)
	set(&s.About, m.About)
	for _, f := range []struct {
		name string
		v    *string
	}{{"title", &s.Title}, {"section", &s.Section}, {"publisher", &s.Publisher}, {"author", &s.Author}, {"url", &s.URL}, {"about", &s.About}, {"note", &s.Note}} {
		// A PDF's author or a page's title can hold line breaks and
		// control characters; metadata is one line of visible text.
		if clean, changed := evidence.CleanLine(*f.v); changed {
			im.Warnings = append(im.Warnings, fmt.Sprintf("%s: line breaks and invisible or control characters removed (%s)", f.name, evidence.PrintableLine(*f.v)))
			*f.v = clean
		}
	}
	if m.Date != "" {
		d, err := evidence.ParseDate(m.Date)
		if err != nil {
			return fmt.Errorf("--date: %v", err)
		}
		s.Date = d
	}
	if m.Type != "" {
		t, err := evidence.ParseSourceType(m.Type)
		if err != nil {
			return fmt.Errorf("--type: %v", err)
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
	var missing []string
	for _, f := range []struct {
		ok   bool
		flag string
	}{{s.Title != "", "--title"}, {s.Publisher != "", "--publisher"}, {!s.Date.IsZero(), "--date"}, {s.Type != "", "--type"}} {
		if !f.ok {
			missing = append(missing, f.flag)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s: could not tell %s from the file: pass %s", path, strings.Join(missing, ", "), strings.Join(missing, " "))
	}
	s.ID = m.ID
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

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	if b.Len() < 2 {
		return name
	}
	return b.String()
}

// check parses the source as it will be written and extracts its items:
// what cypx cannot read back is refused now, not found broken later.
func (im *Imported) check(path string) error {
	data, err := im.File()
	if err != nil {
		return err
	}
	doc, probs := corpus.Parse(im.Source.File, data)
	for _, p := range probs {
		if p.Skipped {
			return fmt.Errorf("%s: the converted source would not load: %s", path, p.Message)
		}
	}
	im.Items = pipeline.Items(doc, nil)
	if len(im.Items) == 0 {
		return fmt.Errorf("%s: no evidence found in it (no paragraph of eight words or more)", path)
	}
	return nil
}
