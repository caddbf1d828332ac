package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAsideKeepsTheMeasure: an aside set off by commas or brackets after
// a share's group (", and of young people,", ", including those in
// care,", "(and 30% of adults)") ends no clause and is no part of what
// the share measures: the share still measures "waited over 18 weeks",
// and a share in the brackets measures it too, of its own group
// (figures round 24). Before, the measure was lost ("", "including those
// in care"), or took the aside's words ("(and of adults) waited over 18
// weeks", keyed with "adult"), and the bracketed 30% measured "of
// children (and) waited over 18 weeks".
func TestAsideKeepsTheMeasure(t *testing.T) {
	for _, c := range []struct{ sentence, share, population string }{
		{"In 2024, 45% of children, and of young people, waited over 18 weeks.", "45%", "children and young people"},
		{"In 2024, 45% of children, or of young people, waited over 18 weeks.", "45%", "children or young people"},
		{"In 2024, 45% of children, including those in care, waited over 18 weeks.", "45%", "children"},
		{"In 2024, 45% of children in care, including those placed out of area, waited more than 18 weeks.", "45%", "children in care"},
		{"In 2024, 45% of children (and 30% of adults) waited over 18 weeks.", "45%", "children"},
		{"In 2024, 45% of children (and 30% of adults) waited over 18 weeks.", "30%", "adults"},
		{"In 2024, 45% of children, or of young people, waited over 18 weeks, while 30% of adults waited over 12 weeks.", "45%", "children or young people"},
	} {
		f := figureOf(t, itemOf(t, c.sentence), c.share)
		if !strings.Contains(f.Measure, "waited") || !strings.Contains(f.Measure, "18 weeks") {
			t.Errorf("%s\n  %s measures %q, want the wait over 18 weeks", c.sentence, c.share, f.Measure)
		}
		for _, w := range []string{"including", "adults", "children", "young", "(", ")"} {
			if strings.Contains(f.Measure, w) || strings.Contains(f.Key, "adult") && c.population != "adults" {
				t.Errorf("%s\n  %s measures %q (key %q): the aside's words", c.sentence, c.share, f.Measure, f.Key)
				break
			}
		}
		if f.Population != c.population {
			t.Errorf("%s\n  %s is of %q, want %q", c.sentence, c.share, f.Population, c.population)
		}
	}
}

// TestThresholdHasNoKey: the time limit a share is counted against
// ("over 18 weeks", "within four weeks") is no finding, so it carries no
// measure key any comparison or table could match; what it bounds is the
// share's measure, of the share's group (figures round 24). Before,
// "over 18 weeks" measured "45% of children waited", keyed "weeks|||#45
// wait", alike with any other source's wait in weeks.
func TestThresholdHasNoKey(t *testing.T) {
	for _, c := range []struct{ sentence, threshold, share string }{
		{"Spending fell by £2m to £10m in 2024, while 45% of children waited over 18 weeks.", "over 18 weeks", "45%"},
		{"In 2024, 30% of children were seen within four weeks.", "four weeks", "30%"},
		{"In 2024, 45% of children (and 30% of adults) waited over 18 weeks.", "over 18 weeks", "45%"},
		{"The share seen within four weeks fell by 5 percentage points to 30%, while spending rose by £1m to £5m.", "four weeks", "30%"},
		{"Waits of more than 52 weeks affected 1,200 children in 2024.", "more than 52 weeks", "1,200 children"},
	} {
		it := itemOf(t, c.sentence)
		th, share := figureOf(t, it, c.threshold), figureOf(t, it, c.share)
		if th.Role != evidence.RoleThreshold {
			t.Errorf("%s\n  %q has role %q, want threshold", c.sentence, c.threshold, th.Role)
		}
		if th.Key != "" {
			t.Errorf("%s\n  threshold %q has key %q, want none", c.sentence, c.threshold, th.Key)
		}
		if th.Measure != share.Measure || th.Population != share.Population {
			t.Errorf("%s\n  threshold %q measures %q of %q, want its share's %q of %q", c.sentence, c.threshold, th.Measure, th.Population, share.Measure, share.Population)
		}
		if share.Key == "" {
			t.Errorf("%s\n  share %q has no key", c.sentence, c.share)
		}
	}
}

