package tui

import (
	"fmt"
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/index"
)

// queryNote is what the last search said about its query: what the
// thesaurus added, and near words for typed words no item holds. The
// status line shows it under its messages for as long as the query stands.
type queryNote struct {
	expanded    []index.Expansion
	suggestions []index.Suggestion
	// problem is why the query being typed does not read (the list
	// keeps the last results meanwhile).
	problem string
}

// setNote keeps what a search said about its query and words the status
// line's note to fit the width.
func (m *Model) setNote(res index.Result) {
	m.note = queryNote{expanded: res.Expanded, suggestions: res.Suggestions}
	m.fitNote()
}

// fitNote words the note for the width, after a search or a resize.
func (m *Model) fitNote() {
	m.status.SetNote(noteText(m.note, m.keys.Accept.Help().Key, m.width))
}

// noteText is the note in width: the suggestions first ("autisim: did you
// mean autism (12)? ctrl+y accepts"), then each expansion ("CAMHS: also
// CYPMHS, child and adolescent mental health services, …"). Too wide, it
// leaves out whole alternatives and forms from the end ("…" says so),
// then cuts between words: never inside a word or a count.
func noteText(n queryNote, acceptKey string, width int) string {
	if n.problem != "" {
		text := "Last results kept: " + strings.TrimPrefix(n.problem, "cannot read the query: ")
		if width <= 0 {
			return text
		}
		return fit.Words(text, width)
	}
	shown := make([]int, len(n.expanded))
	for i, x := range n.expanded {
		shown[i] = len(x.Forms)
	}
	alts := 0
	for _, s := range n.suggestions {
		alts = max(alts, len(s.Terms))
	}
	terms := len(n.expanded)
	for {
		text := noteWith(n, acceptKey, shown[:terms], alts)
		if width <= 0 || fit.Width(text) <= width {
			return text
		}
		// Leave out what matters least first: later forms of later terms,
		// second and third spellings, then later terms whole.
		dropped := false
		for i := terms - 1; i >= 0 && !dropped; i-- {
			if shown[i] > 1 {
				shown[i]--
				dropped = true
			}
		}
		switch {
		case dropped:
		case alts > 1:
			alts--
		case terms > 1 || (terms == 1 && len(n.suggestions) > 0):
			terms--
		default:
			cut := fit.Words(text, width)
			cut = strings.TrimSuffix(cut, "……")
			for _, p := range []string{",…", " ·…", " …"} {
				if strings.HasSuffix(cut, p) {
					cut = strings.TrimSuffix(cut, p) + "…"
				}
			}
			return cut
		}
	}
}

// noteWith words the note with shown[i] forms of expansion i and alts
// spellings a word.
func noteWith(n queryNote, acceptKey string, shown []int, alts int) string {
	var parts []string
	for _, s := range n.suggestions {
		var terms []string
		for _, t := range s.Terms[:min(alts, len(s.Terms))] {
			terms = append(terms, fmt.Sprintf("%s (%d)", t.Term, t.Count))
		}
		parts = append(parts, s.Word+": did you mean "+strings.Join(terms, " or ")+"?")
	}
	if len(n.suggestions) > 0 {
		parts[len(parts)-1] += " " + acceptKey + " accepts"
	}
	for i, x := range n.expanded[:len(shown)] {
		forms := append([]string{}, x.Forms[:shown[i]]...)
		if shown[i] < len(x.Forms) {
			forms = append(forms, "…")
		}
		p := x.Term + ": also " + strings.Join(forms, ", ")
		if x.Ambiguous {
			p += " (ambiguous: all searched)"
		}
		parts = append(parts, p)
	}
	if len(shown) < len(n.expanded) {
		parts = append(parts, "…")
	}
	return strings.Join(parts, " · ")
}

// acceptSuggestion puts the nearest word offered in place of each word that
// matched nothing, and searches.
func (m *Model) acceptSuggestion() tea.Cmd {
	if len(m.note.suggestions) == 0 {
		m.status.Info("No spelling to accept: one is offered when a search finds nothing")
		return nil
	}
	q := m.search.Value()
	var changes []string
	for _, s := range m.note.suggestions {
		if len(s.Terms) == 0 {
			continue
		}
		if next, ok := replaceWord(q, s.Word, s.Terms[0].Term); ok {
			q = next
			changes = append(changes, s.Word+" → "+s.Terms[0].Term)
		}
	}
	if len(changes) == 0 {
		return nil
	}
	m.search.SetValue(q)
	m.note = queryNote{}
	m.fitNote()
	m.status.Info("Searching " + strings.Join(changes, ", "))
	return m.newSearch()
}

// replaceWord replaces each whole word of q equal to word, in any case,
// with by: "autisim" in "autisim -adhd" but not in "autisims". A word
// runs from a letter or digit over letters, digits and the joiners of
// words such as "a&e" and "co-production", to its last letter or digit.
func replaceWord(q, word, by string) (string, bool) {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	joins := func(r rune) bool { return isWord(r) || strings.ContainsRune("'’&-_.", r) }
	var b strings.Builder
	done := false
	rs := []rune(q)
	for i := 0; i < len(rs); {
		if !isWord(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && joins(rs[j]) {
			j++
		}
		for !isWord(rs[j-1]) {
			j--
		}
		if strings.EqualFold(string(rs[i:j]), word) {
			b.WriteString(by)
			done = true
		} else {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String(), done
}
