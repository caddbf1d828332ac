package extract_test

import "testing"

// TestASampleSizeAfterAValueIsThatValuesAlone: a sample size in brackets
// set right after a share, "64% (n=1,200) of children in Kent", stands
// between the share and its people, and is that share's base alone: a
// value compared with it after, "compared with 71% in England", has
// none (hostile check 67). Before, the 64% lost its people ("of children
// in Kent" was its measure, its key no place's) and England's 71% had
// Kent's sample as its base.
func TestASampleSizeAfterAValueIsThatValuesAlone(t *testing.T) {
	for _, c := range []struct{ sentence, level, people, key, base, other string }{
		{"In 2023, 64% (n=1,200) of children in Kent were seen within 18 weeks, compared with 71% in England.", "64%", "children in Kent", "percent|kent||#18 seen week", "n=1,200", "71%"},
		{"In 2023, 64% (n = 845) of pupils in Surrey said they felt safe, compared with 58% in Medway.", "64%", "pupils in Surrey", "percent|pupil surrey||safe", "n = 845", "58%"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (n=1,200).", "64%", "children in Kent", "percent|kent||#18 seen week", "n=1,200", ""},
	} {
		figs := figuresF70a(t, c.sentence)
		l, _ := figureF70a(figs, c.level)
		if l.Population != c.people || l.Key != c.key || l.Base != c.base {
			t.Errorf("%s: %s of %q keyed %q on base %q, want %q %q %q", c.sentence, l.Text, l.Population, l.Key, l.Base, c.people, c.key, c.base)
		}
		if c.other == "" {
			continue
		}
		if o, ok := figureF70a(figs, c.other); !ok || o.Base != "" {
			t.Errorf("%s: the compared %s has base %q, want none", c.sentence, o.Text, o.Base)
		}
	}
}
