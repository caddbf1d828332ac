package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// TestMoneyPerPlaceIsNoMoneyPerPerson: money per hub, school, practice or
// bed is no money per person, though the place's name opens with a
// person's word ("per family hub", "per child place"): its key keeps the
// unit gbp. Money per family is per household, a person's base as per
// child is. Before, "£90,000 per family hub" was keyed gbp/head.
func TestMoneyPerPlaceIsNoMoneyPerPerson(t *testing.T) {
	h61aKey := func(m string) measure.Key {
		return measure.KeyOf(evidence.Figure{Unit: evidence.UnitGBP, Record: evidence.Record{Measure: m}}, nil)
	}
	for _, m := range []string{"council spent per family hub", "funding per child place", "cost per patient bed", "spent per school", "spent per practice"} {
		if k := h61aKey(m); k.Unit != "gbp" {
			t.Errorf("%q keyed %s, want unit gbp", m, k)
		}
	}
	for _, m := range []string{"council spent per family", "spend per child on therapy", "cost per young person supported", "spending per patient", "spend per family hub and per child"} {
		if k := h61aKey(m); k.Unit != "gbp/head" {
			t.Errorf("%q keyed %s, want unit gbp/head", m, k)
		}
	}
}
