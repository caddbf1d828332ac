package extract_test

import (
	"slices"
	"testing"
)

// TestABodysBoardIsTheBody holds "The ICB Board should": the ICB is
// asked, as "The ICB should" asks it; a board that is a body of its own
// ("The Youth Justice Board") stays one. Before (held-out set 91), the
// ICB's board was "Other".
func TestABodysBoardIsTheBody(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"the ICB board", "The ICB Board should make the designated clinical officer post full time.\n",
			[]string{"|The ICB Board should make the designated clinical officer post full time.|ICBs"}},
		{"NHS England's board", "The NHS England Board should set a national standard for autism assessment waits.\n",
			[]string{"|The NHS England Board should set a national standard for autism assessment waits.|NHSE"}},
		// Near-miss: a national body named a board.
		{"a body of its own", "The Youth Justice Board should publish national data on speech and language screening.\n",
			[]string{"|The Youth Justice Board should publish national data on speech and language screening.|Other"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestAListItemOpeningOnRecommendsThat holds a list of suggested
// decisions under "officers would suggest that the committee:": an item
// opening on "recommends that" recommends, as one opening on "asks X
// to" does, and asks the bodies its clause names. Before (held-out set
// 91), it was an excerpt.
func TestAListItemOpeningOnRecommendsThat(t *testing.T) {
	body := "Officers would suggest that the committee:\n\n" +
		"- asks the trust to report health visitor vacancies to the committee every six months; and\n" +
		"- recommends that the council and the ICB jointly fund a recruitment campaign for health visitors.\n"
	want := []string{
		"|asks the trust to report health visitor vacancies to the committee every six months; and|Trusts",
		"|recommends that the council and the ICB jointly fund a recruitment campaign for health visitors.|ICBs,Local authorities",
	}
	if got := recs(t, body); !slices.Equal(got, want) {
		t.Errorf("recommendations:\n got %q\nwant %q", got, want)
	}
	// Near-miss: the verb inside a sentence that reports a view.
	if got := recs(t, "Parents told us the service recommends that children wait at home.\n"); len(got) != 0 {
		t.Errorf("a reported view: got %q, want no recommendation", got)
	}
}
