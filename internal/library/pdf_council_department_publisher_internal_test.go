package library

import "testing"

// A council's team named for its work, after the council's name in a
// running footer, owns nothing: the council publishes. A body whose name
// goes on past "Council" is no council's team.
func TestCouncilDepartmentPublishesAsItsCouncil(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Brockwell Council Public Health", "Brockwell Council"},
		{"Brockwell County Council Public Health Intelligence Team", "Brockwell County Council"},
		{"Brockwell Borough Council Children's Services", "Brockwell Borough Council"},
		{"Brockwell Borough Council", "Brockwell Borough Council"},
		{"Council for Disabled Children", "Council for Disabled Children"},
		{"Brockwell Council for Voluntary Service", "Brockwell Council for Voluntary Service"},
		{"Brockwell Council of Faiths", "Brockwell Council of Faiths"},
		{"Brockwell Youth Council", "Brockwell Youth Council"},
	} {
		if got := councilOf(c.in); got != c.want {
			t.Errorf("councilOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
