package extract_test

import "testing"

// TestABoardAskedToAskIsAsked: an item of a paper's request to its board
// that has the board ask, invite or call on another body ("The Board is
// asked to:" over "ask both providers to validate ...") asks the board's
// body, not the body it is to ask (internal/quality's conventions, as
// "The board should ask the trust to ..." is read). Before: the ICB and
// the providers, the health and wellbeing board (Other) and the ICB, Other
// and the Government; for the letters (written to or supported) the
// Government, NHS England with the ICB. Near misses: an item the board does with another
// body keeps both, and the writer's own "We ask the trusts to ..." outside
// a board's list asks the trusts. Every sentence is written for this test.
func TestABoardAskedToAskIsAsked(t *testing.T) {
	for _, c := range []struct {
		publisher, body, key, want string
	}{
		{"NHS Ashvale Integrated Care Board", "## Recommendations\n\nThe Strategic Commissioning Committee is asked to:\n\n- approve the preferred model for the new service;\n- ask both current providers to validate their waiting lists and report each month;\n- agree a joint protocol with both councils by June.\n",
			"ask both current providers to", "ICBs"},
		{"NHS Ashvale Integrated Care Board", "## Recommendations\n\nThe Strategic Commissioning Committee is asked to:\n\n- approve the preferred model for the new service;\n- ask both current providers to validate their waiting lists and report each month;\n- agree a joint protocol with both councils by June.\n",
			"agree a joint protocol with", "ICBs,Local authorities"},
		{"Ashvale Health and Wellbeing Board", "## Recommendations\n\nThe Health and Wellbeing Board is asked to:\n\n1. Approve the outcome measures in table 1 for annual reporting.\n2. Ask Ashvale ICB to keep its spending on children's mental health at this year's share.\n3. Call on the Government to restore the public health grant in real terms.\n",
			"Ask Ashvale ICB to keep", "Other"},
		{"Ashvale Health and Wellbeing Board", "## Recommendations\n\nThe Health and Wellbeing Board is asked to:\n\n1. Approve the outcome measures in table 1 for annual reporting.\n2. Ask Ashvale ICB to keep its spending on children's mental health at this year's share.\n3. Call on the Government to restore the public health grant in real terms.\n",
			"Call on the Government to", "Other"},
		// By letter: the board writes, the Government and NHS England
		// it writes to are not asked.
		{"Ashvale Borough Council", "## Recommendations\n\nCabinet is recommended to:\n\n1. approve the new delivery model for health visiting;\n2. write to the Secretary of State urging the government to restore the public health grant in real terms.\n",
			"write to the Secretary of", "Local authorities"},
		{"NHS Ashvale Integrated Care Board", "## Recommendations\n\nThe board is asked to:\n\n1. Approve the validation funding for the community paediatrics list.\n2. Support a joint letter asking NHS England to publish community waiting times by age.\n",
			"Support a joint letter asking", "ICBs"},
		// Near miss: the writer asks the trusts outright.
		{"Ashvale Parent Carer Forum", "We ask the trusts to publish their waiting times for each clinic every month.\n",
			"We ask the trusts to", "Trusts"},
	} {
		got := recActors(t, c.publisher, c.body)
		if a, ok := got[c.key]; !ok || a != c.want {
			t.Errorf("%s: %q: found %v, actors %q, want %q (all %v)", c.publisher, c.key, ok, a, c.want, got)
		}
	}
}
