package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// figureOf is the figure of it whose text is text; it fails the test
// when there is none.
func figureOf(t *testing.T, it evidence.Item, text string) evidence.Figure {
	t.Helper()
	for _, f := range it.Figures {
		if f.Text == text {
			return f
		}
	}
	t.Fatalf("%s: no figure %q in %v", it.Text, text, it.Figures)
	return evidence.Figure{}
}

// TestEachClauseLevelIsAHeadline: the level each clause reports is a
// headline of its own ("fell by £2m to £10m", "rose from 9% to 13%"),
// wherever another clause of the sentence has one; a change is never
// one, and a change is of the level of its own clause (figures round
// 24). Before, a share in one clause made the level another clause's
// change reached no headline, the "from" value of "rose from 40% to 45%"
// after a survey's base was the headline, and 13% carried the "down 2
// weeks" of the waits in the next clause.
func TestEachClauseLevelIsAHeadline(t *testing.T) {
	for _, c := range []struct {
		sentence  string
		headlines []string
		changes   map[string]string // a figure's change
		notHead   []string
	}{
		{"Spending fell by £2m to £10m in 2024, while 45% of children waited over 18 weeks.",
			[]string{"£10m", "45%"}, map[string]string{"£10m": "down £2m", "45%": ""}, []string{"£2m", "over 18 weeks"}},
		{"The share rose from 9% to 13%, while waits fell by 2 weeks to 14 weeks.",
			[]string{"13%", "14 weeks"}, map[string]string{"13%": "up from 9%", "14 weeks": "down 2 weeks"}, []string{"9%", "2 weeks"}},
		{"Waits fell by 2 weeks to 14 weeks, while the share rose from 9% to 13%.",
			[]string{"14 weeks", "13%"}, map[string]string{"13%": "up from 9%", "14 weeks": "down 2 weeks"}, []string{"9%", "2 weeks"}},
		{"Referrals rose by 10% to 4,500 in 2024, and spending rose by £1m to £5m.",
			[]string{"4,500", "£5m"}, map[string]string{"4,500": "up 10%", "£5m": "up £1m"}, []string{"10%", "£1m"}},
		{"The share seen within four weeks fell by 5 percentage points to 30%, while spending rose by £1m to £5m.",
			[]string{"30%", "£5m"}, map[string]string{"30%": "down 5 percentage points", "£5m": "up £1m"}, []string{"four weeks", "£1m"}},
		{"In our survey of 1,200 parents, the share who struggled rose from 40% in 2022 to 45% in 2024.",
			[]string{"45%"}, map[string]string{"45%": "up from 40% in 2022"}, []string{"40%", "1,200 parents"}},
		{"Spending fell by £2m in 2024, while 45% of children waited over 18 weeks.",
			[]string{"45%"}, nil, []string{"£2m"}},
	} {
		it := itemOf(t, c.sentence)
		for _, h := range c.headlines {
			if f := figureOf(t, it, h); f.Role != evidence.RoleHeadline {
				t.Errorf("%s\n  %q has role %q, want headline", c.sentence, h, f.Role)
			}
		}
		for _, h := range c.notHead {
			if f := figureOf(t, it, h); f.Role == evidence.RoleHeadline {
				t.Errorf("%s\n  %q is a headline", c.sentence, h)
			}
		}
		for text, change := range c.changes {
			if f := figureOf(t, it, text); f.Change != change {
				t.Errorf("%s\n  %q has change %q, want %q", c.sentence, text, f.Change, change)
			}
		}
		if h, ok := it.Headline(); !ok || h.Text != c.headlines[0] {
			t.Errorf("%s\n  item headline %q, want %q", c.sentence, h.Text, c.headlines[0])
		}
	}
}

// TestEachClauseShareIsAHeadline: after a survey's base, or beside a
// threshold, the share each clause reports is a headline of its own
// (figures round 24). Before, only the first clause's share was.
func TestEachClauseShareIsAHeadline(t *testing.T) {
	for _, c := range []struct {
		sentence  string
		headlines []string
	}{
		{"In 2024, 45% of children waited over 18 weeks, while 30% of adults waited over 12 weeks.", []string{"45%", "30%"}},
		{"Our survey of 412 young people found that 58% felt listened to, while 20% said they did not.", []string{"58%", "20%"}},
	} {
		it := itemOf(t, c.sentence)
		for _, h := range c.headlines {
			if f := figureOf(t, it, h); f.Role != evidence.RoleHeadline {
				t.Errorf("%s\n  %q has role %q, want headline", c.sentence, h, f.Role)
			}
		}
	}
}
