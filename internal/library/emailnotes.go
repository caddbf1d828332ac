package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// HCL (Lotus) Notes forwards a message under "----- Forwarded by NAME on
// DATE -----" with a header block of its own, laid out in two columns
// with no "From:" or "Subject:" labels: the sender's name and address and
// the date in the left column, and the labels "To", "cc", "bcc" and
// "Subject" right-aligned on lines of their own, above their values in
// the right column. The block ends at the first blank line after the
// subject.

// notesForwardMarkerRe is Notes' own forward marker.
var notesForwardMarkerRe = lazyre.New(`(?i)^\s*-{2,}\s*forwarded by .{1,200}\s-{2,}\s*$`)

// notesLabelRe is a label of Notes' header block, alone on its line.
var notesLabelRe = lazyre.New(`(?i)^(to|cc|bcc|subject)$`)

// notesDateRe is the date and time in the block's left column
// ("11/03/2025 16:52", "11/03/2025 04:52 PM").
var notesDateRe = lazyre.New(`^\d{1,2}/\d{1,2}/\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$`)

// columnGapRe parts a line of the block into its columns.
var columnGapRe = lazyre.New(`\s{3,}`)

// notesHeaderBlock reads the header block a Notes forward opens with
// (blank lines before it skipped) and returns it with the lines after;
// nil when the lines do not open with one: it must name a sender and a
// subject under its own "Subject" label.
func notesHeaderBlock(lines []string) (*innerHeaders, []string) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	var from, to, subject []string
	h := &innerHeaders{}
	label := ""
	leftCol := -1
	for ; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t")
		if strings.TrimSpace(l) == "" {
			break
		}
		if m := notesLabelRe.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			label = strings.ToLower(m[1])
			continue
		}
		for _, seg := range columnSegments(l) {
			if leftCol < 0 {
				leftCol = seg.col
			}
			switch {
			case h.date == "" && notesDateRe.MatchString(seg.text):
				h.date = seg.text
			case seg.col <= leftCol+2 && label == "":
				from = append(from, seg.text)
			case label == "to":
				to = append(to, seg.text)
			case label == "subject":
				subject = append(subject, seg.text)
			case label == "":
				return nil, lines // text in the right column under no label
			}
		}
	}
	if len(from) == 0 || len(subject) == 0 {
		return nil, lines
	}
	h.from = strings.Join(from, " ")
	h.to = strings.Join(to, " ")
	h.subject = strings.Join(subject, " ")
	return h, lines[i:]
}

// columnSegment is a run of a line's text and the column it starts at.
type columnSegment struct {
	text string
	col  int
}

// columnSegments parts a line at gaps of three spaces or more.
func columnSegments(l string) []columnSegment {
	var segs []columnSegment
	start := 0
	for _, gap := range append(columnGapRe.FindAllStringIndex(l, -1), []int{len(l), len(l)}) {
		if t := strings.TrimSpace(l[start:gap[0]]); t != "" {
			segs = append(segs, columnSegment{t, start + strings.Index(l[start:gap[0]], t)})
		}
		start = gap[1]
	}
	return segs
}

// notesNameRe is a Notes hierarchical name as its headers write a person
// or a team: "Helen Marsh-Tate/DESIGNATED/FWICB@NHS", "Sandra
// Oyelaran/CSC/ELMSFORD@ELMSFORD", the common name, then the units and
// the organisation each after a slash, then the Notes domain. Group 1 is
// the common name.
var notesNameRe = lazyre.New(`^\s*([^/@<>"]+?)(?:/[\p{L}\p{N} ._&'-]+)+(?:@[\p{L}\p{N}._-]+)?\s*$`)

// notesCommonName is the common name of a Notes hierarchical name, and
// the name unchanged when it is none: a person's name is the person, not
// the units and domain after it. Before, "Helen Marsh-Tate/DESIGNATED/
// FWICB@NHS" was no person's name, so a designated doctor's long message
// forwarded over her admin team's covering note lost her message to the
// note (set 69).
func notesCommonName(name string) string {
	if m := notesNameRe.FindStringSubmatch(name); m != nil {
		return strings.TrimSpace(m[1])
	}
	return name
}
