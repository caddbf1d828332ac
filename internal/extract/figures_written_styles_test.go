package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// h52Figures are the figures of the one item a sentence gives, each
// checked to be the item's text at its offset (a quote is exact), as
// "text=value" with the qualifier before a space where there is one.
func h52Figures(t *testing.T, sentence string) []string {
	t.Helper()
	var out []string
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+sentence+"\n")) {
		if !strings.Contains(sentence, it.Text) && !strings.Contains(it.Text, strings.TrimSpace(sentence)) {
			continue
		}
		for _, f := range it.Figures {
			if f.Offset < 0 || f.Offset+len(f.Text) > len(it.Text) || it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("%q: figure %q is not the item's text at offset %d", sentence, f.Text, f.Offset)
			}
			out = append(out, h52Shown(f))
		}
	}
	return out
}

func h52Shown(f evidence.Figure) string {
	return fmt.Sprintf("%s=%g", f.Text, f.Value)
}

// h52Has fails unless the sentence gives a figure shown as want.
func h52Has(t *testing.T, sentence string, want ...string) {
	t.Helper()
	got := h52Figures(t, sentence)
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("%q: figures %q, want %q among them", sentence, got, w)
		}
	}
}

// TestFigureReadThroughInvisibles: a number is read through the invisible
// characters inside it (a zero-width space, a soft hyphen, a word joiner,
// a byte order mark, a zero-width joiner or non-joiner, a variation
// selector), by the rule the measure keys read words by; the figure's text
// stays the span as written. Before (hostile check 52): "4\u200b0%" was 0%,
// "1\u00ad200 children" 200 children (down from 900), "more than 1\u200b8
// weeks" a threshold of 8 weeks.
func TestFigureReadThroughInvisibles(t *testing.T) {
	h52Has(t, "In 2024, 4\u200b0% of young people waited over a year for a mental health bed.", "4\u200b0%=40")
	h52Has(t, "The service saw 1\u00ad200 children in 2024, up from 900 in 2023.", "1\u00ad200 children=1200")
	h52Has(t, "In 2024, 45% of children waited more than 1\u200b8 weeks for an autism assessment.", "45%=45", "more than 1\u200b8 weeks=18")
	h52Has(t, "In 2024, 3\u20606% of referrals were closed without an assessment.", "3\u20606%=36")
	h52Has(t, "In 2024, 2\ufeff7% of referrals were closed without an assessment.", "2\ufeff7%=27")
	h52Has(t, "In 2024, 5\u200c1% of families said the wait was too long, and 1\u200d2% said it was fair.", "5\u200c1%=51", "1\u200d2%=12")
	h52Has(t, "In 2024, 6\ufe0f4% of parents said they were not told how long the wait would be.", "6\ufe0f4%=64")
	h52Has(t, "The council spent £1\u200b2.5 million on short breaks in 2024.", "£1\u200b2.5 million=1.25e+07")
	// The change is read from the value read through: up, not down.
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\nThe service saw 1\u00ad200 children in 2024, up from 900 in 2023.\n")) {
		for _, f := range it.Figures {
			if f.Value == 1200 && !strings.HasPrefix(f.Change, "up") {
				t.Errorf("1,200 children: change %q, want up from 900", f.Change)
			}
		}
	}
}

