package refs

import "testing"

// TestLineOfARecordsValue: the line a record writes a value on, in RIS,
// BibTeX and CSL JSON (slashes escaped or not); 0 where it is not written
// as read.
func TestLineOfARecordsValue(t *testing.T) {
	for _, c := range []struct {
		data, value string
		want        int
	}{
		{"TY  - RPRT\nTI  - T\nUR  - javascript:alert(1)\nER  - \n", "javascript:alert(1)", 3},
		{"@techreport{k,\n  title = {T},\n  year = {2024},\n  url = {file:///etc/passwd},\n}\n", "file:///etc/passwd", 4},
		{"{\n  \"title\": \"T\",\n  \"URL\": \"data:text\\/html,x\"\n}\n", "data:text/html,x", 3},
		{"{\"title\": \"T\", \"URL\": \"\\u006aavascript:x\"}", "javascript:x", 0},
	} {
		if got := Line([]byte(c.data), c.value); got != c.want {
			t.Errorf("%q in %q: line %d, want %d", c.value, c.data, got, c.want)
		}
	}
}

// TestURLLineIsTheURLFieldsLine: a record whose title (or another field)
// writes the address before its url field names the url field's line, in
// BibTeX, RIS and CSL JSON; an address written once is found as before.
// Before (hostile check 88, M1), the title's line was named.
func TestURLLineIsTheURLFieldsLine(t *testing.T) {
	for _, c := range []struct {
		data, value string
		want        int
	}{
		{"@misc{k,\n  title = {See javascript:alert(1) here},\n  year = {2024},\n  publisher = {P},\n  url = {javascript:alert(1)},\n}\n", "javascript:alert(1)", 5},
		{"TY  - RPRT\nTI  - About javascript:alert(1)\nPY  - 2024\nUR  - javascript:alert(1)\nER  - \n", "javascript:alert(1)", 4},
		{"{\n  \"title\": \"On data:text/html,x\",\n  \"URL\": \"data:text/html,x\"\n}\n", "data:text/html,x", 3},
		{"@techreport{k,\n  title = {T},\n  url = {file:///etc/passwd},\n}\n", "file:///etc/passwd", 3},
		// Hostile check 89, M2: a note holding the text before the
		// howpublished whose \url{} it is taken from.
		{"@misc{k,\n  title = {T},\n  year = {2024},\n  publisher = {P},\n  note = {vbscript:msgbox},\n  howpublished = {\\url{vbscript:msgbox}},\n}\n", "vbscript:msgbox", 6},
	} {
		if got := URLLine([]byte(c.data), c.value); got != c.want {
			t.Errorf("%q in %q: line %d, want %d", c.value, c.data, got, c.want)
		}
	}
}
