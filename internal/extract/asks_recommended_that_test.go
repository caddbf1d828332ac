package extract_test

import (
	"strings"
	"testing"
)

// TestBodyRecommendedThatAsks: a body named as having recommended that
// another act ("The Youth Forum recommended that the trust open its clinic
// on Saturdays", "Healthwatch Eldham recommended that the council
// publishes ...") asks that body, as "recommends that" does, whatever
// figure the ask holds; a person's advice to one patient ("Her GP
// recommended that she try melatonin first") asks no body.
func TestBodyRecommendedThatAsks(t *testing.T) {
	for in, want := range map[string]string{
		"The Youth Forum recommended that the trust open its clinic on Saturdays.":                                       "Trusts",
		"Healthwatch Eldham recommended that the council publishes how many families its health visitors see each year.": "Local authorities",
		"The Children's Partnership Board recommended that providers phone every family waiting over 40 weeks to help.":  "Trusts",
	} {
		got := recs(t, in)
		if len(got) != 1 || !strings.HasSuffix(got[0], "|"+want) {
			t.Errorf("%q: recommendations %q, want one asking %s", in, got, want)
		}
	}
	for _, in := range []string{
		"Her GP recommended that she try melatonin first.",
		"The paediatrician recommended that Sam see a dietitian.",
	} {
		if got := recs(t, in); len(got) != 0 {
			t.Errorf("%q: recommendations %q, want none", in, got)
		}
	}
}

// TestTeamRecommendsThatAsks: a body's team named in lower case ("The
// public health team recommends that the council extends ...", "Our
// speech and language therapy service recommends that the ICB funds ...")
// asks the body it names, as "The committee recommends that" does; advice
// to parents asks no body.
func TestTeamRecommendsThatAsks(t *testing.T) {
	for in, want := range map[string]string{
		"The public health team recommends that the council extends free fluoride varnish to every nursery.": "Local authorities",
		"Our speech therapy service recommends that the ICB funds two more therapists.":                      "ICBs",
	} {
		got := recs(t, in)
		if len(got) != 1 || !strings.HasSuffix(got[0], "|"+want) {
			t.Errorf("%q: recommendations %q, want one asking %s", in, got, want)
		}
	}
	if got := recs(t, "Our health visiting service recommends that parents keep the red book."); len(got) != 0 {
		t.Errorf("advice to parents: recommendations %q, want none", got)
	}
}

// TestGluedLabelledResolutionsAreAsks: two labelled recommendations in a
// council report's resolution form ("Recommendation 1: That Cabinet works
// with ...") that a PDF ran into one paragraph are each an ask with its
// number, as each is on a line of its own.
func TestGluedLabelledResolutionsAreAsks(t *testing.T) {
	body := "## 5. Recommendations to Cabinet\n\nThe panel asks Cabinet to agree the following recommendations.\n\n" +
		"Recommendation 1: That Cabinet works with Brayford ICB to open a second eating disorder clinic by April 2028. " +
		"Recommendation 2: That the Cabinet Member for Health asks the trust to publish its waits each month.\n\n" +
		"Recommendation 3: That the council funds a youth counselling service from 2027.\n"
	got := recs(t, body)
	want := map[string]bool{"1": false, "2": false, "3": false}
	for _, r := range got {
		n, _, _ := strings.Cut(r, "|")
		if _, ok := want[n]; ok {
			want[n] = true
		}
	}
	for n, ok := range want {
		if !ok {
			t.Errorf("recommendation %s not read: %q", n, got)
		}
	}
}

// TestPersonToWriteAskingABodyAsks: a follow-up task owned by a person
// that writes to a body asking it to act ("Ben Fry to write to NHS England
// asking it to confirm the uplift") asks that body, as "The network will
// write to the ICB urging it to" does; a task with no body asked asks no
// one.
func TestPersonToWriteAskingABodyAsks(t *testing.T) {
	got := recs(t, "Ben Fry to write to NHS England asking it to confirm the uplift for eating disorders.")
	if len(got) != 1 || !strings.HasSuffix(got[0], "|NHSE") {
		t.Errorf("recommendations %q, want one asking NHSE", got)
	}
	if got := recs(t, "Ben Fry to write up the notes of the huddle and circulate them by Friday."); len(got) != 0 {
		t.Errorf("a task asking no body: recommendations %q, want none", got)
	}
}
