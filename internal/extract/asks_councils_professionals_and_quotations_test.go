package extract_test

import (
	"slices"
	"testing"
)

// Round 20, second pass (asks and actors): shapes that documents nobody
// tuned for held and the rules misread, each in sentences written for
// these tests, with near-misses.

// TestNationalCouncilsAreNoLocalAuthority holds a national council (a
// regulator or a funder) named beside another body: both are asked, and
// the council is Other, not a local authority.
func TestNationalCouncilsAreNoLocalAuthority(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"a regulator beside NHS England", "## Recommendations\n\n1. NHS England and the Health and Care Professions Council should agree a quicker route into school nursing for experienced paediatric nurses.\n",
			"1|NHS England and the Health and Care Professions Council should agree a quicker route into school nursing for experienced paediatric nurses.|NHSE,Other"},
		{"a regulator alone", "## Recommendations\n\n1. The General Dental Council should publish guidance on fluoride varnish applied by dental nurses.\n",
			"1|The General Dental Council should publish guidance on fluoride varnish applied by dental nurses.|Other"},
		// Near-misses: a council of a place.
		{"a council of a place", "## Recommendations\n\n1. Oakfield Council and the ICB should agree a joint plan for short breaks.\n",
			"1|Oakfield Council and the ICB should agree a joint plan for short breaks.|ICBs,Local authorities"},
		{"a county council funding the arts", "## Recommendations\n\n1. The county council should fund the arts programme for young carers.\n",
			"1|The county council should fund the arts programme for young carers.|Local authorities"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, []string{c.want}) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestToldInThePassiveNamesNoActor holds an ask that those it names be
// told, informed or notified: they are served by it, and no body is named
// to act. A body required to act, or one that is to tell, is asked.
func TestToldInThePassiveNamesNoActor(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"informed by letter", "## Recommendations\n\n2. Schools should be informed by letter, before the transfer, which team now holds a child's care plan.\n",
			"2|Schools should be informed by letter, before the transfer, which team now holds a child's care plan.|"},
		{"notified", "## Recommendations\n\n3. Health visitors must be notified when a family with a baby moves into the area.\n",
			"3|Health visitors must be notified when a family with a baby moves into the area.|"},
		{"families told after a clause", "Respite is arranged through continuing care, and families should be told in writing when a care package is reviewed.\n",
			"|Respite is arranged through continuing care, and families should be told in writing when a care package is reviewed.|"},
		// Near-misses.
		{"parents' view that they be told", "## Findings\n\nParents said they should be told in writing when a care package is reviewed.\n", ""},
		{"required to publish", "## Recommendations\n\n4. Schools should be required to publish their medical conditions policy.\n",
			"4|Schools should be required to publish their medical conditions policy.|Schools"},
		{"the body that tells", "## Recommendations\n\n5. Trusts should inform schools in writing which team holds a child's plan.\n",
			"5|Trusts should inform schools in writing which team holds a child's plan.|Trusts"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var want []string
			if c.want != "" {
				want = []string{c.want}
			}
			if got := recs(t, c.body); !slices.Equal(got, want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, want)
			}
		})
	}
}

// TestBodyAskingProfessionalsByWork holds a body asking professionals
// named by their work ("GP practices", "pharmacists"), in a sentence or
// in a lead-in over a list, which asks them as the writer's "We are
// asking" does; a survey or a form asking people to rate or fill in is no
// ask.
func TestBodyAskingProfessionalsByWork(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a sentence", "The trust is asking GPs to send recent blood results with every referral.\n",
			[]string{"|The trust is asking GPs to send recent blood results with every referral.|Other"}},
		{"a lead-in", "## Advice for surgeries\n\nThe council is asking GP practices and pharmacists to:\n\n- offer the flu vaccine to every two-year-old at their first contact\n- tell families where the nearest walk-in clinic is\n",
			[]string{"|offer the flu vaccine to every two-year-old at their first contact|Other", "|tell families where the nearest walk-in clinic is|Other"}},
		// Near-misses.
		{"a survey asking", "The survey is asking parents to rate each clinic out of ten.\n", nil},
		{"a form asking", "The new form is asking GPs to give the child's weight and height.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestGratefulIfYouCouldCarryAnAsk holds the reader asked, politely, to
// carry an ask ("I'd be grateful if you could raise ... at the board"),
// read as "Could you raise ...?" is: the reader's body is asked. Asking
// the reader for a thing or a date asks no one to act.
func TestGratefulIfYouCouldCarryAnAsk(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"raise at a board", "Thank you for your reply.\n\nI'd be grateful if you could raise the respite gap at the health and wellbeing board in March.\n\nKind regards,\nJo\n",
			[]string{"|I'd be grateful if you could raise the respite gap at the health and wellbeing board in March.|Other"}},
		{"press a councillor's council", "Dear Councillor Patel,\n\nI would be very grateful if you could press the cabinet to keep the youth centre open.\n\nKind regards,\nJo\n",
			[]string{"|I would be very grateful if you could press the cabinet to keep the youth centre open.|Local authorities"}},
		// Near-misses.
		{"the slides", "Thank you for your reply.\n\nI would be grateful if you could send me the slides.\n\nKind regards,\nJo\n", nil},
		{"a date", "Thank you for your reply.\n\nI'd be grateful if you could let me know the date of the next meeting.\n\nKind regards,\nJo\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestSayingBeforeServicesIsAView holds "services" straight after a verb
// of saying ("Parents said services should ..."): the speaker's view, no
// recommendation, and no service named "said". Services asked with no
// speaker, or a kind of service named, stay asks.
func TestSayingBeforeServicesIsAView(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"many said", "Many said services should stop treating 16 like a cliff edge, and several asked for a named worker.\n", nil},
		{"carers told us", "Carers told us services must stop closing cases after one missed visit.\n", nil},
		// Near-misses.
		{"services asked", "Services should stop closing cases after one missed visit.\n",
			[]string{"|Services should stop closing cases after one missed visit.|Trusts"}},
		{"a kind of service", "Audiology services should offer Saturday clinics for school-age children.\n",
			[]string{"|Audiology services should offer Saturday clinics for school-age children.|Trusts"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestMustInALaterSentenceOfAQuotation holds a speaker's demand set in a
// later sentence of a quotation opened with a colon ('said: “... The
// council must ...”'): the speaker's ask of that body, as the quotation's
// first sentence already was, not a duty the text states. A "must" of a
// body outside any quotation, or one judging the past, is still none.
func TestMustInALaterSentenceOfAQuotation(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a councillor's demand", "Councillor Mary Okoro, who chairs the committee, said: “These families cannot wait another year. The council must hire more speech therapists and stop relying on locums.”\n",
			[]string{"|The council must hire more speech therapists and stop relying on locums.”|Local authorities"}},
		// Near-misses.
		{"judging the past", "The head teacher said: “We heard from families. The council must have known about the gap.”\n", nil},
		{"a duty outside the quotation", "She said: “Families cannot wait.” The council must consult parents before it closes a centre.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
