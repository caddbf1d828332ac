package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestHeadlineOfChangesAndReturns: the headline of a change stated from
// one value to another is the value reached, whatever the verb ("cut",
// "reduced", "went", "brought down", "increased") and however many words
// stand between the verb and "from" ("cut the share waiting over a year
// from 31% to 9%"), and with no "from" at all ("went 31% to 9%"); the
// value it started from is no headline. A return stated per pound ("every
// £1 invested returns £3.06", "£4 of value for each £1 spent") is the
// headline, and the pound it is per is its base. Before, the first value
// of a change with a verb the rules did not know, or a long object, was
// the headline, "went from 41% to 58%" a range, and "every £1" the
// headline of a return.
func TestHeadlineOfChangesAndReturns(t *testing.T) {
	for _, c := range []struct{ sentence, headline, base, from string }{
		{"The trust cut the share waiting over a year from 31% to 9% in 2024.", "9%", "", "31%"},
		{"The council reduced the average wait for an assessment from 22 weeks to 14 weeks.", "14 weeks", "", "22 weeks"},
		{"Average waits were reduced from 22 weeks to 14 weeks.", "14 weeks", "", "22 weeks"},
		{"The share seen within four weeks went from 41% to 58%.", "58%", "", "41%"},
		{"The share of children waiting over a year went 31% to 9% in twelve months.", "9%", "", "31%"},
		{"Uptake improved 41% to 58% after the pilot.", "58%", "", "41%"},
		{"The waiting list fell from 640 to 410 children.", "410 children", "", "640"},
		{"The service brought the backlog down from 1,300 to 420 cases by March.", "420 cases", "", "1,300"},
		{"The ICB increased its spending on school nurses from £2.1m to £3.4m.", "£3.4m", "", "£2.1m"},
		{"Referrals rose from 1,200 to 1,850 between 2022 and 2024.", "1,850", "", "1,200"},
		{"Every £1 invested in health visiting returns £3.06 in social value.", "£3.06", "£1", ""},
		{"For each £1 spent, £4 of value is generated for families.", "£4", "£1", ""},
		{"The programme returns £7 for every £1 invested.", "£7", "£1", ""},
		{"Researchers found a median return of £14 for every £1 invested.", "£14", "£1", ""},
		{"Supervised toothbrushing yields £3.06 per £1 spent after five years.", "£3.06", "£1", ""},
		// Not a return: two sums of their own, and all of a budget.
		{"The council spent £2m on school nursing and £1m on health visiting.", "£2m", "", ""},
		{"Every £1 of the £3m budget was spent on staff.", "£1", "", ""},
		// Not a change: a span after a word that takes one.
		{"The service increased support for families waiting from 12 to 18 months.", "from 12 to 18 months", "", ""},
	} {
		it := itemOf(t, c.sentence)
		if h, ok := it.Headline(); !ok || h.Text != c.headline {
			t.Errorf("%q: headline %q, want %q (figures %v)", c.sentence, h.Text, c.headline, it.Figures)
		}
		seenBase, seenFrom := c.base == "", c.from == ""
		for _, f := range it.Figures {
			if c.base != "" && f.Text == c.base {
				seenBase = f.Role == evidence.RoleBase
			}
			if c.from != "" && f.Text == c.from {
				seenFrom = f.Role == ""
			}
			if c.base == "" && f.Role == evidence.RoleBase {
				t.Errorf("%q: %q a base", c.sentence, f.Text)
			}
		}
		if !seenBase {
			t.Errorf("%q: %q is not the base (figures %v)", c.sentence, c.base, it.Figures)
		}
		if !seenFrom {
			t.Errorf("%q: the value %q changed from is not read as a figure of its own (figures %v)", c.sentence, c.from, it.Figures)
		}
	}
}

