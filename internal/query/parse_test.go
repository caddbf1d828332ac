package query_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/query"
)

func TestParse(t *testing.T) {
	cases := []struct {
		q      string
		typing bool
		want   string // the tree, or "error: " and part of the message
	}{
		{q: "", want: "<nil>"},
		{q: "autism", want: "autism"},
		{q: "autism", typing: true, want: "autism…"},
		{q: "autism ", typing: true, want: "autism"},
		{q: "waiting autism", want: "(waiting autism)"},
		{q: "autism OR adhd", want: "(autism OR adhd)"},
		{q: "autism adhd OR camhs", want: "((autism adhd) OR camhs)"},
		{q: "autism AND adhd", want: "(autism adhd)"},
		{q: "-autism waiting", want: "(-autism waiting)"},
		{q: "NOT autism", want: "-autism"},
		{q: "waiting NOT autism", want: "(waiting -autism)"},
		{q: "- -x", want: "error: lone '-'"},
		{q: "--x", want: "x"},
		{q: "+waiting", want: "waiting"},
		{q: "(autism OR adhd) waiting", want: "((autism OR adhd) waiting)"},
		{q: "(autism OR adhd", typing: true, want: "(autism OR adhd…)"},
		{q: "(autism OR adhd)", typing: true, want: "(autism OR adhd)"},
		{q: `"waiting list"`, want: `"waiting list"`},
		{q: `"waiting li`, typing: true, want: `"waiting li…`},
		{q: `"waiting li`, want: "error: never closed"},
		{q: `theme:send`, want: "theme:send"},
		{q: `Theme:send`, want: "theme:send"},
		{q: `publisher:"NHS Providers" autism`, want: `(publisher:"NHS Providers" autism)`},
		{q: `year:2018..2020`, want: "year:2018..2020"},
		{q: `value:>50`, want: "value:>50"},
		{q: `value:<=12.5`, want: "value:<=12.5"},
		{q: `year:2020..2018`, want: "error: backwards"},
		{q: `value:>x`, want: "error: not a number"},
		{q: `theme:`, want: "error: needs a value"},
		{q: `10:30 A&E`, want: "(10:30 A&E)"},
		{q: `wait*`, want: "wait*"},
		{q: `autisim~1`, want: "autisim~1"},
		{q: `autisim~`, want: "autisim~1"},
		{q: `autisim~9`, want: "error: ~1 or ~2"},
		{q: `*`, want: "error: matches any word"},
		{q: "(", want: "error: never closed"},
		{q: ")", want: "error: has no '('"},
		{q: "()", want: "error: empty"},
		{q: "NOT", want: "error: NOT at character 1 needs a word"},
		{q: "autism NOT", typing: true, want: "autism"},
		{q: "OR", want: "error: OR at character 1 needs something before"},
		{q: "autism OR", want: "error: needs something after"},
		{q: "autism OR", typing: true, want: "autism"},
		{q: `""`, want: "error: quotes at character 1 are empty"},
		{q: "a)", want: "error: has no '('"},
	}
	for _, c := range cases {
		n, err := query.Parse(c.q, query.Options{Typing: c.typing})
		got := "<nil>"
		switch {
		case err != nil:
			got = "error: " + err.Error()
		case n != nil:
			got = n.String()
		}
		if want, isErr := strings.CutPrefix(c.want, "error: "); isErr {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("Parse(%q, typing %v) = %s, want an error saying %q", c.q, c.typing, got, want)
			}
			continue
		}
		if got != c.want {
			t.Errorf("Parse(%q, typing %v) = %s, want %s", c.q, c.typing, got, c.want)
		}
	}
}

func TestParseLengthLimitIsExact(t *testing.T) {
	at := strings.Repeat("é", query.MaxRunes)
	if _, err := query.Parse(at, query.Options{}); err != nil {
		t.Errorf("a query of exactly %d characters was refused: %v", query.MaxRunes, err)
	}
	if _, err := query.Parse(at+"e", query.Options{}); err == nil || !strings.Contains(err.Error(), "4097 characters") {
		t.Errorf("a query of %d characters: %v, want a refusal naming its length", query.MaxRunes+1, err)
	}
}

// FuzzParse checks that any input is either read or explained, and that a
// tree read once reads the same when printed and read again.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"autism", `"waiting li`, "(a OR b) -c", "theme:send year:2018..2020", "value:>50", "NOT", "()", `publisher:"NHS`} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, q string, typing bool) {
		n, err := query.Parse(q, query.Options{Typing: typing})
		if err != nil {
			var qe *query.Error
			if !asError(err, &qe) || qe.Msg == "" {
				t.Fatalf("Parse(%q): %v is not an explained query error", q, err)
			}
			return
		}
		if n == nil && strings.TrimSpace(q) != "" {
			// Only stop-like input reads as nothing: an open quote or bracket while typing.
			if !typing {
				t.Fatalf("Parse(%q) read nothing and said nothing", q)
			}
		}
	})
}

