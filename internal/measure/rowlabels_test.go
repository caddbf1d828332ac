package measure_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
	"github.com/cypx/cypx/internal/thesaurus"
)

// describeRow describes one table row: its label cells under their
// headers, then one count under header.
func describeRow(labels, heads []string, header, value string, in measure.Input) evidence.Figure {
	return describeRowWith(nil, labels, heads, header, value, in)
}

// describeRowWith is describeRow with a vocabulary.
func describeRowWith(v *measure.Vocabulary, labels, heads []string, header, value string, in measure.Input) evidence.Figure {
	text := "| " + strings.Join(append(append([]string{}, labels...), value), " | ") + " |"
	f := []evidence.Figure{{Text: value, Value: 1, Unit: evidence.UnitCount, Offset: strings.LastIndex(text, value)}}
	in.Text, in.Figures, in.Columns, in.Labels, in.LabelColumns = text, f, []string{header}, labels, heads
	if len(labels) > 0 {
		in.Label = labels[0]
	}
	measure.Describe(in, v)
	return f[0]
}

// TestRowLabelsBeyondTheFirst: every label cell of a table row says
// something of its figures. A cell under a header naming time ("Year",
// "Quarter", "Financial year", "Month"), or one that is only a period, is
// the figure's period, and cells under two such headers ("March" |
// "2024") make one; a cell under "Service" is part of what is measured,
// as "waiting for speech and language therapy" is in a sentence, so two
// services in one region are two measures, and neither is the region's
// total. Before, only the first label
// was read: "North | 2024 | 14,310" had no period, and "North | Speech
// and language therapy" and "North | Occupational therapy" were both
// "children waiting" of the North, keyed "count|north||wait".
func TestRowLabelsBeyondTheFirst(t *testing.T) {
	byYear := func(when []string, heads []string) evidence.Figure {
		return describeRow(append([]string{"North"}, when...), append([]string{"Region"}, heads...), "Children waiting", "14,310", measure.Input{})
	}
	first := byYear([]string{"2023"}, []string{"Year"})
	for _, c := range []struct {
		when, heads []string
		period      string
	}{
		{[]string{"2024"}, []string{"Year"}, "2024"},
		{[]string{"2023/24"}, []string{"Financial year"}, "2023/24"},
		{[]string{"Q1 2024"}, []string{"Quarter"}, "Q1 2024"},
		{[]string{"March 2024"}, []string{"Period"}, "March 2024"},
		{[]string{"March", "2024"}, []string{"Month", "Year"}, "March 2024"},
		{[]string{"2023/24", "Q1"}, []string{"Year", "Quarter"}, "Q1 2023/24"},
		{[]string{"2024"}, []string{""}, "2024"},
	} {
		f := byYear(c.when, c.heads)
		if f.Period != c.period || f.Measure != "children waiting" || f.Population != "North" {
			t.Errorf("North | %s under %v: period %q, measure %q, population %q; want %q, children waiting, North",
				strings.Join(c.when, " | "), c.heads, f.Period, f.Measure, f.Population, c.period)
		}
		if f.Key != first.Key {
			t.Errorf("%v: keyed %q, 2023 keyed %q: one measure at two times", c.when, f.Key, first.Key)
		}
	}
	// A school year group under "School year" is of whom, not when.
	if f := byYear([]string{"Year 6"}, []string{"School year"}); f.Period != "" || !strings.Contains(f.Population, "Year 6") {
		t.Errorf("Year 6: period %q, population %q", f.Period, f.Population)
	}
	// An age band under "Age group" is of whom.
	if f := describeRow([]string{"North", "5-10"}, []string{"Region", "Age group"}, "Children waiting", "300", measure.Input{}); f.Population != "North, aged 5-10" || !strings.Contains(f.Key, "|5-10|") {
		t.Errorf("an age band: population %q, key %q", f.Population, f.Key)
	}
	// A footnote marker alone says nothing.
	if f := describeRow([]string{"North", "[1]"}, []string{"Region", "Age group"}, "Children waiting", "300", measure.Input{}); f.Population != "North" {
		t.Errorf("a marker alone: population %q", f.Population)
	}
	// A value withheld in a column of figures is no label.
	if f := describeRow([]string{"North", "*"}, []string{"Region", "Children waiting 2023"}, "Children waiting 2024", "14,310", measure.Input{}); f.Measure != "children waiting" || f.Period != "2024" {
		t.Errorf("a withheld cell: measure %q, period %q", f.Measure, f.Period)
	}

	// The row's first label stands under a corner cell giving a period.
	if f := describeRow([]string{"Referrals"}, []string{"2024"}, "North", "1,200", measure.Input{}); f.Population != "Referrals" {
		t.Errorf("a label under a corner cell of 2024: population %q", f.Population)
	}

	service := func(name string) evidence.Figure {
		return describeRow([]string{"North", name}, []string{"Region", "Service"}, "Children waiting", "1,240", measure.Input{})
	}
	slt, ot := service("Speech and language therapy"), service("Occupational therapy")
	if slt.Measure != "children waiting: speech and language therapy" || slt.Population != "North" {
		t.Errorf("speech and language therapy: measure %q, population %q", slt.Measure, slt.Population)
	}
	if slt.Key == ot.Key || measure.Match(measure.ParseKey(slt.Key), measure.ParseKey(ot.Key), measure.SameStudy) {
		t.Errorf("two services are one measure: %q and %q", slt.Key, ot.Key)
	}
	// The same count said in a sentence is of the same measure; the other
	// service's is not.
	text := "In the North, 1,240 children were waiting for speech and language therapy."
	said := []evidence.Figure{{Text: "1,240", Value: 1240, Unit: evidence.UnitCount, Offset: strings.Index(text, "1,240")}}
	measure.Describe(measure.Input{Text: text, Figures: said}, nil)
	if k := measure.ParseKey(said[0].Key); !measure.Match(measure.ParseKey(slt.Key), k, measure.Unrelated) || measure.Match(measure.ParseKey(ot.Key), k, measure.Unrelated) {
		t.Errorf("the sentence (%q) matches speech and language therapy (%q) and not occupational therapy (%q)", said[0].Key, slt.Key, ot.Key)
	}
	// What the label adds is required of any match: the region's total
	// ("14,310 children were waiting in the North"), which shares every
	// other term, is another measure, and so is a service sharing a word.
	// With the thesaurus, the service is one term, and the total shares
	// two of three.
	th, probs := thesaurus.Parse("thesaurus.yaml", []byte("entries:\n  - terms: [speech and language therapy, SLT]\n    gloss: Therapy.\n    source: A book\n"))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	v := measure.NewVocabulary(th)
	total := "In the North, 14,310 children were waiting."
	all := []evidence.Figure{{Text: "14,310", Value: 14310, Unit: evidence.UnitCount, Offset: strings.Index(total, "14,310")}}
	measure.Describe(measure.Input{Text: total, Figures: all}, v)
	sltV := describeRowWith(v, []string{"North", "Speech and language therapy"}, []string{"Region", "Service"}, "Children waiting", "1,240", measure.Input{})
	if measure.Match(measure.ParseKey(sltV.Key), measure.ParseKey(all[0].Key), measure.Unrelated) {
		t.Errorf("the region's total (%q) matches speech and language therapy (%q)", all[0].Key, sltV.Key)
	}
	if a, b := service("Community paediatrics"), service("Community nursing"); measure.Match(measure.ParseKey(a.Key), measure.ParseKey(b.Key), measure.Unrelated) {
		t.Errorf("community paediatrics (%q) matches community nursing (%q)", a.Key, b.Key)
	}
	if k := measure.ParseKey(slt.Key); k.String() != slt.Key || len(k.Req) == 0 {
		t.Errorf("key %q read back as %q, required %v", slt.Key, k.String(), k.Req)
	}
	// Without a header, the second label is still of the measure.
	if a, b := describeRow([]string{"North", "Speech and language therapy"}, nil, "Children waiting", "1,240", measure.Input{}),
		describeRow([]string{"North", "Occupational therapy"}, nil, "Children waiting", "1,240", measure.Input{}); a.Key == b.Key {
		t.Errorf("two services under no headers keyed alike: %q", a.Key)
	}
}