// TestParallelAsideSharesThePredicate: a figure stated in parallel in an
// aside set off by commas or dashes ("45% of children, but only 30% of
// adults, waited over 18 weeks", "– and 30% of adults –", ", as well as
// 30% of adults,") measures what follows the aside, as the figure before
// it does; each keeps its own group, and neither measure holds the
// aside's words (figures round 24). Before, the 30% of the dashes
// measured nothing, and of ", as well as" "as well as, waited over 18
// weeks" (keyed "well"), as did the 45% that borrowed it.
func TestParallelAsideSharesThePredicate(t *testing.T) {
	for _, s := range []string{
		"In 2024, 45% of children, but only 30% of adults, waited over 18 weeks.",
		"In 2024, 45% of children – and 30% of adults – waited over 18 weeks.",
		"In 2024, 45% of children — and 30% of adults — waited over 18 weeks.",
		"In 2024, 45% of children, as well as 30% of adults, waited over 18 weeks.",
		"In 2024, 45% of children, compared with 30% of adults, waited over 18 weeks.",
	} {
		it := itemOf(t, s)
		for _, c := range []struct{ figure, population string }{{"45%", "children"}, {"30%", "adults"}} {
			text := c.figure
			if c.figure == "30%" && strings.Contains(s, "only 30%") {
				text = "only 30%"
			}
			f := figureOf(t, it, text)
			if f.Measure != "waited over 18 weeks" || f.Population != c.population {
				t.Errorf("%s\n  %s measures %q of %q, want %q of %q", s, text, f.Measure, f.Population, "waited over 18 weeks", c.population)
			}
		}
	}
	// No aside: each clause says its own.
	it := itemOf(t, "In 2024, 45% of girls waited over 18 weeks, and 30% of boys, over 12 weeks, were seen late.")
	if f := figureOf(t, it, "45%"); f.Measure != "waited over 18 weeks" {
		t.Errorf("45%% of girls measures %q", f.Measure)
	}
}

// TestChangeTakesNoOtherClausesGroup: a change in a clause of its own
// ("..., while spending rose by 4%") is of no group another clause counts
// (figures round 24). Before, the 4% was a change among "children seen",
// keyed with them.
func TestChangeTakesNoOtherClausesGroup(t *testing.T) {
	it := itemOf(t, "In 2024, 55% of children were seen within 18 weeks, while spending rose by 4%.")
	if f := figureOf(t, it, "4%"); f.Population != "" || strings.Contains(f.Key, "child") {
		t.Errorf("spending's 4%% is of %q (key %q), want no group", f.Population, f.Key)
	}
	it = itemOf(t, "In 2024, 55% of children were seen within 18 weeks, up by 4 points on 2023.")
	if f := figureOf(t, it, "4 points"); f.Population != "children" {
		t.Errorf("the share's change is of %q, want children", f.Population)
	}
}

// TestBracketedBreakdownSharesThePredicate: brackets that break a share
// down ("40% of children and young people (42% of girls and 37% of
// boys) waited over 18 weeks") are in the share's clause: all three
// measure the wait, each of its own group (figures round 24). Before,
// the clause was cut at "and young people": the 40% and 42% measured
// nothing, and the 40% was of children only.
func TestBracketedBreakdownSharesThePredicate(t *testing.T) {
	it := itemOf(t, "Around 40% of children and young people (42% of girls and 37% of boys) waited over 18 weeks.")
	for _, c := range []struct{ figure, population string }{{"Around 40%", "children and young people"}, {"42%", "girls"}, {"37%", "boys"}} {
		if f := figureOf(t, it, c.figure); f.Measure != "waited over 18 weeks" || f.Population != c.population {
			t.Errorf("%s measures %q of %q, want %q of %q", c.figure, f.Measure, f.Population, "waited over 18 weeks", c.population)
		}
	}
}

// TestAndPhraseOpeningTheNextClause: ", and of those seen, 60% waited"
// opens the 60%'s clause; it is no phrase continuing the clause before
// (figures round 24). Before, the 38% measured "were closed before
// treatment, and of those seen".
func TestAndPhraseOpeningTheNextClause(t *testing.T) {
	it := itemOf(t, "In 2023/24, 38% of referrals were closed before treatment, and of those seen, 60% waited over 12 weeks.")
	if f := figureOf(t, it, "38%"); f.Measure != "were closed before treatment" {
		t.Errorf("38%% measures %q", f.Measure)
	}
	if f := figureOf(t, it, "60%"); f.Measure != "waited over 12 weeks" {
		t.Errorf("60%% measures %q", f.Measure)
	}
}
