package evidence

import "testing"

// TestOneAddressInAnyCaseIsOneWork: a URL's scheme and host are read in
// any case (https://EXAMPLE.org/fg is https://example.org/fg), so two
// sources of one title, publisher, date and address are one work however
// the host is written; the path keeps its case, as servers read it.
// Before, they were two works, lettered 2024c and 2024e, two entries in
// every reference list (held-out check, round 27).
func TestOneAddressInAnyCaseIsOneWork(t *testing.T) {
	a := Source{ID: "a", Title: "Forgotten generation", Publisher: "NHS Providers", Date: Date{Year: 2024}, Type: Report, URL: "https://example.org/fg"}
	b := a
	b.ID, b.URL = "b", "HTTPS://EXAMPLE.org/fg"
	if WorkKey(a) != WorkKey(b) {
		t.Errorf("one address in two cases makes two works:\n%q\n%q", WorkKey(a), WorkKey(b))
	}
	c := a
	c.ID, c.URL = "c", "https://example.org/FG"
	if WorkKey(a) == WorkKey(c) {
		t.Errorf("paths of another case are one work: %q", WorkKey(c))
	}
}

// TestLinkURLRefusesAUserBeforeTheHost: "https://www.nhs.uk@evil.example/x"
// leads to evil.example while it reads as nhs.uk, and a user and password
// before the host are credentials no briefing should carry: neither is a
// link. Before, both were linked in every pack (held-out check, round 27).
func TestLinkURLRefusesAUserBeforeTheHost(t *testing.T) {
	for _, u := range []string{"https://www.nhs.uk@evil.example/x", "https://user:pass@example.org/r", "http://a@b"} {
		if got, ok := LinkURL(u); ok {
			t.Errorf("LinkURL(%q) = %q, true: a user before the host is no link", u, got)
		}
	}
	for _, u := range []string{"https://example.org/a@b", "https://example.org/r?by=a@b.org", "https://example.org/#me@x"} {
		if _, ok := LinkURL(u); !ok {
			t.Errorf("LinkURL(%q) refused: an @ after the host is the path's", u)
		}
	}
}