// TestJoinedWordsAndCompatibilityForms: words joined by a bar are
// alternatives and by a slash or a plus both required, as a search box
// reads them, figures keeping their slash; full-width letters and
// ligatures are the plain letters the index holds. Before, "autism|adhd",
// "ADHD/autism" and "autism+adhd" were each one word, searched as a phrase
// that found nothing, and "ａｕｔｉｓｍ" and "ﬁnance" found nothing.
func TestJoinedWordsAndCompatibilityForms(t *testing.T) {
	for _, c := range []struct {
		q      string
		typing bool
		want   string
	}{
		{q: "autism|adhd", want: "(autism OR adhd)"},
		{q: "autism || adhd waiting", want: "(autism OR (adhd waiting))"},
		{q: "autism | adhd", want: "(autism OR adhd)"},
		{q: "ADHD/autism", want: "(ADHD autism)"},
		{q: "autism+adhd", want: "(autism adhd)"},
		{q: "-adhd/autism waiting", want: "(-(adhd autism) waiting)"},
		{q: "autism|adh", typing: true, want: "(autism OR adh…)"},
		{q: "2023|2024", want: "(2023 OR 2024)"},
		{q: "| autism", want: "error: '|' (OR) at character 1 needs something before it, as in autism OR adhd"},
		{q: "2023/24", want: "2023/24"},
		{q: "24/7 access", want: "(24/7 access)"},
		{q: "ａｕｔｉｓｍ", want: "autism"},
		{q: "ﬁnance", want: "finance"},
		{q: `"ﬁnancial ｐｌａｎ"`, want: `"financial plan"`},
		{q: "km²", want: "km²"},
	} {
		n, err := query.Parse(c.q, query.Options{Typing: c.typing})
		got := "<nil>"
		if n != nil {
			got = n.String()
		}
		if err != nil {
			got = "error: " + err.Error()
		}
		if got != c.want {
			t.Errorf("%q: %s, want %s", c.q, got, c.want)
		}
	}
}

// TestBarBesideAQuoteBracketOrFieldIsOR: a bar with no space around it
// is OR whatever it joins, binding before the words beside it, and a bar
// after a field clause gives that field another value. Before, a bar
// beside a quote or a bracket was read as part of the word next to it
// ("|adhd"), so both parts were required; "autism|theme:send" searched
// the words "theme send"; "theme:waiting-lists|mental-health" was "no
// such theme"; and "autism|" searched autism where "autism |" was an
// error.
func TestBarBesideAQuoteBracketOrFieldIsOR(t *testing.T) {
	for _, c := range []struct {
		q      string
		typing bool
		want   string
	}{
		{q: `"waiting list"|adhd`, want: `("waiting list" OR adhd)`},
		{q: `autism|"waiting list" camhs`, want: `((autism OR "waiting list") camhs)`},
		{q: `(autism OR asd)|adhd waiting`, want: `(((autism OR asd) OR adhd) waiting)`},
		{q: `waiting autism|(adhd)`, want: `(waiting (autism OR adhd))`},
		{q: `autism|theme:waiting-lists`, want: `(autism OR theme:waiting-lists)`},
		{q: `theme:waiting-lists|mental-health`, want: `(theme:waiting-lists OR theme:mental-health)`},
		{q: `year:2023|2024`, want: `(year:2023 OR year:2024)`},
		{q: `year:2023|year:2024`, want: `(year:2023 OR year:2024)`},
		{q: `publisher:"NHS Providers"|"NHS England"`, want: `(publisher:"NHS Providers" OR publisher:"NHS England")`},
		{q: `-autism|adhd`, want: `-(autism OR adhd)`},
		{q: `autism|-adhd`, want: `(autism OR -adhd)`},
		{q: `autism|`, want: `error: '|' (OR) at character 7 needs something after it`},
		{q: `autism|`, typing: true, want: `autism`},
		{q: `autism|ad`, typing: true, want: `(autism OR ad…)`},
		{q: `theme:send|men`, typing: true, want: `(theme:send OR theme:men)`},
		{q: `autism -`, typing: true, want: `autism`},
		{q: `co-`, typing: true, want: `co-…`},
		{q: `autism|-`, typing: true, want: `autism`},
		{q: `autism -`, want: `error: a lone '-' at character 8`},
		{q: `publisher:"`, typing: true, want: `publisher:""`},
		{q: `publisher:""`, want: `error: the quotes are empty`},
		{q: `2023|24`, want: `(2023 OR 24)`},
	} {
		n, err := query.Parse(c.q, query.Options{Typing: c.typing})
		got := "<nil>"
		if n != nil {
			got = n.String()
		}
		if err != nil {
			got = "error: " + err.Error()
		}
		if want, isErr := strings.CutPrefix(c.want, "error: "); isErr {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%q (typing %v): %s, want an error saying %q", c.q, c.typing, got, want)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%q (typing %v): %s, want %s", c.q, c.typing, got, c.want)
		}
	}
	// A word spelt like a clause prints as one: ask for the clause.
	n, _ := query.Parse("autism|theme:waiting-lists", query.Options{})
	fields := 0
	query.Walk(n, func(x query.Node) {
		if _, ok := x.(query.Field); ok {
			fields++
		}
	})
	if fields != 1 {
		t.Errorf("autism|theme:waiting-lists: %d field clauses in %s, want theme:waiting-lists read as one", fields, n)
	}
}

