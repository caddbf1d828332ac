package evidence_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestRecordFieldsShowAPlaceKeptAsGroupOnce: a table row's area, "North"
// under "Area", is its figures' place and kept as their group (so its key
// stays apart from another area's); shown, it is the place alone, never
// "of: North" as if North were the people counted. A group that is no
// place is still shown. Before (hostile check 61), `cypx show` gave "of:
// North".
func TestRecordFieldsShowAPlaceKeptAsGroupOnce(t *testing.T) {
	names := func(r evidence.Record) map[string]string {
		out := map[string]string{}
		for _, f := range r.Fields() {
			out[f.Name] = f.Value
		}
		return out
	}
	got := names(evidence.Record{Measure: "children seen", Population: "North", Place: "North", Period: "2024"})
	if _, ok := got["of"]; ok || got["place"] != "North" {
		t.Errorf("area as group: %v, want place North and no of", got)
	}
	got = names(evidence.Record{Measure: "children seen", Population: "children under five", Place: "Kent"})
	if got["of"] != "children under five" || got["place"] != "Kent" {
		t.Errorf("group and place: %v", got)
	}
}