// TestHedgesBeforeANumberAreQualifiers: "some", "circa", "c.", "ca.",
// "an estimated" before a number hedge it as "about" and "around" do:
// the figure keeps its qualifier in its text, and "c." does not end the
// sentence. Before, "c. 190 children" began a sentence of its own and
// "some 190" quoted a bare 190.
func TestHedgesBeforeANumberAreQualifiers(t *testing.T) {
	for _, c := range []struct{ sentence, figure string }{
		{"Some 190 children were waiting at the end of March.", "Some 190 children"},
		{"At the end of March some 190 children were waiting.", "some 190 children"},
		{"Circa 190 children were waiting at the end of March.", "Circa 190 children"},
		{"There were c. 190 children waiting at the end of March.", "c. 190 children"},
		{"The service holds ca. 2,400 records.", "ca. 2,400 records"},
		{"An estimated 190 children were waiting at the end of March.", "An estimated 190 children"},
		{"The team saw an estimated 41% of eligible families.", "an estimated 41%"},
		{"The budget is circa £3.2m a year.", "circa £3.2m"},
		{"Around 190 children were waiting at the end of March.", "Around 190 children"},
		{"The gap has widened to some 12 weeks.", "some 12 weeks"},
	} {
		it := itemOf(t, c.sentence)
		if it.Text != c.sentence {
			t.Errorf("%q: item %q, want the whole sentence", c.sentence, it.Text)
		}
		if h, ok := it.Headline(); !ok || h.Text != c.figure || h.Qualifier == "" {
			t.Errorf("%q: headline %q (qualifier %q), want %q hedged", c.sentence, h.Text, h.Qualifier, c.figure)
		}
	}
}

// TestRequestsInLettersAskTheBodyGreeted: a letter's "Please share your
// class lists with the school nursing team" asks the schools it greets
// to pass children's records to a service, an act for their care, as
// "Please make sure ..." does; so do "We would ask that ICBs ..." and
// "Could local authorities please ...?" of the bodies they name. A
// greeting names schools as "Dear school colleagues", "Dear school
// staff" or an address line "To all primary schools in X". A request to
// reply, to let the writer know, to send the writer anything, to share
// the letter itself or to return forms asks nothing (an excerpt, or furniture). Before, "share"
// with no child named in the sentence was a request to tell, and those
// greetings named no role.
func TestRequestsInLettersAskTheBodyGreeted(t *testing.T) {
	for _, c := range []struct {
		greeting string
		asks     map[string]string // sentence -> actors, "" for no recommendation
	}{
		{"Dear Headteacher,", map[string]string{
			"Please share your class lists with the school nursing team by 14 March.":         "Schools",
			"Please send your Year 8 class lists to the immunisation team before the clinic.": "Schools",
			"Please reply to me if you have any questions about the programme.":               "",
			"Let me know if you would like a visit from the team this term.":                  "",
			"Please send me the names of staff who will attend the training.":                 "",
		}},
		{"Dear school colleagues,", map[string]string{
			"Please share your class lists with the school nursing team by 14 March.": "Schools",
			"Please make sure pupils with asthma bring their inhalers on the day.":    "Schools",
			"Please share this email with your staff before the end of term.":         "",
		}},
		{"To all primary schools in Wexbridge", map[string]string{
			"Please share your pupil lists with the school nursing service by Friday.": "Schools",
			"Please return the consent forms to the school office by Friday.":          "",
		}},
		{"Dear colleagues,", map[string]string{
			"We would ask that ICBs set out their plans for school nursing capacity by June.": "ICBs",
			"Could local authorities please ring-fence funding for school nursing next year?": "Local authorities",
			"Could local authorities please confirm the grant figures for next year?":         "",
			"Please reply to me with your figures by Friday.":                                 "",
		}},
	} {
		for sentence, want := range c.asks {
			body := c.greeting + "\n\n" + sentence + "\n\nBest wishes,\n\nJo\n"
			got, kind := "", evidence.Kind("")
			for _, it := range extract.Extract(parseBody(t, "P", body)) {
				if it.Text == sentence {
					kind = it.Kind
					var as []string
					for _, a := range it.Actors {
						as = append(as, string(a))
					}
					got = strings.Join(as, ",")
				}
			}
			switch {
			case want == "" && kind == evidence.Recommendation:
				t.Errorf("%s / %q: %s (%s), want no recommendation", c.greeting, sentence, kind, got)
			case want != "" && (kind != evidence.Recommendation || got != want):
				t.Errorf("%s / %q: %s (%s), want a recommendation of %s", c.greeting, sentence, kind, got, want)
			}
		}
	}
}
