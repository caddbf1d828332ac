package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// itemHolding extracts a body of three paragraphs with the sentence in
// the middle one and returns the item that holds it.
func itemHolding(t *testing.T, sentence string) (evidence.Item, bool) {
	t.Helper()
	body := "Referrals to the service rose by 12% in a year, to 1,450.\n\n" + sentence + "\n\nWaiting times for a first appointment have not improved since the service was last reviewed by the board.\n"
	for _, it := range extract.Extract(parseBody(t, "Fenwold Parent Carer Forum", body)) {
		if strings.Contains(it.Text, sentence) {
			return it, true
		}
	}
	return evidence.Item{}, false
}

// TestFurnitureOfReplyPointersAndOffersToWrite: a reply's pointer to the figures under it "as
// requested" and a sign-off offering to write something more are
// furniture; their near-misses are evidence. Every sentence is written
// for this test.
func TestFurnitureOfReplyPointersAndOffersToWrite(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind
	}{
		{"figures below as requested", "Figures for 2024/25 below, as requested.", ""},
		{"numbers underneath as asked", "The latest numbers are underneath, as you asked.", ""},
		{"answers below as promised", "Our answers for the quarter below, as promised.", ""},
		{"offer to draft", "Happy to turn any of this into a briefing note tomorrow.", ""},
		{"offer to write up", "Happy to write this up as a short paper for the committee if that helps.", ""},
		{"glad to draft", "Glad to draft a letter to the minister on Monday if useful.", ""},
		// Near-misses.
		{"figures below show", "The figures below show that 41% of children waited over a year.", evidence.Statistic},
		{"as requested a finding", "As requested by the board, the audit found 38% of plans were late.", evidence.Statistic},
		{"council happy to fund", "The council was happy to turn 40% of the underspend into school nursing posts.", evidence.Statistic},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := kindOf(t, "Fenwold Parent Carer Forum", c.in); got != c.want {
				t.Errorf("%q: kind %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestListedRequestCountsAndOpeningDaysAreNoFigures: a count of the requests or points a text goes on
// to list, and a service's opening days, are no figures: the sentence is
// no statistic. The near-misses count what was found. Every sentence is
// written for this test.
func TestListedRequestCountsAndOpeningDaysAreNoFigures(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind
	}{
		{"three requests", "In our reply to the council's review we made three requests:", evidence.Excerpt},
		{"four asks", "We have four asks of the new government:", evidence.Excerpt},
		{"seven days a week", "This year the crisis team began working seven days a week, and families noticed the difference straight away.", evidence.Excerpt},
		{"five days a week open", "Our family hub is now open five days a week, with a drop-in every Saturday morning for working parents.", evidence.Excerpt},
		{"day a week asked for", "I think the school should ask the trust for a therapist to be based here for one day a week.", evidence.Recommendation},
		// Near-misses.
		{"days a week attended", "Last term 40 children attended the nurture group for two days a week.", evidence.Statistic},
		{"requests counted", "The service received 1,240 requests for support last year.", evidence.Statistic},
		{"three requests received", "The tribunal received three requests for a review in March.", evidence.Statistic},
		{"demands ahead", "The forum is making three demands ahead of the spending review.", evidence.Excerpt},
		{"days a week of therapy", "Only 12% of pupils got therapy five days a week.", evidence.Statistic},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			it, ok := itemHolding(t, c.in)
			var got evidence.Kind
			if ok {
				got = it.Kind
			}
			if got != c.want {
				t.Errorf("%q: kind %q (figures %v), want %q", c.in, got, it.Figures, c.want)
			}
		})
	}
}

