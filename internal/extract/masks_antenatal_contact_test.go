package extract

import (
	"strings"
	"testing"
)

// TestTheWeekOfAnAntenatalContactIsNoFigure: the week of pregnancy a
// schedule sets an antenatal contact at ("the 28-week antenatal
// appointment") is a gestational age, as "24 weeks' gestation" is, no
// figure; a share or a wait beside it stays (figures round 88). Every
// sentence is written for this test.
func TestTheWeekOfAnAntenatalContactIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Midwives will introduce the hub at the 28-week antenatal appointment.", nil},
		{"Only 61% of mothers had the 36-week antenatal contact.", []string{"Only 61%"}},
		// Near misses.
		{"Mothers waited 6 weeks for an antenatal appointment.", []string{"6 weeks"}},
	} {
		var got []string
		for _, f := range Figures(c.in) {
			got = append(got, f.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
		}
	}
}
