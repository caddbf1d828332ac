package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAreaLeadersAskedNotTheirPartners: in an area SEND report (a "SEND
// partnership" or "local area partnership"), a bare "Leaders should ..."
// asks the council and the ICB even when the sentence names schools as
// the partners to work with or to share with; leaders of a named body
// stay that body's, and outside such a report bare leaders ask no one.
// Before, the schools named were read as asked (or no one). Every
// sentence is written for this test.
func TestAreaLeadersAskedNotTheirPartners(t *testing.T) {
	body := "## Priority actions\n\nInspectors looked at the SEND partnership's arrangements for children with additional needs.\n\n" +
		"Leaders should work with schools to cut the number of pupils with plans who miss lessons.\n\n" +
		"Leaders should make sure that health records reach schools before a child starts.\n\n" +
		"Leaders in the council should speed up the issuing of final plans.\n"
	want := map[string]string{"Leaders should work": "ICBs,Local authorities", "Leaders should make": "ICBs,Local authorities", "Leaders in the co": "Local authorities"}
	got := recs(t, body)
	if len(got) != len(want) {
		t.Fatalf("recommendations %q, want %d", got, len(want))
	}
	for _, r := range got {
		p := strings.Split(r, "|")
		for k, w := range want {
			if strings.HasPrefix(p[1], k) && p[2] != w {
				t.Errorf("%q: actors %q, want %q", p[1], p[2], w)
			}
		}
	}
	// A near miss: no partnership named, so the leaders are nobody's in
	// particular and the schools remain partners, not a body asked.
	plain := "## What next\n\nLeaders should work with schools to cut the number of pupils who miss lessons.\n"
	for _, r := range recs(t, plain) {
		if strings.HasSuffix(r, "|ICBs,Local authorities") {
			t.Errorf("%q: leaders outside an area report read as the partnership's", r)
		}
	}
}

// TestGuidelineImperativesAskProviders: a clinical guideline's numbered
// imperatives ("1.1.2 Give every child ...") ask the providers (Trusts);
// one naming its body keeps it, and the same imperatives in a document
// that is no guideline, or without a three-level number, gain no actor.
// Before, the imperatives had no actor. Every sentence is written for
// this test.
func TestGuidelineImperativesAskProviders(t *testing.T) {
	const recsPart = "## Recommendations\n\n## 1.1 Keeping families informed\n\n" +
		"1.1.1 Tell each family how long the wait for a first appointment is likely to be.\n\n" +
		"1.1.2 Do not discharge a child from the list because they missed one appointment.\n\n" +
		"1.1.3 Local authorities should fund short breaks for families while they wait.\n\n"
	guide := recsPart + "## Terms used in this guideline\n\nA named worker is the practitioner who keeps in touch with the family.\n"
	notGuide := recsPart + "## Terms used in this plan\n\nA named worker is the practitioner who keeps in touch with the family.\n"
	actors := func(body string) map[string]string {
		got := map[string]string{}
		for _, it := range extract.Extract(parseTyped(t, "guidance", body)) {
			if it.Kind != evidence.Recommendation {
				continue
			}
			var as []string
			for _, a := range it.Actors {
				as = append(as, string(a))
			}
			got[it.Number] = strings.Join(as, ",")
		}
		return got
	}
	g := actors(guide)
	for num, w := range map[string]string{"1.1.1": "Trusts", "1.1.2": "Trusts", "1.1.3": "Local authorities"} {
		if a, ok := g[num]; !ok || a != w {
			t.Errorf("guideline %s: actors %q (found %v), want %q (all %v)", num, a, ok, w, g)
		}
	}
	n := actors(notGuide)
	for _, num := range []string{"1.1.1", "1.1.2"} {
		if a, ok := n[num]; !ok || a != "" {
			t.Errorf("no guideline %s: actors %q (found %v), want none (all %v)", num, a, ok, n)
		}
	}
}