// TestErrorNamesTheCharacterNotTheByte: a message's "character N" counts
// characters, as the user sees them. Before, it counted bytes: after a
// full-width word ("ａｕｔｉｓｍ OR") the OR was "at character 20", after
// "café" one too far.
func TestErrorNamesTheCharacterNotTheByte(t *testing.T) {
	for q, want := range map[string]string{
		"ａｕｔｉｓｍ OR":   "OR at character 8 ",
		"café |":      "'|' (OR) at character 6 ",
		"naïve (":     "the '(' at character 7 ",
		`naïve "wait`: "the quote at character 7 ",
		"naïve -":     "a lone '-' at character 7 ",
		"naïve )":     "the ')' at character 7 ",
	} {
		_, err := query.Parse(q, query.Options{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want an error saying %q", q, err, want)
		}
	}
}

// TestFullWidthFieldIsAField: a clause typed full-width, its name, its
// colon or both, is the clause. Before, "ｔｈｅｍｅ:send" and "theme：send"
// were searched as words and found nothing, with nothing said.
func TestFullWidthFieldIsAField(t *testing.T) {
	for q, want := range map[string]string{
		"ｔｈｅｍｅ:send":       "theme:send",
		"theme：send":       "theme:send",
		"ｙｅａｒ：２０２４":        "year:2024",
		"ｖａｌｕｅ:>５０ autism": "(value:>50 autism)",
		"CAMHS： waiting":   "(CAMHS waiting)",
	} {
		n, err := query.Parse(q, query.Options{})
		if err != nil {
			t.Errorf("%q: %v", q, err)
			continue
		}
		fields := 0
		query.Walk(n, func(x query.Node) {
			if _, ok := x.(query.Field); ok {
				fields++
			}
		})
		if n.String() != want || strings.Contains(want, ":") != (fields == 1) {
			t.Errorf("%q: %s (%d clauses), want %s", q, n, fields, want)
		}
	}
}

// TestWebAddressKeepsItsSlashes: a web address or a site's path typed as
// a word is searched as written, its slashes and pluses its own. Before,
// "www.nhs.uk/camhs" was read as "www.nhs.uk" and "camhs", each anywhere
// in an item, as "ADHD/autism" is.
func TestWebAddressKeepsItsSlashes(t *testing.T) {
	for q, want := range map[string]string{
		"www.nhs.uk/camhs":        "www.nhs.uk/camhs",
		"example.org/a+b":         "example.org/a+b",
		"gov.uk/guidance/send":    "gov.uk/guidance/send",
		"ADHD/autism":             "(ADHD autism)",
		"e.g./i.e.":               "e.g./i.e.",
		"autism./adhd":            "(autism. adhd)",
		"Dr/nurse":                "(Dr nurse)",
		"camhs www.nhs.uk/camhs ": "(camhs www.nhs.uk/camhs)",
	} {
		n, err := query.Parse(q, query.Options{})
		if err != nil || n.String() != want {
			t.Errorf("%q: %v %v, want %s", q, n, err, want)
		}
	}
}

// TestValueAfterABarIsMarkedCarried: a value joined by a bar to a field
// clause is marked as carried from it, so the index reads it as the
// field's only when the field has it, and otherwise as the words typed.
func TestValueAfterABarIsMarkedCarried(t *testing.T) {
	n, err := query.Parse(`publisher:"NHS Providers"|autism`, query.Options{})
	or, ok := n.(query.Or)
	if err != nil || !ok || len(or) != 2 {
		t.Fatalf("%v %v", n, err)
	}
	first, second := or[0].(query.Field), or[1].(query.Field)
	if first.Carried || !second.Carried {
		t.Errorf("carried: %v, %v; want the second alone", first.Carried, second.Carried)
	}
	if w, err := second.Text(); err != nil || w.String() != "autism" {
		t.Errorf("as text: %v %v", w, err)
	}
	n, _ = query.Parse(`theme:send|"waiting lis`, query.Options{Typing: true})
	if w, err := n.(query.Or)[1].(query.Field).Text(); err != nil || w.String() != `"waiting lis…` {
		t.Errorf("an open phrase as text: %v %v", w, err)
	}
	n, _ = query.Parse(`theme:send|autis`, query.Options{Typing: true})
	if w, err := n.(query.Or)[1].(query.Field).Text(); err != nil || w.String() != "autis…" {
		t.Errorf("a word being typed as text: %v %v", w, err)
	}
}
