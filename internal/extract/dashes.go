package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// Hyphens and dashes other than "-" and "–" that Word, PDFs and web pages
// put in year and number ranges: U+2010 hyphen, U+2011 non-breaking
// hyphen (Word's Ctrl+Shift+-, many PDFs' hyphen glyph), U+2012 figure
// dash, and U+2212 minus between two digits ("2024−25"). Each is three
// bytes, as the en dash is, so the extractor reads them as an en dash
// with every offset unchanged, and hands out the source's own bytes.
// Before (hostile check 69), "In 2024‑25, 61% …" was dated 2024 and
// "in 2024‑25" gave a count of 25 no one wrote.
const enDash = "\u2013"

// hasOddDash reports any of them in s.
func hasOddDash(s string) bool {
	return strings.Contains(s, "\u2010") || strings.Contains(s, "\u2011") || strings.Contains(s, "\u2012") || strings.Contains(s, "\u2212")
}

// evenDashes is s with those hyphens and dashes written as en dashes, a
// minus sign only between two digits (elsewhere it is a sign).
func evenDashes(s string) string {
	if !hasOddDash(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i+3 <= len(b); i++ {
		if b[i] != 0xE2 {
			continue
		}
		switch {
		case b[i+1] == 0x80 && (b[i+2] == 0x90 || b[i+2] == 0x91 || b[i+2] == 0x92):
		case b[i+1] == 0x88 && b[i+2] == 0x92 && i > 0 && isDigit(b[i-1]) && i+3 < len(b) && isDigit(b[i+3]):
		default:
			continue
		}
		copy(b[i:], enDash)
		i += 2
	}
	return string(b)
}

// evenDocDashes is doc with its body and blocks read through evenDashes,
// and the function that gives an item made from it back the source's own
// bytes: its text and its figures' texts at their offsets, its table
// header and section as written. restore is nil when the body holds none.
func evenDocDashes(doc corpus.Document) (corpus.Document, func(*evidence.Item)) {
	if !hasOddDash(doc.Body) {
		return doc, nil
	}
	orig := doc.Body
	written := map[string]string{} // evened text → as written
	even := func(s string) string {
		e := evenDashes(s)
		if e != s {
			written[e] = s
		}
		return e
	}
	doc.Body = evenDashes(doc.Body)
	doc.Source.Section = even(doc.Source.Section)
	blocks := make([]corpus.Block, len(doc.Blocks))
	for i, b := range doc.Blocks {
		b.Text = even(b.Text)
		b.HeaderLine = even(b.HeaderLine)
		if b.Cells != nil {
			cells := make([]corpus.Cell, len(b.Cells))
			for k, c := range b.Cells {
				c.Text = evenDashes(c.Text)
				cells[k] = c
			}
			b.Cells = cells
		}
		if b.Header != nil {
			header := make([]string, len(b.Header))
			for k, h := range b.Header {
				header[k] = evenDashes(h)
			}
			b.Header = header
		}
		blocks[i] = b
	}
	doc.Blocks = blocks
	return doc, func(it *evidence.Item) {
		if it.Offset >= 0 && it.Offset+len(it.Text) <= len(orig) {
			it.Text = orig[it.Offset : it.Offset+len(it.Text)]
		}
		for k := range it.Figures {
			f := &it.Figures[k]
			if f.Offset >= 0 && f.Offset+len(f.Text) <= len(it.Text) {
				f.Text = it.Text[f.Offset : f.Offset+len(f.Text)]
			}
		}
		if w, ok := written[it.Header]; ok {
			it.Header = w
		}
		if w, ok := written[it.Section]; ok {
			it.Section = w
		}
	}
}
