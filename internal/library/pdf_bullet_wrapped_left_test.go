package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestABoxedBulletsLineEndingInOfGoesOn checks a bulleted key finding in a
// shaded box whose lines wrap back to the box's edge, left of the text
// after the bullet, as LibreOffice sets a bordered list paragraph: the
// line "... a good level of development at the end of" goes on into
// "Reception, below England's 68%." though that line opens with a capital
// where the item's text does not start. The paragraph after the list
// (made in testdata/pdf/bulletwrapleft.fodt, converted with `soffice
// --headless --convert-to pdf`) is still its own.
func TestABoxedBulletsLineEndingInOfGoesOn(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "bulletwrapleft.pdf"), library.Meta{Type: "report", Publisher: "Wexcombe Borough Council", Date: "2026-09"})
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(im.Body, "\n\n")
	find := func(s string) string {
		for _, p := range paras {
			if strings.Contains(p, s) {
				return p
			}
		}
		return ""
	}
	if p := find("Two in three pupils"); !strings.Contains(p, "at the end of Reception, below England's 68%.") {
		t.Errorf("the finding cut in two: %q\n%s", p, im.Body)
	}
	if p := find("most deprived"); !strings.Contains(p, "neighbourhoods as in the rest.") {
		t.Errorf("a lower-case next line not joined: %q", p)
	}
	if p := find("These findings set the scene"); strings.Contains(p, "entitlement") || strings.HasPrefix(p, "-") {
		t.Errorf("the paragraph after the list joined to it: %q", p)
	}
}
