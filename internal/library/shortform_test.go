package library

import "testing"

// A body's name cut short in a footer's © line gives way to the name in
// full that its cover or masthead sets; other bodies' names and joint
// names do not.
func TestShortFormOfABodysName(t *testing.T) {
	for _, c := range []struct {
		short, full string
		want        bool
	}{
		{"Lanterns Alliance", "Lanterns Children's Hospice Alliance", true},
		{"Westmere Council", "Westmere Borough Council", true},
		{"Harbour Trust", "Harbour Community Health NHS Trust", true},
		{"Ashby Care and Hospice Alliance", "Ashby Children's Care and Hospice Alliance", true},
		{"Lanterns Alliance", "Lanterns Alliance", false},
		{"NHS England", "NHS England and NHS Improvement", false},
		{"Westmere Council", "Westmere Council and Eastford Council", false},
		{"Westmere Council", "Eastford and Westmere Council", false},
		{"Harbour Trust", "Harbour Trust Fund", false},
		{"Ofsted", "Ofsted Inspectorate", false},
		{"Alliance", "Lanterns Alliance", false},
	} {
		if got := shortFormOf(c.short, c.full); got != c.want {
			t.Errorf("shortFormOf(%q, %q) = %v, want %v", c.short, c.full, got, c.want)
		}
	}
}
