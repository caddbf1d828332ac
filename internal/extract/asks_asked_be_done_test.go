package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// An ask reported in the passive subjunctive, for a group of people to be
// given a service, is an ask in any tense and with a clause after it; a
// request about the askers' own names is none.
func TestAskedThatPeopleBeGivenAService(t *testing.T) {
	for _, s := range []string{
		"The young carers' council has asked that carers be offered a break every school holiday while the review goes on.",
		"Parents requested that every child be seen by a dentist before starting school.",
	} {
		if !extract.Asks(s) {
			t.Errorf("no ask in %q", s)
		}
	}
	for _, s := range []string{
		"Families asked that their names be kept out of the report.",
		"Children were offered a place within two weeks.",
	} {
		if extract.Asks(s) {
			t.Errorf("an ask in %q", s)
		}
	}
}
