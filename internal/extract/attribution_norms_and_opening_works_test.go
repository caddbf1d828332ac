package extract_test

import "testing"

// TestANormSetByABodyIsNotTheMeasuredValues: a compared value that is a
// norm a body set ("against the 1,500 recommended by the Royal College of
// Nursing") is that body's; the measured value before it is the
// publisher's own (and when the norm is no figure of the item, the item
// cites no one), and a compared value written with a thousands
// separator runs on to its body as one without does. A body that
// recommends a figure opening the sentence, or whose survey opens it ("In
// the Forum's spring survey, …"), is the whole sentence's source. Before
// (held-out set 94): the headline "2,900 pupils" was cited to the Royal
// College of Nursing, cited in the regulator's report; the other two cited
// no one.
func TestANormSetByABodyIsNotTheMeasuredValues(t *testing.T) {
	checkLaterClauses(t, "Care Quality Commission", []laterClauseCase{
		{s: "School nurses held an average caseload of 2,900 pupils, against the 1,500 recommended by the Royal College of Nursing.",
			cites: "Royal College of Nursing", later: "1,500", laterCites: "Royal College of Nursing"},
		// The norm not read as a figure: the item holds nothing of the
		// body's.
		{s: "Health visitors in Eastmoor held an average caseload of 640 children, above the 250 set by the Institute of Health Visiting."},
		{s: "In 2024, 1,240 children in Hythe waited more than a year, compared with 61,000 across England according to NHS England.",
			cites: "NHS England", later: "61,000", laterCites: "NHS England"},
		{s: "The World Health Organization recommends 95% coverage to stop measles spreading.",
			cites: "World Health Organization", headline: "World Health Organization"},
		{s: "In the Eastmoor Parent Carer Forum's spring survey, 180 parents responded and 61% of them said communication was poor.",
			cites: "Eastmoor Parent Carer Forum", headline: "Eastmoor Parent Carer Forum"},
	})
}
