package extract

import "testing"

// TestAStandfirstSignedWithItsWritersBylineIsFurniture: a magazine's
// standfirst ending in its writer's byline ("…, writes Ana Ruiz") is the
// article's teaser; one ending in a body that found something, one with a
// figure and one with no byline stay. Every sentence is written for this
// test.
func TestAStandfirstSignedWithItsWritersBylineIsFurniture(t *testing.T) {
	for _, s := range []string{
		"Councils are cutting school nursing to balance their books, and pupils are paying the price, writes Ana Ruiz",
		"Families in rural areas travel further for less help than anyone else, finds Tom Hale",
		"The new waiting list standard looks good on paper but nobody has funded it, argues Dr Priya Das",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Children in rural areas travel further for less help than anyone else, finds Healthwatch England",
		"Families wait longer for speech therapy than for any other community service, reports the Care Quality Commission",
		"One in four councils has cut school nursing since 2020, writes Ana Ruiz",
		"Councils are cutting school nursing to balance their books, and pupils are paying the price.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
