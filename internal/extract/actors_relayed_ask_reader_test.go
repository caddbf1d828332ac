package extract_test

import "testing"

// TestARelayedAskAsksTheReader: a reader asked to ask a body to act
// ("Could you ask the ICB to ...", "I urge you to ask the trust to ...")
// is asked, its kind (a councillor's council, a minister's government,
// Other where the letter does not say), not the body it is to ask
// (internal/quality's conventions, as "The board should ask the trust to
// ..." is read). Before, the body to be asked: ICBs, Trusts, Local
// authorities. Near misses keep the body asked: the writer asking it
// outright, and a body that should act itself. Every sentence is written
// for this test.
func TestARelayedAskAsksTheReader(t *testing.T) {
	for _, c := range []struct {
		body, key, want string
	}{
		{"Dear Councillor Amin,\n\nCould you ask the ICB to fund a second speech therapist for the special schools?\n\nBest wishes,\nRuth\n",
			"Could you ask the ICB", "Local authorities"},
		{"Dear Minister,\n\nI would be grateful if you could ask the trust to reopen the children's ward at night.\n\nYours sincerely,\nRuth\n",
			"I would be grateful if", "Government"},
		{"Dear Mr Okoro,\n\nCould you please ask the council to keep the toy library open on Saturdays?\n\nThanks,\nRuth\n",
			"Could you please ask the", "Other"},
		{"Dear Cllr Patel,\n\nI urge you to ask the trust to publish its waits for each clinic.\n\nBest wishes,\nRuth\n",
			"I urge you to ask", "Local authorities"},
		{"Dear Cllr Patel,\n\nIt would really help if the committee could:\n\n- ask the ICB to publish its therapy waits each quarter;\n- invite the community trust to explain its plan for the backlog.\n\nBest wishes,\nRuth\n",
			"ask the ICB to publish", "Local authorities"},
		// Near misses: the body is asked.
		{"Dear Mr Okoro,\n\nWe would ask the council to keep the toy library open on Saturdays.\n\nThanks,\nRuth\n",
			"We would ask the council", "Local authorities"},
		{"Dear Mr Okoro,\n\nThe trust should reopen the children's ward at night.\n\nThanks,\nRuth\n",
			"The trust should reopen the", "Trusts"},
	} {
		got := recActors(t, "Ashvale Parent Carer Forum", c.body)
		if a, ok := got[c.key]; !ok || a != c.want {
			t.Errorf("%q: found %v, actors %q, want %q (all %v)", c.key, ok, a, c.want, got)
		}
	}
}
