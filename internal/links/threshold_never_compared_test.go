package links_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// TestThresholdIsNeverCompared: the time limit a share is counted
// against ("within four weeks" in "72% were seen within four weeks") is
// no finding: it is never compared with another figure, as a value, a
// time or the same figure a link names, nor flagged as disagreeing, even
// where its key matches another's (review, round 22). Before, "half were
// seen within four weeks" and "half were seen within six weeks" in two
// reports disagreed, 4 weeks against 6, and a statistic citing a body
// linked to the body's other share as the primary source of the "same
// figure (4 weeks)".
func TestThresholdIsNeverCompared(t *testing.T) {
	th := func(text string, v float64) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitWeeks, Role: evidence.RoleThreshold,
			Record: evidence.Record{Measure: "seen within", Period: "2024", Key: "weeks|||seen"}}
	}
	wait := evidence.Figure{Text: "6 weeks", Value: 6, Unit: evidence.UnitWeeks, Record: evidence.Record{Measure: "seen", Period: "2024", Key: "weeks|||seen"}}
	for _, c := range [][2]evidence.Figure{{th("four weeks", 4), th("six weeks", 6)}, {th("four weeks", 4), wait}, {wait, th("4 weeks", 4)}} {
		for _, rel := range []measure.Related{measure.Unrelated, measure.SameStudy} {
			if v := links.Compare(c[0], c[1], rel); v != links.NotComparable {
				t.Errorf("%q (%s) and %q (%s): verdict %v, want not comparable", c[0].Text, c[0].Role, c[1].Text, c[1].Role, v)
			}
		}
	}
	head := "---\ntitle: %s\npublisher: %s\ndate: 2024-06\ntype: report\n---\n## Waiting times in Leeds\n\n"
	doc := func(title, publisher, body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(strings.Replace(strings.Replace(head, "%s", title, 1), "%s", publisher, 1) + body + "\n")}
	}
	fsys := fstest.MapFS{
		"sources/a.md":  doc("Waits A", "Leeds Trust", "In 2024, half of children in Leeds were seen within four weeks."),
		"sources/b.md":  doc("Waits B", "Leeds Council", "In 2024, half of children in Leeds were seen within six weeks."),
		"sources/hf.md": doc("Waits HF", "Health Foundation", "In 2024, 72% of children in York were seen within four weeks of referral."),
		"sources/c.md":  doc("Waits C", "Leeds Voice", "According to the Health Foundation, 45% of children in York were seen within four weeks of referral in 2024."),
		"sources/d.md":  doc("Waits D", "Leeds Voice", "According to the Health Foundation, 45% of children in Leeds were seen within four weeks of referral in 2024."),
	}
	for _, l := range linksOf(t, fsys, "a", "half") {
		if l.Type == links.Disagrees || l.Compared != nil && (l.Compared.Figure.Role == evidence.RoleThreshold || l.Compared.Other.Role == evidence.RoleThreshold) {
			t.Errorf("a threshold compared: %s %s", l.Type, l.Reason)
		}
	}
	for _, l := range append(linksOf(t, fsys, "c", "45%"), linksOf(t, fsys, "d", "45%")...) {
		if l.Compared != nil && (l.Compared.Figure.Role == evidence.RoleThreshold || l.Compared.Other.Role == evidence.RoleThreshold) || strings.Contains(l.Reason, "week") {
			t.Errorf("a threshold compared: %s %s", l.Type, l.Reason)
		}
	}
}

// TestSurveySizeIsNoSharedFigure: two surveys of 60 young people, one in
// Leeds finding 58% felt listened to by their mental health service, one
// in York 31% by their school nurse, are not the same finding; a story
// about the Leeds survey repeating its 58% still is (review, round 22).
// Before, the base was the shared figure: "same finding: same figure (60)
// and claim in York Council's report".
func TestSurveySizeIsNoSharedFigure(t *testing.T) {
	doc := func(title, publisher, kind, about, body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(fmt.Sprintf("---\ntitle: %s\npublisher: %s\ndate: 2024-06\ntype: %s\n%s---\n## Our survey\n\n%s\n", title, publisher, kind, about, body))}
	}
	fsys := fstest.MapFS{
		"sources/a.md": doc("Survey A", "Leeds Trust", "report", "", "Of the 60 young people we surveyed in Leeds in 2024, 58% said they felt listened to by their mental health service."),
		"sources/b.md": doc("Survey B", "York Council", "report", "", "Of the 60 young people we surveyed in York in 2024, 31% said they felt listened to by their school nurse."),
		"sources/n.md": doc("Young people feel heard", "Leeds Weekly", "news", "about: a\n", "Of the 60 young people the trust surveyed in Leeds in 2024, 58% said they felt listened to by their mental health service."),
	}
	story := false
	for _, l := range linksOf(t, fsys, "a", "58%") {
		if l.Item.Source.ID == "b" && (l.Type == links.SameFinding || l.Type == links.PrimarySource || strings.Contains(l.Reason, "(60)")) {
			t.Errorf("another survey of as many people: %s %s", l.Type, l.Reason)
		}
		story = story || l.Item.Source.ID == "n" && l.Compared != nil && l.Compared.Other.Text == "58%"
	}
	if !story {
		t.Error("the story repeating the survey's 58% is not linked by it")
	}
}
