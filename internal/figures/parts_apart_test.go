package figures_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/measure"
)

// TestAGroupsPartIsNeverTheWhole: a population holding every term of
// another's and more names a part of its group (the boys' 800 of "1,400
// children in Kent were referred to CAMHS (boys: 800, girls: 600)", the
// looked after children of Kent), which is never the whole's value: no
// table sets it beside another source's 1,400 children in Kent as a
// disagreement (hostile check 67). Two sources' boys in Kent are still
// one measure, and so are "Referrals in the North" and the North's
// referrals.
func TestAGroupsPartIsNeverTheWhole(t *testing.T) {
	item := func(id, publisher, text string, v float64, pop, key string) evidence.Item {
		src := evidence.Source{ID: id, Publisher: publisher, Date: evidence.Date{Year: 2024, Month: 5}, Type: "report"}
		return evidence.Item{ID: id + "#1", Kind: evidence.Statistic, Source: src, Figures: []evidence.Figure{{
			Text: text, Value: v, Unit: evidence.UnitCount, Role: evidence.RoleHeadline,
			Record: evidence.Record{Measure: "were referred to CAMHS", Population: pop, Period: "2023", Key: key}}}}
	}
	whole := item("kcc", "Kent County Council", "1,400 children", 1400, "children in Kent", "count|kent||=camhs refer")
	unrelated := func(a, b evidence.Item) measure.Related { return measure.Unrelated }
	for _, c := range []struct {
		name string
		part evidence.Item
		one  bool
	}{
		{"boys", item("kpt", "Kent Partnership Trust", "800", 800, "boys in Kent", "count|boy kent||=camhs refer"), false},
		{"girls", item("kpt", "Kent Partnership Trust", "600", 600, "girls in Kent", "count|girl kent||=camhs refer"), false},
		{"looked after children", item("kpt", "Kent Partnership Trust", "300 children", 300, "looked after children in Kent", "count|=lac kent||=camhs refer"), false},
		{"the whole again", item("kpt", "Kent Partnership Trust", "1,350 children", 1350, "children in Kent", "count|kent||=camhs refer"), true},
	} {
		tables := figures.Group([]evidence.Item{whole, c.part}, unrelated)
		if got := len(tables) == 1; got != c.one {
			t.Errorf("%s: one measure with the whole %v, want %v", c.name, got, c.one)
		}
	}
	// A population's word its measure holds too names no part: the
	// referrals of "Referrals in the North" are the North's referrals.
	if !measure.Match(measure.ParseKey("count|north referr||referr"), measure.ParseKey("count|north||referr"), measure.Unrelated) {
		t.Error("Referrals in the North and the North's referrals: two measures, want one")
	}
	boys := item("kpt", "Kent Partnership Trust", "800", 800, "boys in Kent", "count|boy kent||=camhs refer")
	others := item("ksc", "Kent Safeguarding", "780", 780, "boys in Kent", "count|boy kent||=camhs refer")
	if tables := figures.Group([]evidence.Item{boys, others}, unrelated); len(tables) != 1 {
		t.Errorf("two sources' boys in Kent: %d tables, want one", len(tables))
	}
}
