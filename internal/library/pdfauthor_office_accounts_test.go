package library_test

import (
	"strings"
	"testing"
)

// TestOfficeAccountAuthorIsNoPublisher: a school newsletter whose pages
// name no school (its footer gives only "Beech Road, Lindford ... ·
// www.rowanpark.sch.uk") was saved under the account "Office RPB": an
// office account and the school's initials name no body, and the import
// asks for --publisher. Before (hostile check 64), "Office RPB" published
// it. The near miss: a body's name in the Author field still publishes.
func TestOfficeAccountAuthorIsNoPublisher(t *testing.T) {
	im, err := importLetterS82(t, "officeauthornewsletter.pdf")
	if err == nil {
		t.Errorf("office account: imported with publisher %q, want it asked for", im.Source.Publisher)
	} else if !strings.Contains(err.Error(), "--publisher") {
		t.Errorf("office account: error %q does not ask for --publisher", err)
	}
	im, err = importLetterS82(t, "trustauthornewsletter.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Lindford Schools Partnership Trust" {
		t.Errorf("body as author: publisher %q, want Lindford Schools Partnership Trust", im.Source.Publisher)
	}
}