// TestCoverSheetRows: a cover sheet's row naming the meetings that
// saw a paper before is furniture; a sentence saying what a meeting found
// is not. Every sentence is written for this test.
func TestCoverSheetRows(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind
	}{
		{"previously considered", "Previously considered by Children's Partnership Board, 4 March 2025; Finance Committee, 11 March 2025", ""},
		{"presented to", "Previously presented to the Quality and Performance Committee, June 2024", ""},
		{"near-miss finding", "The Quality Committee previously considered the audit, which found 42% of plans were late.", evidence.Statistic},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := kindOfLine(t, "Fenwold ICB", c.in); got != c.want {
				t.Errorf("%q: kind %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestTableRowsInWeeks: a table's rows whose cells are waits in
// weeks ("14 weeks | 17 weeks") are statistics, as rows of counts and
// shares are. The table is written for this test.
func TestTableRowsInWeeks(t *testing.T) {
	body := "Waits are set out below.\n\n| Measure | March 2024 | March 2025 |\n|---|---|---|\n| Children waiting for a first appointment | 1,240 | 1,515 |\n| Median wait from referral to assessment | 11 weeks | 15 weeks |\n| Longest wait for a first appointment | 64 weeks | 79 weeks |\n| Referrals seen within four weeks | 61% | 55% |\n"
	want := map[string]bool{"Median wait from referral to assessment": false, "Longest wait for a first appointment": false, "Children waiting for a first appointment": false}
	for _, it := range extract.Extract(parseBody(t, "Fenwold ICB", body)) {
		for k := range want {
			if strings.Contains(it.Text, k) {
				if it.Kind != evidence.Statistic {
					t.Errorf("%q: kind %q, want statistic", k, it.Kind)
				}
				want[k] = true
			}
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("%q: no item", k)
		}
	}
}

// TestDecimalRatings: a rating on a scale with a decimal is a figure; a
// share "4 out of 5 parents" stays a share. Written for this test.
func TestDecimalRatings(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		unit evidence.Unit
	}{
		{"Families rated the new clinic 4.3 out of 5 on average in the autumn survey.", 4.3, evidence.UnitOther},
		{"Pupils gave the drop-in an average score of 8.1/10 when asked in March.", 8.1, evidence.UnitOther},
		{"Four out of five parents rated the clinic good or better in the survey.", 80, evidence.UnitPercent},
	}
	for _, c := range cases {
		it, ok := itemHolding(t, c.in)
		if !ok || it.Kind != evidence.Statistic || len(it.Figures) == 0 || it.Figures[0].Value != c.want || it.Figures[0].Unit != c.unit {
			t.Errorf("%q: %v %q %+v, want a statistic of %v %s", c.in, ok, it.Kind, it.Figures, c.want, c.unit)
		}
	}
}

// TestPaperRecommendsThat: "The paper (also) recommends that X
// do" asks X, as "The report recommends that" does; a paper recommending
// itself be noted asks nobody. Written for this test.
func TestPaperRecommendsThat(t *testing.T) {
	cases := []struct {
		in   string
		want evidence.Kind
	}{
		{"The paper also recommends that the two councils publish their short breaks waits every quarter.", evidence.Recommendation},
		{"This briefing recommends that integrated care boards fund a named transition worker in every trust.", evidence.Recommendation},
		{"The paper also recommends that the paper is noted.", evidence.Excerpt},
		{"What we want from the council is simple.", evidence.Excerpt},
		{"What I want is for the council to publish its waits.", evidence.Recommendation},
	}
	for _, c := range cases {
		it, ok := itemHolding(t, c.in)
		if !ok || it.Kind != c.want {
			t.Errorf("%q: %v %q, want %q", c.in, ok, it.Kind, c.want)
		}
	}
}

// TestBoardItemsNameTheirBodies: a board item that approves work
// "jointly with both local authorities", or agrees that "public health
// and the ICB jointly review", asks the bodies it names with the board's
// own. Written for this test.
func TestBoardItemsNameTheirBodies(t *testing.T) {
	body := "The Board is asked to:\n\n- (a) note the position on waiting times;\n- (b) approve the proposal to run one front door for family help jointly with both local authorities;\n- (c) agree that public health and the trusts jointly review the health visiting offer by June 2026.\n"
	want := map[string][]evidence.Actor{
		"approve the proposal":     {evidence.ICBs, evidence.LocalAuthorities},
		"agree that public health": {evidence.ICBs, evidence.Trusts},
	}
	for _, it := range extract.Extract(parseBody(t, "Fenwold ICB", body)) {
		for k, actors := range want {
			if !strings.Contains(it.Text, k) {
				continue
			}
			for _, a := range actors {
				if !slices.Contains(it.Actors, a) {
					t.Errorf("%q: actors %v, want %v among them", it.Text, it.Actors, a)
				}
			}
		}
	}
}

// TestInterimReportCites: a body's interim or final report that
// estimated a figure is cited as the body. Written for this test.
func TestInterimReportCites(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The Eating Disorders Taskforce's interim report estimated that the service costs around £40m a year.", "Eating Disorders Taskforce"},
		{"The Children's Commissioner's final report found that 41% of children waited over a year.", "Children's Commissioner"},
		{"The SEND taskforce's interim report estimated that 31% of pupils waited over a term.", "SEND taskforce"},
	} {
		it, ok := itemHolding(t, c.in)
		if !ok || !strings.Contains(it.Cites, c.want) {
			t.Errorf("%q: cites %q, want %q", c.in, it.Cites, c.want)
		}
	}
}
