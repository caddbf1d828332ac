package refs_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// TestEmptyRecordFileSaysItIsEmpty: `cypx add report.txt --meta FILE`
// where the file holds nothing (0 bytes, as an export that failed leaves
// it, or made with touch), blank lines, or a byte-order mark alone is
// refused naming the file and saying it is empty, whatever its name.
// Before: "meta.yaml: no RIS record (a TY line)", "empty.bib: no BibTeX
// entry", which sent the user looking for a record's fault.
func TestEmptyRecordFileSaysItIsEmpty(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"meta.yaml", ""},
		{"record.ris", "  \n\n\t\n"},
		{"refs.bib", ""},
		{"item.json", "\r\n"},
		{"record.ris", "\xef\xbb\xbf\n"},
	} {
		_, err := refs.Read(c.name, []byte(c.text))
		if err == nil || !strings.HasPrefix(err.Error(), c.name+": the file is empty") {
			t.Errorf("%s holding %q: %v, want %q…", c.name, c.text, err, c.name+": the file is empty")
		}
	}
}

// TestUnknownRecordFileNamesTheFormats: a --meta file that is no record
// of any of the three formats, under a name none of them has
// (`meta.yaml`, a note), is told which formats --meta reads. Before:
// "meta.yaml: no RIS record (a TY line)" of a file never meant as RIS.
func TestUnknownRecordFileNamesTheFormats(t *testing.T) {
	_, err := refs.Read("meta.yaml", []byte("title: Waiting times\npublisher: NHS\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "meta.yaml: ") || !strings.Contains(err.Error(), "RIS (.ris), BibTeX (.bib) or CSL JSON (.json)") {
		t.Errorf("got %v", err)
	}
	// A .ris file with no TY line is still told so.
	_, err = refs.Read("r.ris", []byte("TI  - T\n"))
	if err == nil || err.Error() != "r.ris: no RIS record (a TY line)" {
		t.Errorf("r.ris: %v", err)
	}
}