// TestPlacesUnderPeriodsTakeTheTitle: a table whose headers are only
// periods and whose rows are places ("London" under "2024") measures
// what its caption, else its section's heading, says, without the
// title's number, periods, places and breakdown; a title that names only
// a part of the document says nothing, and the measure stays empty.
// Before, such a figure had no measure and no key.
func TestPlacesUnderPeriodsTakeTheTitle(t *testing.T) {
	london := func(caption, section string) evidence.Figure {
		return describeRow([]string{"London"}, []string{"Area"}, "2024", "4,500", measure.Input{Caption: caption, Section: section})
	}
	for _, c := range []struct{ caption, section, want string }{
		{"", "Children waiting in London", "children waiting"},
		{"Table 2: Children waiting by region, 2023 to 2024", "Results", "children waiting"},
		{"", "3.2 Children waiting across England in 2024", "children waiting"},
		{"Table 4: Referrals accepted (%)", "Children waiting in London", "referrals accepted"},
		{"Table 3", "Key findings", ""},
		{"", "Results", ""},
		{"", "", ""},
	} {
		f := london(c.caption, c.section)
		if f.Measure != c.want || f.Place != "London" || f.Period != "2024" {
			t.Errorf("caption %q, heading %q: measure %q, place %q, period %q; want %q, London, 2024", c.caption, c.section, f.Measure, f.Place, f.Period, c.want)
		}
		if (c.want == "") != (f.Key == "") {
			t.Errorf("caption %q, heading %q: key %q", c.caption, c.section, f.Key)
		}
	}
	// A row that names its measure beside its place keeps it.
	if f := describeRow([]string{"Children waiting in London"}, []string{""}, "2024", "4,500", measure.Input{Section: "Referrals"}); f.Measure != "children waiting" || f.Place != "London" {
		t.Errorf("a row naming its measure: measure %q, place %q", f.Measure, f.Place)
	}
}

