package evidence

import "testing"

// An attribution by a publisher's initials names the publisher: "according
// to the CQC" in the Care Quality Commission's own review, or in coverage
// of it, is no body cited in it. Initials of another body stay cited.
func TestAttributionByInitialsNamesThePublisher(t *testing.T) {
	year := func(y string) Date {
		d, err := ParseDate(y)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cqc := Source{ID: "cqc-review", Publisher: "Care Quality Commission", Date: year("2023")}
	news := Source{ID: "echo", Publisher: "Westby Echo", Date: year("2024")}
	for _, c := range []struct {
		it   Item
		want string
	}{
		{Item{Source: cqc, Cites: "the CQC"}, "(Care Quality Commission, 2023)"},
		{Item{Source: news, Cites: "CQC", Primary: &cqc}, "(Care Quality Commission, 2023; reported by Westby Echo, 2024)"},
		{Item{Source: news, Cites: "RCPCH"}, "(RCPCH, cited in Westby Echo, 2024)"},
		{Item{Source: cqc, Cites: "NHS England"}, "(NHS England, cited in Care Quality Commission, 2023)"},
	} {
		if got := ItemCitation(c.it); got != c.want {
			t.Errorf("cites %q: %s, want %s", c.it.Cites, got, c.want)
		}
	}
}
