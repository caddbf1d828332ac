package library

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// PDFs are read with poppler's pdftohtml (its XML output: every run of
// text with its box and font) and pdfinfo, found at run time: poppler is
// the reference PDF text extractor and is packaged everywhere (Debian:
// poppler-utils). The layout (headings, lists, tables, footnotes, columns,
// running headers) is worked out here from the boxes and fonts, see
// pdflayout.go.
var (
	pdftohtml = "pdftohtml"
	pdfinfo   = "pdfinfo"
)

// ErrNoPoppler says the PDF tools are not installed.
var ErrNoPoppler = errors.New("reading PDFs needs poppler's pdftohtml and pdfinfo: install poppler-utils (Debian, Ubuntu), poppler (Homebrew) or the equivalent")

// maxPDFXMLBytes bounds what is read of poppler's layout of a PDF: about
// four times the text it holds (3.3 to 4 times on the development set's
// PDFs), so past four times the 32 MB a source may hold the source could
// not be saved. A few MB of PDF can draw one page's content on 20,000
// pages, for 1.7 GB of layout.
var maxPDFXMLBytes = 4 * corpus.MaxSourceBytes

var infoRe = lazyre.New(`^([A-Za-z ]+):\s*(.*)$`)

// pdfInfoKeys are the fields pdfinfo prints, one a line, each name padded
// so that values start in column 18 (pdfInfoField). A line that starts
// with none of them continues the field above it: pdfinfo prints a
// title or an author as it is, line breaks and all, so the lines after a
// break are the same field's (read as one, their breaks folded where the
// metadata is cleaned), not lines to drop. "Waiting times\nreport" was
// read as "Waiting times".
var pdfInfoKeys = map[string]bool{
	"Title": true, "Subject": true, "Keywords": true, "Author": true, "Creator": true,
	"Producer": true, "CreationDate": true, "ModDate": true, "Custom Metadata": true,
	"Metadata Stream": true, "Tagged": true, "UserProperties": true, "Suspects": true,
	"Form": true, "JavaScript": true, "Pages": true, "Encrypted": true, "Page size": true,
	"Page rot": true, "File size": true, "Optimized": true, "PDF version": true,
}

// pdfInfoField reports whether a line naming key is a field of its own: a
// key pdfinfo is known to print, or one padded to pdfinfo's column 18 (a
// field of a later poppler), never a title's "Note: …" continued.
func pdfInfoField(line, key string) bool {
	if pdfInfoKeys[strings.TrimSpace(key)] {
		return true
	}
	return len(line) > 17 && len(key)+1 < 17 && line[16] == ' ' && line[17] != ' ' && strings.TrimSpace(line[len(key)+1:17]) == ""
}

// parsePDFInfo reads pdfinfo's output into its fields, a field's
// continuation lines joined to it with their line breaks.
func parsePDFInfo(out string) map[string]string {
	info := map[string]string{}
	last := ""
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if m := infoRe.FindStringSubmatch(line); m != nil && pdfInfoField(line, m[1]) {
			last = strings.TrimSpace(m[1])
			info[last] = strings.TrimSpace(m[2])
			continue
		}
		if last != "" {
			info[last] = strings.TrimSpace(info[last] + "\n" + line)
		}
	}
	return info
}

