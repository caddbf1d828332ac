package tui

import (
	"reflect"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/history"
)

// TestExplorerFormShowsEveryFilter: filters the explorer has rows for go
// to those rows; the others become field clauses of the query.
func TestExplorerFormShowsEveryFilter(t *testing.T) {
	for _, c := range []struct {
		query  string
		f      history.Filters
		want   string
		kind   evidence.Kind
		themes []string
		srcs   []string
		pubs   []string
	}{
		{"autism", history.Filters{Themes: []string{"send"}, Kinds: []string{"statistic"}}, "autism", evidence.Statistic, []string{"send"}, nil, nil},
		{"autism", history.Filters{Kinds: []string{"statistic", "excerpt"}}, "autism (kind:statistic OR kind:excerpt)", "", nil, nil, nil},
		{"", history.Filters{Actors: []string{"Local authorities"}, From: 2018}, `actor:"Local authorities" year:>=2018`, "", nil, nil, nil},
		{"waits", history.Filters{From: 2018, To: 2020, Sources: []string{"s1"}}, "waits year:2018..2020", "", nil, []string{"s1"}, nil},
		{"waits", history.Filters{To: 2020, Publishers: []string{"CQC"}}, "waits year:<=2020", "", nil, nil, []string{"CQC"}},
		// A kind as the flag reads it is the row's; a kind no cypx writes
		// (a hand-edited history) is a clause, which the query refuses in
		// words, not the row's, which listed nothing with no word.
		{"autism", history.Filters{Kinds: []string{"statistics"}}, "autism", evidence.Statistic, nil, nil, nil},
		{"autism", history.Filters{Kinds: []string{"widget"}}, "autism kind:widget", "", nil, nil, nil},
	} {
		q, themes, kind, srcs, pubs := explorerForm(c.query, c.f)
		if q != c.want || kind != c.kind || !reflect.DeepEqual(themes, c.themes) || !reflect.DeepEqual(srcs, c.srcs) || !reflect.DeepEqual(pubs, c.pubs) {
			t.Errorf("explorerForm(%q, %+v) = %q %v %q %v %v", c.query, c.f, q, themes, kind, srcs, pubs)
		}
	}
}
