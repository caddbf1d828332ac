package refs_test

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cypx/cypx/internal/refs"
)

// TestUnclosedBibTeXNamesWhereItOpens: a brace or quote left open is
// reported at the line of the field that opens it (or of the entry left
// open), not at the file's last line.
func TestUnclosedBibTeXNamesWhereItOpens(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"inner.bib", "@article{smith2024,\n  title = {Waiting {times for children},\n  author = {Smith, Jo},\n  year = {2024},\n}\n", "inner.bib:2: BibTeX syntax error: the field title opens a brace"},
		{"open.bib", "@techreport{k,\n  title = {T},\n  note = {unclosed,\n  year = 2024\n}\n\n\n", "open.bib:3: BibTeX syntax error: the field note opens a brace"},
		{"quote.bib", "@techreport{k,\n  title = {T},\n  note = \"unclosed,\n  year = 2024\n}\n", "quote.bib:3: BibTeX syntax error: the field note opens a quote"},
		{"entry.bib", "% Encoding: UTF-8\n\n@techreport{k,\n  title = {T},\n  year = 2024\n", "entry.bib:3: BibTeX syntax error: the entry that starts here is never closed"},
	} {
		_, err := refs.Read(c.name, []byte(c.text))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: %v, want %s...", c.name, err, c.want)
		}
	}
	// Braces that balance are no problem, however many lines a value takes.
	ok := "@techreport{k,\n  title = {A {Braced} title},\n  note = {one\n  line = two},\n  institution = {NHS},\n  year = 2024\n}\n"
	if _, err := refs.Read("ok.bib", []byte(ok)); err != nil {
		t.Errorf("ok.bib: %v", err)
	}
	// Nor is a brace in a comment after the entry, which BibTeX ignores.
	if _, err := refs.Read("tail.bib", []byte(ok+"\n% a note {x\n")); err != nil {
		t.Errorf("tail.bib: %v", err)
	}
}

// TestBibTeXDayIsKept: year, month and day make a date to the day, as a
// RIS DA or CSL JSON date-parts do; a day that is no day of the month is
// an error at its line.
func TestBibTeXDayIsKept(t *testing.T) {
	rec := func(day string) []byte {
		return []byte("@techreport{k,\n  title = {Waiting times},\n  institution = {NHS Providers},\n  year = {2024},\n  month = mar,\n" + day + "}\n")
	}
	s, err := refs.Read("day.bib", rec("  day = {14},\n"))
	if err != nil || s.Date.String() != "2024-03-14" {
		t.Errorf("day = {14}: %v, %v, want 2024-03-14", s.Date, err)
	}
	if s, err := refs.Read("none.bib", rec("")); err != nil || s.Date.String() != "2024-03" {
		t.Errorf("no day: %v, %v, want 2024-03", s.Date, err)
	}
	for _, day := range []string{"{32}", "{31st}", "0"} {
		_, err := refs.Read("bad.bib", rec("  day = "+day+",\n"))
		if err == nil || !strings.HasPrefix(err.Error(), "bad.bib:6: day: bad day") {
			t.Errorf("day = %s: %v, want bad.bib:6: day: bad day ...", day, err)
		}
	}
}

// TestBibTeXDayPastTheMonthsEnd: 30 February is refused at the day's line.
func TestBibTeXDayPastTheMonthsEnd(t *testing.T) {
	_, err := refs.Read("feb.bib", []byte("@techreport{k,\n  title = {T},\n  year = 2024,\n  month = feb,\n  day = 30,\n}\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "feb.bib:5: day: bad day \"30\"") {
		t.Errorf("%v, want feb.bib:5: day: bad day \"30\"", err)
	}
}

// TestRecordSavedAsUTF16IsRead: a RIS, BibTeX or CSL JSON record saved as
// UTF-16 with a byte-order mark is read as the record it is, by the one
// UTF-16 reader the imports use.
func TestRecordSavedAsUTF16IsRead(t *testing.T) {
	for name, text := range map[string]string{
		"r.ris":  "TY  - RPRT\r\nTI  - Waiting times\r\nPB  - NHS Providers\r\nDA  - 2024/03/14/\r\nER  - \r\n",
		"r.bib":  "@techreport{k,\n  title = {Waiting times},\n  institution = {NHS Providers},\n  date = {2024-03-14},\n}\n",
		"r.json": `[{"type": "report", "title": "Waiting times", "publisher": "NHS Providers", "issued": {"date-parts": [[2024, 3, 14]]}}]`,
	} {
		var data []byte
		for _, u := range append([]uint16{0xfeff}, utf16.Encode([]rune(text))...) {
			data = binary.LittleEndian.AppendUint16(data, u)
		}
		s, err := refs.Read(name, data)
		if err != nil || s.Title != "Waiting times" || s.Date.String() != "2024-03-14" {
			t.Errorf("%s: %q %v, %v", name, s.Title, s.Date, err)
		}
	}
}