// TestFigureNoBreakSpaces: a no-break, thin, narrow no-break or figure
// space between a number and its unit or scale word reads as a space.
// Before (hostile check 52): "£2.5\u00a0million" was £2.5, and "45\u00a0%",
// "45\u202f%", "45 per\u00a0cent" and "18\u00a0weeks" were no figures. A
// no-break space grouping thousands still groups them.
func TestFigureNoBreakSpaces(t *testing.T) {
	h52Has(t, "In 2024, the council spent £2.5\u00a0million on speech and language therapy for children.", "£2.5\u00a0million=2.5e+06")
	h52Has(t, "In 2024, 45\u00a0% of children waited more than 18\u00a0weeks for an assessment.", "45\u00a0%=45", "more than 18\u00a0weeks=18")
	h52Has(t, "In 2024, 45\u202f% of children waited more than 18 weeks for an assessment.", "45\u202f%=45")
	h52Has(t, "In 2024, 45 per\u00a0cent of children waited more than 18 weeks for an assessment.", "45 per\u00a0cent=45")
	h52Has(t, "In 2024, 45\u2009% of children were seen within 12\u2007weeks of referral.", "45\u2009%=45")
	h52Has(t, "In 2024, the service saw 1\u00a0250\u00a0000 children.", "1\u00a0250\u00a0000 children=1.25e+06")
	h52Has(t, "In 2024, the service saw 12\u202f400 children.", "12\u202f400 children=12400")
}

// TestFigureMinusSign: a minus set directly before a figure in running
// text (a hyphen-minus or U+2212 after a word or a bracket, an en dash
// after a word a sign follows) makes the value negative and stays in the
// figure's text. Before (hostile check 52): "changed by -12%" was 12%,
// "was −12% on 2023" 12% and "changed by -£2m" £2m, a fall read as a rise.
// A hyphen in a word, a range and a span of years keep no sign.
func TestFigureMinusSign(t *testing.T) {
	h52Has(t, "In 2024, referrals to CAMHS changed by -12% on the year before.", "-12%=-12")
	h52Has(t, "In 2024, the rate was \u221212% on 2023.", "\u221212%=-12")
	h52Has(t, "In 2024, spending on short breaks changed by -£2m on the year before.", "-£2m=-2e+06")
	h52Has(t, "In 2024, referrals to CAMHS changed by –12% on the year before.", "–12%=-12")
	h52Has(t, "Referrals to the service fell (-8%) in 2024.", "-8%=-8")
	for _, c := range []struct{ sentence, want string }{
		{"In 2024, 10-12% of children waited more than a year.", "10-12%=10"},
		{"In 2023-24, 45% of children with COVID-19 waited more than 18 weeks.", "45%=45"},
		{"In 2024, 1,200 under-18s waited more than 18 weeks.", "1,200=1200"},
		{"Waits for speech therapy – 12% of children waited over a year in 2024.", "12%=12"},
		{"In 2024, spending fell by £2m to £10m.", "£2m=2e+06"},
	} {
		got := h52Figures(t, c.sentence)
		found := false
		for _, g := range got {
			found = found || g == c.want
			if strings.Contains(g, "=-") {
				t.Errorf("%q: figure %q read as negative", c.sentence, g)
			}
		}
		if !found {
			t.Errorf("%q: figures %q, want %q among them", c.sentence, got, c.want)
		}
	}
}

