package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestDirectoryServiceCardIsNotText checks a local offer directory page
// whose entries each end with a card of the service's details (a list of
// labels and values: address, opening times, telephone, age range): the
// card says where and when, not what was found, and is no text; the
// entry's own paragraphs stay.
func TestDirectoryServiceCardIsNotText(t *testing.T) {
	page := `<!doctype html><html><head><title>Children's therapies | Local Offer | Westmere Council</title></head><body>
<header><a href="/">Westmere Council</a></header>
<main><article><h1>Children's therapies</h1>
<p>The children's therapy team sees children with physical and sensory needs across Westmere. In March 2025, 640 children were waiting for a first appointment, and the median wait was 21 weeks.</p>
<p>Families can refer themselves, and schools can refer with a parent's consent. The team aims to see every child within 18 weeks.</p>
<h2>Where to find us</h2>
<div class="venue"><h3>Children's Therapies, Riverside Clinic</h3>
<dl><dt>Address</dt><dd>Riverside Clinic, 4 Quay Road, Westmere WM2 8RT</dd>
<dt>Opening times</dt><dd>Monday to Friday, 8.30am to 5pm; Saturday, 9am to noon</dd>
<dt>Telephone</dt><dd>01632 960 881</dd>
<dt>Age range</dt><dd>0 to 19 (25 with an EHC plan)</dd></dl></div>
<p>Last year the team ran 42 drop-in sessions for parents in family hubs, and 9 in 10 parents who gave feedback said they found them helpful.</p>
</article></main></body></html>`
	im, err := library.Import(write(t, "therapies.html", []byte(page)), library.Meta{Publisher: "Westmere Council", Date: "2025-04", AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, not := range []string{"Monday to Friday, 8.30am", "0 to 19 (25 with an EHC plan)", "Quay Road"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("the service card's %q kept in\n%s", not, im.Body)
		}
	}
	for _, want := range []string{"640 children were waiting", "42 drop-in sessions"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("%q lost from\n%s", want, im.Body)
		}
	}
}