// importPDF reads a PDF's layout and writes its text as a source body: a
// page marker before each page's text so citations can give the page,
// headings, list items, tables and footnotes marked as such, and running
// headers, footers, title page, contents and imprint left out.
func importPDF(path string, data []byte) (Imported, error) {
	im := Imported{Format: "pdf"}
	if _, err := exec.LookPath(pdftohtml); err != nil {
		return im, ErrNoPoppler
	}
	// A damaged PDF can keep poppler busy for minutes: give it time in
	// proportion to the file, then give up with a clear message.
	limit := 10*time.Second + time.Duration(len(data)>>20)*time.Second
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	// poppler reads a leading dash as an option and takes no "--": a file
	// named "-v" made pdftohtml print its version, and the PDF was refused.
	if strings.HasPrefix(path, "-") {
		path = "." + string(filepath.Separator) + path
	}
	info := map[string]string{}
	if out, err := exec.CommandContext(ctx, pdfinfo, path).CombinedOutput(); err == nil {
		info = parsePDFInfo(string(out))
	} else if bytes.Contains(out, []byte("Incorrect password")) {
		return im, errors.New("encrypted PDF: cypx cannot read it; save an unencrypted copy")
	}
	if strings.HasPrefix(info["Encrypted"], "yes") && strings.Contains(info["Encrypted"], "copy:no") {
		return im, errors.New("encrypted PDF that forbids copying text: save an unencrypted copy")
	}
	var stderr bytes.Buffer
	// -hidden keeps the invisible text layer that OCR tools add to scans.
	cmd := exec.CommandContext(ctx, pdftohtml, "-xml", "-i", "-stdout", "-q", "-hidden", "-noroundcoord", "-fontfullname", "-enc", "UTF-8", path)
	cmd.Stderr = &stderr
	// Once stopped, its output is not waited for past this (a process it
	// started may still hold the pipes).
	cmd.WaitDelay = time.Second
	out, err := outputWithin(cmd, cancel, maxPDFXMLBytes)
	if errors.Is(err, errTooMuchLayout) {
		return im, fmt.Errorf("its layout from poppler is more than %d MB, more text than a source can hold (%d MB): split the PDF into parts",
			maxPDFXMLBytes>>20, corpus.MaxSourceBytes>>20)
	}
	if ctx.Err() != nil {
		return im, fmt.Errorf("poppler gave up after %s: the PDF may be damaged", limit)
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if strings.Contains(msg, "Incorrect password") {
			return im, errors.New("encrypted PDF: cypx cannot read it; save an unencrypted copy")
		}
		// poppler runs quiet (-q), so it seldom says why: the exit
		// alone was "pdftohtml could not read it: exit status 1".
		why := "pdftohtml stopped"
		if ee, ok := errors.AsType[*exec.ExitError](err); ok && ee.ExitCode() > 0 {
			why = fmt.Sprintf("pdftohtml stopped with status %d", ee.ExitCode())
		}
		if msg != "" {
			why += ": " + evidence.PrintableLine(firstLine(msg))
		}
		return im, fmt.Errorf("poppler could not read it: the PDF is damaged, cut short or no PDF (%s)", why)
	}
	pages, outline := parsePDFXML(out)
	im.Pages = len(pages)
	letters := false
	for _, p := range pages {
		for _, f := range p.frags {
			letters = letters || strings.ContainsFunc(f.text, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' })
		}
	}
	if !letters {
		return im, errors.New("no text layer: run OCR first (for example ocrmypdf) and import the result")
	}
	all := pagesText(pages) // before analyse drops the running lines
	l, texts := analyse(pages, outline)
	im.Body = l.markdown(texts)
	if w := l.wordlessWarning(); w != "" {
		im.Warnings = append(im.Warnings, w)
	}
	m := l.metadata(l.rows)
	im.Source.Title, im.Source.Publisher, im.Source.Date = pickMeta(&im, info, m)
	// A running header's "Fenmoor CYP Eczema Network" or "Harlow Moor
	// ICB" is the name the cover, a running header or a contact line
	// spells out, though none stays in the body.
	if im.Source.Publisher != "" {
		im.Source.Publisher = fullPublisher(im.Source.Publisher, all)
	}
	return im, nil
}

// pagesText is every text run of the pages, a line each, furniture and
// all.
func pagesText(pages []*pdfPage) string {
	var b strings.Builder
	for _, p := range pages {
		for _, f := range p.frags {
			b.WriteString(f.text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// errTooMuchLayout is a command's output over the limit outputWithin reads.
var errTooMuchLayout = errors.New("output over the limit")

// outputWithin runs cmd and returns its standard output, reading at most
// max bytes: past them it stops the command (stop cancels the context it
// was made with) and returns errTooMuchLayout.
func outputWithin(cmd *exec.Cmd, stop func(), max int) ([]byte, error) {
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	out, readErr := io.ReadAll(io.LimitReader(pipe, int64(max)+1))
	if len(out) > max {
		stop()
		cmd.Wait()
		return nil, errTooMuchLayout
	}
	if err := cmd.Wait(); err != nil {
		return out, err
	}
	return out, readErr
}

// pickMeta chooses each field from the document's pages or its document
// info, and says in im.Guessed where each came from. The title page's
// title and date and the report's own organisation win over the document
// info, which authoring tools fill with file names, user names and the
// day the file was saved.
func pickMeta(im *Imported, info map[string]string, m docMeta) (title, publisher string, date evidence.Date) {
	switch t := info["Title"]; {
	case m.title != "" && !m.weakTitle && goodInfoTitle(t) && titleGoesOn(m.title, t):
		// "Unseen and unheard?" over its subtitle, and the document info
		// holding both: the title asks or introduces, and reads on.
		title = trimTitle(t)
		im.Guessed = append(im.Guessed, "title ("+m.titleFrom+", with its subtitle from the PDF's document info)")
	case m.subject && goodInfoTitle(t) && infoTitleHolds(t, m.title):
		// "Letter to the Minister for Children and Families: school
		// nursing for children with long-term conditions" in the
		// document info, the letter's subject line the part after the
		// colon: the info's title is the page's, saying what it is.
		title = trimTitle(t)
		im.Guessed = append(im.Guessed, "title (the PDF's document info, holding "+m.titleFrom+")")
	case m.title != "" && !m.weakTitle:
		title = trimTitle(m.title)
		im.Guessed = append(im.Guessed, "title ("+m.titleFrom+")")
	case pageTitleOverInfo(m.title, t) != "":
		title = trimTitle(pageTitleOverInfo(m.title, t))
		im.Guessed = append(im.Guessed, "title ("+m.titleFrom+")")
	case goodInfoTitle(t):
		title = trimTitle(t)
		im.Guessed = append(im.Guessed, "title (the PDF's document info)")
	case m.title != "":
		title = trimTitle(m.title)
		im.Guessed = append(im.Guessed, "title ("+m.titleFrom+")")
	case strings.TrimSpace(t) != "":
		title = trimTitle(t)
		im.Guessed = append(im.Guessed, "title (the PDF's document info)")
	}
	// The Author is read cleaned, as it will be kept: an invisible or
	// control character in it hid a person named with their body, and
	// the person's name became the publisher.
	a, cleaned := evidence.CleanAuthorLine(info["Author"])
	im.pdfAuthor = authorNames(a)
	if cleaned {
		im.pdfAuthorCleaned = info["Author"]
	}
	switch {
	case m.publisher != "":
		publisher = m.publisher
		im.Guessed = append(im.Guessed, "publisher ("+m.publisherFrom+")")
	case authorOrg(a) != "":
		// "Harrowfield Council Democratic Services": the council its
		// service writes for (councilOf), as a running footer's.
		publisher = councilOf(authorOrg(a))
		im.Guessed = append(im.Guessed, "publisher (the PDF's author)")
	case m.header != "":
		publisher = m.header
		im.Guessed = append(im.Guessed, "publisher (the running header)")
	case m.cover != "":
		publisher = m.cover
		im.Guessed = append(im.Guessed, "publisher (the title page)")
	}
	if commissionedBy(publisher, m.commissioners) {
		// A return form's commissioner, whom it goes to, named by its
		// author, running header or title page: no publisher, ask.
		publisher = ""
		im.Guessed = im.Guessed[:len(im.Guessed)-1]
	}
	if !m.date.IsZero() {
		date = m.date
		im.Guessed = append(im.Guessed, "date ("+m.dateFrom+")")
		return title, publisher, date
	}
	for _, key := range []string{"CreationDate", "ModDate"} {
		if t, err := time.Parse("Mon Jan 2 15:04:05 2006 MST", info[key]); err == nil {
			// A file made or saved on the day it is imported was
			// printed, exported or converted for the import: that day is
			// never the day the paper was published (a council paper
			// saved today, whose cover sheet's meeting the pages did not
			// date, was dated today). No date is better than that one.
			if evidence.DateOf(t) == evidence.DateOf(time.Now().In(t.Location())) {
				im.madeToday = true
				continue
			}
			date = evidence.DateOf(t)
			im.Guessed = append(im.Guessed, "date (the PDF's "+strings.ToLower(key[:len(key)-4])+" date)")
			break
		}
	}
	if date.IsZero() && !m.yearDate.IsZero() {
		date = m.yearDate
		im.Guessed = append(im.Guessed, "date ("+m.yearDateFrom+")")
	}
	return title, publisher, date
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// infoTitleHolds reports a document info title that ends with the
// page's title after a colon or a dash and says more before it.
func infoTitleHolds(info, page string) bool {
	info, page = strings.ToLower(strings.Join(strings.Fields(info), " ")), strings.ToLower(strings.Join(strings.Fields(page), " "))
	for _, sep := range []string{": ", " – ", " - ", " — "} {
		if strings.HasSuffix(info, sep+page) && len(info) > len(page)+len(sep)+3 {
			return true
		}
	}
	return false
}

// titleGoesOn reports a page's title ending with a question mark or a
// colon that the document info's title carries on: the title page set
// the title and its subtitle apart.
func titleGoesOn(page, info string) bool {
	page, info = strings.Join(strings.Fields(page), " "), strings.Join(strings.Fields(info), " ")
	if !strings.HasSuffix(page, "?") && !strings.HasSuffix(page, ":") {
		return false
	}
	return len(info) > len(page)+3 && strings.HasPrefix(strings.ToLower(info), strings.ToLower(page))
}

// authorNames is a PDF's Author as a source's author: "" for what names
// no one, a program or a user account ("Microsoft Office User", "admin",
// "j_smith@trust.nhs.uk"), or what does not open with a capital.
func authorNames(a string) string {
	a = strings.TrimSpace(a)
	if a == "" || strings.ContainsAny(a, "@_\\") || softwareAuthorRe.MatchString(a) || !strings.ContainsAny(a, " ,") {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(a); !unicode.IsUpper(r) {
		return ""
	}
	return a
}

// wordlessWarning says which lines of figures with no word were left out
// of the text, by page, the first three quoted: a chart's axis labels or
// stray numbers most often, but a table's figures set apart from their
// labels would go the same way (hostile check 60: "3,100 95" of Surrey's
// row was dropped with no word said).
func (l *layout) wordlessWarning() string {
	if len(l.wordless) == 0 {
		return ""
	}
	shown := l.wordless[:min(3, len(l.wordless))]
	more := ""
	if n := len(l.wordless) - len(shown); n > 0 {
		more = fmt.Sprintf(" and %d more", n)
	}
	lines := "lines of figures with no words were"
	if len(l.wordless) == 1 {
		lines = "line of figures with no words was"
	}
	return fmt.Sprintf("pdf: %d %s left out, as a chart's labels or stray numbers are (%s%s)", len(l.wordless), lines, strings.Join(shown, "; "), more)
}
