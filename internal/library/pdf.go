package library

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// PDFs are read with poppler's pdftotext and pdfinfo, found at run time:
// poppler is the reference PDF text extractor (reading order, ligatures,
// page breaks as form feeds) and is packaged everywhere (Debian:
// poppler-utils). Pure-Go readers were not evaluated.
var (
	pdftotext = "pdftotext"
	pdfinfo   = "pdfinfo"
)

// ErrNoPoppler says the PDF tools are not installed.
var ErrNoPoppler = errors.New("reading PDFs needs poppler's pdftotext and pdfinfo: install poppler-utils (Debian, Ubuntu), poppler (Homebrew) or the equivalent")

var (
	pageNumberRe = regexp.MustCompile(`^(?i:page\s+)?\d{1,4}(?:\s+(?i:of)\s+\d{1,4})?$`)
	infoRe       = regexp.MustCompile(`(?m)^([A-Za-z ]+):\s*(.*)$`)
)

// importPDF reads a PDF's text page by page, keeping a page marker before
// each page so citations can give the page; running headers, footers and
// page numbers are dropped and words hyphenated across lines rejoined.
func importPDF(path string, data []byte) (Imported, error) {
	im := Imported{Format: "pdf"}
	if _, err := exec.LookPath(pdftotext); err != nil {
		return im, ErrNoPoppler
	}
	// A damaged PDF can keep poppler busy for minutes: give it time in
	// proportion to the file, then give up with a clear message.
	limit := 10*time.Second + time.Duration(len(data)>>20)*time.Second
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	info := map[string]string{}
	if out, err := exec.CommandContext(ctx, pdfinfo, path).CombinedOutput(); err == nil {
		for _, m := range infoRe.FindAllStringSubmatch(string(out), -1) {
			info[strings.TrimSpace(m[1])] = strings.TrimSpace(m[2])
		}
	} else if bytes.Contains(out, []byte("Incorrect password")) {
		return im, errors.New("encrypted PDF: cypx cannot read it; save an unencrypted copy")
	}
	if info["Encrypted"] != "" && strings.HasPrefix(info["Encrypted"], "yes") && strings.Contains(info["Encrypted"], "copy:no") {
		return im, errors.New("encrypted PDF that forbids copying text: save an unencrypted copy")
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, pdftotext, "-enc", "UTF-8", path, "-")
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ctx.Err() != nil {
		return im, fmt.Errorf("pdftotext gave up after %s: the PDF may be damaged", limit)
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if strings.Contains(msg, "Incorrect password") {
			return im, errors.New("encrypted PDF: cypx cannot read it; save an unencrypted copy")
		}
		return im, fmt.Errorf("pdftotext could not read it: %s", firstLine(msg))
	}
	pages := strings.Split(strings.TrimRight(string(out), "\f\n"), "\f")
	im.Pages = len(pages)
	if !strings.ContainsFunc(string(out), func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) {
		return im, errors.New("no text layer: run OCR first (for example ocrmypdf) and import the result")
	}
	running := runningLines(pages)
	var b strings.Builder
	for i, page := range pages {
		paras := pageParagraphs(page, running)
		if len(paras) == 0 {
			continue
		}
		fmt.Fprintf(&b, "<!-- page %d -->\n\n%s\n\n", i+1, strings.Join(paras, "\n\n"))
	}
	im.Body = b.String()
	if t := info["Title"]; t != "" {
		im.Source.Title = trimTitle(t)
		im.Guessed = append(im.Guessed, "title (the PDF's document info)")
	}
	if a := info["Author"]; a != "" {
		im.Source.Publisher = a
		im.Guessed = append(im.Guessed, "publisher (the PDF's author)")
	}
	for _, key := range []string{"CreationDate", "ModDate"} {
		if t, err := time.Parse("Mon Jan 2 15:04:05 2006 MST", info[key]); err == nil {
			im.Source.Date = evidence.DateOf(t)
			im.Guessed = append(im.Guessed, "date (the PDF's "+strings.ToLower(key[:len(key)-4])+" date)")
			break
		}
	}
	return im, nil
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// runningLines are the lines at the top or bottom of many pages: running
// headers and footers.
func runningLines(pages []string) map[string]bool {
	count := map[string]int{}
	for _, p := range pages {
		lines := nonEmptyLines(p)
		seen := map[string]bool{}
		for i, l := range lines {
			if i < 2 || i >= len(lines)-2 {
				key := normaliseRunning(l)
				if !seen[key] {
					seen[key] = true
					count[key]++
				}
			}
		}
	}
	out := map[string]bool{}
	if len(pages) < 2 {
		return out
	}
	for l, n := range count {
		if n >= 2 && n*2 >= len(pages) {
			out[l] = true
		}
	}
	return out
}

// normaliseRunning makes "Annual report 2024 3" and "... 4" one line.
func normaliseRunning(l string) string {
	return strings.TrimRight(strings.TrimSpace(l), "0123456789 ")
}

func nonEmptyLines(p string) []string {
	var out []string
	for _, l := range strings.Split(p, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}

// pageParagraphs joins a page's lines into paragraphs (blank lines between
// them), dropping running lines and page numbers and rejoining words split
// by a hyphen at a line's end.
func pageParagraphs(page string, running map[string]bool) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	for _, raw := range strings.Split(page, "\n") {
		l := strings.TrimSpace(raw)
		switch {
		case l == "":
			flush()
			continue
		case pageNumberRe.MatchString(l), running[normaliseRunning(l)]:
			continue
		}
		s := cur.String()
		switch {
		case s == "":
			cur.WriteString(l)
		case strings.HasSuffix(s, "-") && len(s) > 1 && isLower(l):
			// "inter-" + "vention": a word broken across lines.
			trimmed := strings.TrimSuffix(s, "-")
			cur.Reset()
			cur.WriteString(trimmed + l)
		default:
			cur.WriteString(" " + l)
		}
	}
	flush()
	return paras
}

func isLower(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z'
}
