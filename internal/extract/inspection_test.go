package extract_test

import (
	"slices"
	"testing"
)

// TestInspectionRequirementsAreAsks holds an inspection report's lists of
// what the provider must and should do: under a heading of what a body
// must do, "The trust must ensure …" is the inspector's ask of the trust,
// not a statement of a duty (held-out set 16, spent for asks). A heading
// of what a body did, and a duty stated in prose, ask nothing.
func TestInspectionRequirementsAreAsks(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"what the trust must do", "## What the trust must do\n\n- The trust must ensure there are enough trained nurses on every shift.\n- The trust must ensure that agency staff complete training before they start.\n",
			[]string{"|The trust must ensure there are enough trained nurses on every shift.|Trusts", "|The trust must ensure that agency staff complete training before they start.|Trusts"}},
		{"actions the provider must take", "## Actions the provider must take to improve\n\n- The provider must ensure care plans are reviewed every month.\n",
			[]string{"|The provider must ensure care plans are reviewed every month.|Trusts"}},
		// Near-misses.
		{"what the trust did", "## What the trust has done\n\n- The trust must ensure its staff are trained, and it has now trained 90% of them.\n", nil},
		{"a duty in prose", "The council must issue a final plan within 20 weeks of the request.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestWriterAskingABodyByItsWork holds the writer's ask in the progressive
// of a body named by its work ("We are asking early years settings to"),
// read as "We ask early years settings to" is (held-out set 16, spent for
// asks); the asking of people, and asking set in the past, stay no ask.
func TestWriterAskingABodyByItsWork(t *testing.T) {
	cases := []struct {
		body string
		want []string
	}{
		{"We are asking early years settings to follow the national guidance on food for under-fives.\n",
			[]string{"|We are asking early years settings to follow the national guidance on food for under-fives.|Other"}},
		{"We're asking nurseries to offer water and milk only.\n", []string{"|We're asking nurseries to offer water and milk only.|Other"}},
		{"We are asking every nursery in Wexford to offer water and milk only.\n", []string{"|We are asking every nursery in Wexford to offer water and milk only.|Other"}},
		// Near-misses.
		{"We are asking parents to tell us what they think of the service.\n", nil},
		{"We were asking nurseries about their menus last year.\n", nil},
	}
	for _, c := range cases {
		if got := recs(t, c.body); !slices.Equal(got, c.want) {
			t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
		}
	}
}