// TestAgeGroupCellIsReadAsWritten: "5 year olds" under "Age group" is the
// group as written; "aged" is put only before a bare band ("5-10").
func TestAgeGroupCellIsReadAsWritten(t *testing.T) {
	for cell, want := range map[string]string{"5 year olds": "5 year olds", "5-10": "aged 5-10"} {
		f := describeRow([]string{cell}, []string{"Age group"}, "Children with tooth decay (%) 2024", "23.7", measure.Input{})
		if f.Population != want {
			t.Errorf("%q under Age group: population %q, want %q", cell, f.Population, want)
		}
	}
}

// TestTotalRowIsOfItsColumn: a table's Total row is of the rows above it
// together, so a total under "Trust" and one under "Region" are two
// groups, and two totals by region one. Before, "Total" keyed no group at
// all: a trust table's total of 10,000 referrals and a regional table's
// 150,000 were one measure, and `cypx figures` said they disagreed
// (red-team round 15).
func TestTotalRowIsOfItsColumn(t *testing.T) {
	key := func(label, head string) measure.Key {
		return measure.KeyOf(describeRow([]string{label}, []string{head}, "Referrals 2023", "10,000", measure.Input{}), nil)
	}
	trusts, regions, regions2 := key("Total", "Trust"), key("Total[^3]", "Region"), key("All", "Region")
	if measure.Match(trusts, regions, measure.Unrelated) {
		t.Errorf("a total by trust (%s) and one by region (%s) are one measure", trusts, regions)
	}
	if !measure.Match(regions, regions2, measure.Unrelated) {
		t.Errorf("two totals by region (%s, %s) are two measures", regions, regions2)
	}
	if f := describeRow([]string{"Total"}, []string{"Trust"}, "Referrals 2023", "10,000", measure.Input{}); f.Population != "Total (Trust)" {
		t.Errorf("population %q, want Total (Trust)", f.Population)
	}
}
