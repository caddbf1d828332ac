package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestExpectationOverAListLeadsInAsks: a body's expectation over a list ("we expect every
// integrated care board to:") leads in asks, and a lead-in of asks whose
// verb its items finish is no excerpt of its own, for each ask says it
// again; a lead-in that is a sentence of its own ("... makes several
// recommendations for ICBs, including:") and one over a list of what
// families said stay. Written for this test.
func TestExpectationOverAListLeadsInAsks(t *testing.T) {
	body := "## What we expect\n\nFrom September 2026, we expect every integrated care board to:\n\n" +
		"1. name a board lead for children with long-term conditions\n2. publish how many young people move to adult care each year\n\n" +
		"The trust is asking GP practices and health visitors to:\n\n- check that every toddler has seen a dentist\n- give families the tooth-brushing leaflet\n\n" +
		"Families told us about the waits they faced over the last year:\n\n- one waited 14 months for a first appointment\n- another moved away\n\n" +
		"The review makes several recommendations for ICBs, including:\n\n- a named lead for transition in every ICB\n- joint clinics with adult services\n"
	kinds := map[string]evidence.Kind{}
	for _, it := range extract.Extract(parseBody(t, "Marlbury Trust", body)) {
		kinds[it.Text] = it.Kind
		if it.Text == "name a board lead for children with long-term conditions" && (len(it.Actors) != 1 || it.Actors[0] != evidence.ICBs) {
			t.Errorf("%q: actors %v, want [ICBs] (the lead-in's)", it.Text, it.Actors)
		}
	}
	for text, want := range map[string]evidence.Kind{
		"From September 2026, we expect every integrated care board to:":  "",
		"name a board lead for children with long-term conditions":        evidence.Recommendation,
		"publish how many young people move to adult care each year":      evidence.Recommendation,
		"The trust is asking GP practices and health visitors to:":        "",
		"check that every toddler has seen a dentist":                     evidence.Recommendation,
		"Families told us about the waits they faced over the last year:": evidence.Excerpt,
		"one waited 14 months for a first appointment":                    evidence.Statistic,
		"The review makes several recommendations for ICBs, including:":   evidence.Excerpt,
	} {
		if got := kinds[text]; got != want {
			t.Errorf("%q: kind %q, want %q", text, got, want)
		}
	}
	if t.Failed() {
		var all []string
		for k, v := range kinds {
			all = append(all, string(v)+": "+k)
		}
		t.Log(strings.Join(all, "\n"))
	}
}

// TestEverySecondarySchool: "every secondary school" is Schools, as
// "every school" is, in a lead-in and as a subject. Written for this test.
func TestEverySecondarySchool(t *testing.T) {
	body := "From April 2026, we expect every secondary school in Marlbury to:\n\n- name a lead for pupils' health\n- take part in the health survey\n\n" +
		"Every primary school should have a named school nurse.\n"
	n := 0
	for _, it := range extract.Extract(parseBody(t, "Marlbury Council", body)) {
		if it.Kind != evidence.Recommendation {
			t.Errorf("%q: kind %q, want a recommendation", it.Text, it.Kind)
			continue
		}
		n++
		if len(it.Actors) != 1 || it.Actors[0] != evidence.Schools {
			t.Errorf("%q: actors %v, want [Schools]", it.Text, it.Actors)
		}
	}
	if n != 3 {
		t.Errorf("%d recommendations, want 3", n)
	}
}
