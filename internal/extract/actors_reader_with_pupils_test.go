package extract_test

import (
	"strings"
	"testing"
)

// TestReaderWithPupilsRunsSchools: a letter greeting its reader by name
// whose reader has pupils or schools of their own ("across your schools",
// "your pupils") asks a school when it asks the reader to act ("It would
// help if you could:"); a letter that speaks of the reader's child's
// school, or of no pupils, asks a reader of no known kind (Other). Before:
// Other. Every sentence is written for this test.
func TestReaderWithPupilsRunsSchools(t *testing.T) {
	const asks = "It would help if you could:\n\n1. remind parents about the consent form in your weekly newsletter;\n2. lend the nursing team a quiet room on the clinic days.\n"
	head := "Dear Priya,\n\nThanks for your note about the flu sessions.\n\n"
	withPupils := head + "Uptake among your pupils was 58% this autumn, below the county.\n\n" + asks
	parent := head + "Uptake at your child's school was 58% this autumn, below the county.\n\n" + asks
	for _, c := range []struct {
		name, body, want string
	}{
		{"reader with pupils", withPupils, "Schools"},
		{"parent", parent, "Other"},
	} {
		got := recs(t, c.body)
		if len(got) != 2 {
			t.Fatalf("%s: recommendations %q, want the two asks", c.name, got)
		}
		for _, r := range got {
			if !strings.HasSuffix(r, "|"+c.want) {
				t.Errorf("%s: %q, want actors %q", c.name, r, c.want)
			}
		}
	}
}
