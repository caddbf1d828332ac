package library

import "testing"

// A line giving only a paper's place in its pack, or its marking, is a
// pack label; a body's or a title's name with such a word in it is not.
func TestPackLabelLinesAreOnlyAPapersPlaceOrMarking(t *testing.T) {
	for line, want := range map[string]bool{
		"Appendix B":                     true,
		"Annex 2":                        true,
		"Enclosure C":                    true,
		"Paper 4":                        true,
		"Item No. 7":                     true,
		"Appendix B to Item 7":           true,
		"Appendix 3.1":                   true,
		"OFFICIAL":                       true,
		"OFFICIAL - SENSITIVE":           true,
		"DRAFT":                          true,
		"Draft v0.3":                     true,
		"Exempt":                         true,
		"Part 1 (Public)":                true,
		"Wexdale County Council":         false,
		"Appendix B: data sources":       false,
		"Paper Mill Community Trust":     false,
		"Draft Children's Plan 2025":     false,
		"Annex 2 Wexdale County Council": false,
		"Schedule of charges":            false,
	} {
		if got := packLabelLine(line); got != want {
			t.Errorf("packLabelLine(%q) = %v, want %v", line, got, want)
		}
	}
}
