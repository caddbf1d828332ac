package extract_test

import (
	"strings"
	"testing"
)

// TestEachWorkerCoversKeepsItsChangeAndHedge: "Each nurse covers 2,600
// pupils, up from 2,200 in 2020" is one ratio with its change, the 2,200
// its earlier value of the same pupils (one key), and "serves around
// 2,600 pupils" keeps "around". Before (hostile check 64), the change was
// lost, the 2,200 was of "nurse covers pupils", keyed apart, and the
// hedge was dropped, so an estimate was copied as exact.
func TestEachWorkerCoversKeepsItsChangeAndHedge(t *testing.T) {
	s := "Each health visitor covers 480 families, up from 410 in 2021."
	figs := itemFiguresOf(t, s)
	if len(figs) != 2 {
		t.Fatalf("%q: %+v, want two figures", s, figs)
	}
	if !strings.Contains(figs[0].Change, "410") {
		t.Errorf("%q: change %q, want one from 410", s, figs[0].Change)
	}
	if figs[1].Population != figs[0].Population || figs[1].Measure != figs[0].Measure {
		t.Errorf("%q: 410 of %q (%s), 480 of %q (%s): want one group and measure", s, figs[1].Population, figs[1].Measure, figs[0].Population, figs[0].Measure)
	}
	for s, want := range map[string]string{
		"Each school nurse serves around 2,900 pupils.":        "around",
		"Every health visitor looks after about 510 families.": "about",
		"Each school nurse serves 2,900 pupils.":               "",
	} {
		figs := itemFiguresOf(t, s)
		if len(figs) == 0 {
			t.Errorf("%q: no figure", s)
			continue
		}
		if figs[0].Qualifier != want {
			t.Errorf("%q: qualifier %q, want %q", s, figs[0].Qualifier, want)
		}
	}
}

// TestRatioToOneRoseFromAndTo: "the pupil-to-nurse ratio rose from
// 2,100:1 in 2019 to 2,700:1 in 2024" is two values of the ratio, each
// dated, and no count of 1. Before (hostile check 64), each ":1" was a
// count of 1 that took the year, and the values were undated.
func TestRatioToOneRoseFromAndTo(t *testing.T) {
	s := "The pupil-to-nurse ratio rose from 2,100:1 in 2019 to 2,700:1 in 2024."
	figs := itemFiguresOf(t, s)
	want := map[float64]string{2100: "2019", 2700: "2024"}
	for _, f := range figs {
		if p, ok := want[f.Value]; !ok || f.Period != p {
			t.Errorf("%q: %g dated %q; want only 2,100 in 2019 and 2,700 in 2024", s, f.Value, f.Period)
		}
		delete(want, f.Value)
	}
	if len(want) != 0 {
		t.Errorf("%q: missing %v in %+v", s, want, figs)
	}
	if figs := itemFiguresOf(t, "Staff in baby rooms work at a ratio of 1:3."); len(figs) != 0 {
		t.Errorf("a staffing ratio 1:3: %+v, want no figure", figs)
	}
}
