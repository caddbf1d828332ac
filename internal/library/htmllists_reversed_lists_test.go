package library_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestReversedListsCountDown: a page's <ol reversed> numbers its items
// down, as a browser shows them, from the number of its items or from its
// start; a start or value written with space before it or something after
// its digits is read as a browser reads it. Before, a reversed list was
// numbered up (1, 2, 3 for a list shown 3, 2, 1), and a recommendation
// kept a number the reader of the page would not find.
func TestReversedListsCountDown(t *testing.T) {
	recs := []string{
		"NHS England should publish waiting times for autism assessments every month.",
		"Integrated care boards should fund school nursing for every secondary school.",
		"The Department for Education should require schools to record mental health referrals.",
	}
	items := func(attrs ...string) string {
		var b strings.Builder
		for i, r := range recs {
			a := ""
			if i < len(attrs) {
				a = attrs[i]
			}
			fmt.Fprintf(&b, "<li%s>%s</li>\n", a, r)
		}
		return b.String()
	}
	for _, c := range []struct {
		name, list string
		want       []string
	}{
		{"reversed", "<ol reversed>\n" + items() + "</ol>", []string{"3", "2", "1"}},
		{"reversed from a start", `<ol start="10" reversed>` + "\n" + items() + "</ol>", []string{"10", "9", "8"}},
		{"reversed with a value", "<ol reversed>\n" + items("", ` value="7"`) + "</ol>", []string{"3", "7", "6"}},
		{"a start with space before it", `<ol start=" 4">` + "\n" + items() + "</ol>", []string{"4", "5", "6"}},
		{"a value with a stop after it", "<ol>\n" + items("", ` value="7."`) + "</ol>", []string{"1", "7", "8"}},
		{"counting up", "<ol>\n" + items() + "</ol>", []string{"1", "2", "3"}},
	} {
		im := importPage(t, "<html><head><title>Recommendations</title></head><body><h1>Recommendations</h1>\n"+c.list+"\n</body></html>")
		var got []string
		for _, it := range im.Items {
			if it.Kind == evidence.Recommendation {
				got = append(got, it.Number)
			}
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: recommendations numbered %q, want %q\n%s", c.name, got, c.want, im.Body)
		}
	}
}

// TestLetteredAndRomanListsKeepTheirNumbers: a page's <ol type="a">,
// "A", "i" and "I" show letters and roman numerals, and its
// recommendations keep them (start, value, reversed and an item's own
// type honoured), where the Markdown written for the page numbers in
// digits alone (round 20, red team). Before, each was numbered 1, 2, 3.
func TestLetteredAndRomanListsKeepTheirNumbers(t *testing.T) {
	recs := []string{
		"NHS England should publish waiting times for autism assessments every month.",
		"Integrated care boards should fund school nursing for every secondary school.",
		"The Department for Education should require schools to record mental health referrals.",
	}
	items := func(attrs ...string) string {
		var b strings.Builder
		for i, r := range recs {
			a := ""
			if i < len(attrs) {
				a = attrs[i]
			}
			fmt.Fprintf(&b, "<li%s>%s</li>\n", a, r)
		}
		return b.String()
	}
	for _, c := range []struct {
		name, list string
		want       []string
	}{
		{"letters", `<ol type="a">` + "\n" + items() + "</ol>", []string{"a", "b", "c"}},
		{"capitals", `<ol type="A">` + "\n" + items() + "</ol>", []string{"A", "B", "C"}},
		{"roman", `<ol type="i">` + "\n" + items() + "</ol>", []string{"i", "ii", "iii"}},
		{"capital roman from a start", `<ol type="I" start="4">` + "\n" + items() + "</ol>", []string{"IV", "V", "VI"}},
		{"letters reversed", `<ol type="a" reversed>` + "\n" + items() + "</ol>", []string{"c", "b", "a"}},
		{"letters past z", `<ol type="a" start="26">` + "\n" + items() + "</ol>", []string{"z", "aa", "ab"}},
		{"an item's own type and value", `<ol type="a">` + "\n" + items("", ` type="1" value="7"`, ` type="i"`) + "</ol>", []string{"a", "7", "viii"}},
		{"digits", `<ol type="1">` + "\n" + items() + "</ol>", []string{"1", "2", "3"}},
	} {
		im := importPage(t, "<html><head><title>Recommendations</title></head><body><h1>Recommendations</h1>\n"+c.list+"\n</body></html>")
		var got []string
		for _, it := range im.Items {
			if it.Kind == evidence.Recommendation {
				got = append(got, it.Number)
				if strings.Contains(it.Text, "number") || strings.Contains(it.Text, "<!--") {
					t.Errorf("%s: a recommendation's text holds the number line: %q", c.name, it.Text)
				}
			}
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: recommendations numbered %q, want %q\n%s", c.name, got, c.want, im.Body)
		}
	}
}
