package extract

import "testing"

// TestGovernmentAimIsNoAsk: the Government's stated aim for every school
// or child is its own policy, no ask of anyone; a body asking the
// Government, or the Government asking schools to act, is an ask. Every
// sentence is written for this test.
func TestGovernmentAimIsNoAsk(t *testing.T) {
	for _, c := range []struct {
		in  string
		ask bool
	}{
		{"The Government has said it wants every school to have access to a mental health practitioner.", false},
		{"Ministers want all young carers to be identified by their school.", false},
		// Asks.
		{"We want the Government to make sure every school has access to a mental health practitioner.", true},
		{"The charity wants every school to have a named mental health lead.", true},
	} {
		if got := analyse(c.in).asks; got != c.ask {
			t.Errorf("%q: ask %v, want %v", c.in, got, c.ask)
		}
	}
}
