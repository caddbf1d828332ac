package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// A span counted in decades ("has been rising for two decades") was a
// count of 2; a finding over decades keeps its own figure.
func TestDecadesAreASpan(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Around 99,000 children are living with a life-limiting condition, and the number has been rising for two decades.", "Around 99,000 children=99000 count"},
		{"Waits have grown over three decades.", ""},
		{"Admissions rose by 20% over two decades.", "20%=20 percent/change"},
	}
	for _, c := range cases {
		if got := describe(extract.Figures(c.in)); got != c.want {
			t.Errorf("Figures(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// Meeting notes sent by e-mail: the covering line ("Below are the notes
// of ...", "Please let me know of any corrections by Friday") and a member
// thanked in the notes were excerpts; a finding that thanks stays.
func TestMeetingNotesCoverLinesAndThanks(t *testing.T) {
	body := "Below are the notes of Tuesday's SEND Health Partnership meeting. Please let me know of any corrections by Friday.\n\n" +
		"Nadia thanked members for their comments on the draft Local Offer pages.\n\n" +
		"The chair thanked the trust for cutting the longest waits by 20% since the spring.\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, string(it.Kind)+"|"+firstWords(it.Text, 3))
	}
	want := []string{"statistic|The chair thanked"}
	if !slices.Equal(got, want) {
		t.Errorf("items:\n got %q\nwant %q", got, want)
	}
}

// "We would ask that every primary school ..." and "... that practices
// send ..." named bodies the actors did not know: a determiner with a word
// for which schools, and GP practices without "GP".
func TestAskThatEveryPrimarySchoolAndPractices(t *testing.T) {
	cases := []struct {
		body string
		want []string
	}{
		{"We would ask that every primary school in the borough signs up to the Daily Mile before September.\n",
			[]string{"|We would ask that every primary school in the borough signs up to the Daily Mile before September.|Schools"}},
		{"We would ask that all secondary schools offer a drop-in with the school nurse each week.\n",
			[]string{"|We would ask that all secondary schools offer a drop-in with the school nurse each week.|Schools"}},
		{"We would ask that practices send a recall letter to every child who is overdue a dose.\n",
			[]string{"|We would ask that practices send a recall letter to every child who is overdue a dose.|Other"}},
		// Near-misses: no body opens the clause.
		{"We would ask that every primary child in the borough gets a dental check before September.\n",
			[]string{"|We would ask that every primary child in the borough gets a dental check before September.|"}},
	}
	for _, c := range cases {
		if got := recs(t, c.body); !slices.Equal(got, c.want) {
			t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
		}
	}
}

// "FURTHER ACTIONS AGREED" over numbered actions was no heading of
// actions: "1. Schools to name a lead ..." was an excerpt.
func TestFurtherActionsAgreed(t *testing.T) {
	body := "## FURTHER ACTIONS AGREED\n\n1. Schools to name a lead for health requests in every needs assessment.\n" +
		"2. Health visitors to pass on concerns about a child's speech at the two-year review.\n" +
		"3. All to send comments on the terms of reference to Kate by 30 May.\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Recommendation {
			got = append(got, it.Number+"|"+firstWords(it.Text, 2)+"|"+actorList(it))
		}
	}
	want := []string{"1|Schools to|Schools", "2|Health visitors|Trusts"}
	if !slices.Equal(got, want) {
		t.Errorf("recommendations:\n got %q\nwant %q", got, want)
	}
}

func actorList(it evidence.Item) string {
	s := ""
	for i, a := range it.Actors {
		if i > 0 {
			s += ","
		}
		s += string(a)
	}
	return s
}

// "1,187 children in Year 6 and 402 in Reception": the 402 was read as
// the second of two year groups ("Years 5 and 6"), and lost.
func TestCountAfterAYearGroupAndAnd(t *testing.T) {
	cases := []struct{ in, want string }{
		{"That is 1,187 children in Year 6 and 402 in Reception.", "1,187 children=1187 count; 402=402 count"},
		{"Pupils in Years 5 and 6 were weighed in the spring.", ""},
		{"Children in Year 6 and 7 said they felt safe.", ""},
	}
	for _, c := range cases {
		if got := describe(extract.Figures(c.in)); got != c.want {
			t.Errorf("Figures(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// A reply's pointer to its answers and thanks for an invitation were
// excerpts; thanks for an invitation with a finding stay.
func TestReplyPointerAndThanksForAnInvitation(t *testing.T) {
	body := "My answers are under each of your questions below.\n\n" +
		"Thank you for the invitation.\n\n" +
		"Thank you for the invitation to the review; 58 of the 94 parents we asked had waited more than two years.\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, string(it.Kind)+"|"+firstWords(it.Text, 3))
	}
	want := []string{"statistic|Thank you for"}
	if !slices.Equal(got, want) {
		t.Errorf("items:\n got %q\nwant %q", got, want)
	}
}