// TestFigureWrittenStyles: a middle-dot decimal is read as a decimal
// ("0·45%" is 0.45%), a hedge glued to its number or a plus after it
// keeps its qualifier ("~45%" and "c.45%" approximately 45%, as "c. 45%"
// is; "45%+" at least 45%), and "45pc" is 45%, as "45 per cent" is.
// Before (hostile check 52): "0·45%" was 45%, "~45%" and "45%+" were
// exact, and "c.45%" and "45pc" no figures.
func TestFigureWrittenStyles(t *testing.T) {
	for _, c := range []struct{ sentence, text, qualifier string }{
		{"In 2024, 0·45% of children were admitted to hospital.", "0·45%=0.45", ""},
		{"In 2024, 1·5 million children were on a waiting list, and 2·3% waited over a year.", "2·3%=2.3", ""},
		{"In 2024, ~45% of children waited more than 18 weeks.", "~45%=45", "approximately"},
		{"In 2024, c.45% of children waited more than 18 weeks.", "c.45%=45", "approximately"},
		{"In 2024, c. 45% of children waited more than 18 weeks.", "c. 45%=45", "approximately"},
		{"In 2024, 45%+ of children waited more than 18 weeks.", "45%+=45", "at least"},
		{"In 2024, 45pc of children waited more than 18 weeks.", "45pc=45", ""},
	} {
		found := false
		for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+c.sentence+"\n")) {
			for _, f := range it.Figures {
				if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
					t.Errorf("%q: figure %q is not the item's text at %d", c.sentence, f.Text, f.Offset)
				}
				if h52Shown(f) == c.text {
					found = true
					if f.Qualifier != c.qualifier {
						t.Errorf("%q: figure %q qualifier %q, want %q", c.sentence, f.Text, f.Qualifier, c.qualifier)
					}
				}
				if f.Value == 45 && strings.HasPrefix(f.Text, "45") && strings.Contains(c.sentence, "0·45") {
					t.Errorf("%q: read as 45%%", c.sentence)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q (figures %q)", c.sentence, c.text, h52Figures(t, c.sentence))
		}
	}
	// No hedge, decimal or percentage where none is written.
	for _, c := range []struct{ sentence, want string }{
		{"In 2024, 2+2 children waited more than 18 weeks.", "2 children=2"},
		{"In 2024, the home~45 project saw 45% of children.", "45%=45"},
		{"In 2024, we replaced 4pcs in 45% of schools.", "45%=45"},
		{"Chapter 3·4 sets out why 45% of children waited more than 18 weeks.", "45%=45"},
	} {
		got := h52Figures(t, c.sentence)
		found := false
		for _, g := range got {
			found = found || g == c.want
		}
		if !found {
			t.Errorf("%q: figures %q, want %q among them", c.sentence, got, c.want)
		}
	}
}

// TestTableCellsReadThrough: a table's cells are read as a sentence's
// figures are, through an invisible character inside a number, a no-break
// or narrow space before its unit and a middle-dot decimal, each figure's
// text the cell's as written. Before (hostile check 52): the rows of
// "4\u200b0%" and "45\u00a0%" had no figure and were lost, "0·45%" was no
// figure and "45\u202f%" none.
func TestTableCellsReadThrough(t *testing.T) {
	body := "## Waits in 2024\n\n| Service | Share waiting over 18 weeks | Spend |\n|---|---|---|\n" +
		"| Autism | 4\u200b0% | £2.5\u00a0million |\n| ADHD | 45\u00a0% | £1\u00ad200 |\n| Speech | 0·45% | £300 |\n| Physio | -12% | 45\u202f% |\n"
	want := map[string]float64{"4\u200b0%": 40, "£2.5\u00a0million": 2.5e6, "45\u00a0%": 45, "£1\u00ad200": 1200, "0·45%": 0.45, "-12%": -12, "45\u202f%": 45}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("figure %q is not the item's text at %d", f.Text, f.Offset)
			}
			if v, ok := want[f.Text]; ok {
				if f.Value != v {
					t.Errorf("cell %q: value %g, want %g", f.Text, f.Value, v)
				}
				delete(want, f.Text)
			}
		}
	}
	for w := range want {
		t.Errorf("no figure %q read from its cell", w)
	}
}

// TestCountInThousands: a count scaled by "thousand" is read in
// thousands, as one scaled by "million" is. Before (hostile check 52): "3
// thousand children" was a count of 3. A glued "k" scales no count ("a 5k
// run" is a distance), so "3.2k children" is left out, never misread.
func TestCountInThousands(t *testing.T) {
	h52Has(t, "In 2024, 3 thousand children waited more than 18 weeks.", "3 thousand children=3000")
	h52Has(t, "In 2024, 3.2 thousand children waited more than 18 weeks.", "3.2 thousand children=3200")
	for _, s := range []string{"In 2024, 3.2k children waited more than 18 weeks.", "She ran a 5k run in 2024 and 45% of staff joined her."} {
		for _, g := range h52Figures(t, s) {
			if strings.HasSuffix(g, "=3.2") || strings.HasSuffix(g, "=5000") || strings.HasSuffix(g, "=5") {
				t.Errorf("%q: figure %q", s, g)
			}
		}
	}
}
