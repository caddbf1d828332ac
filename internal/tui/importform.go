package tui

import (
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/tui/textfield"
)

// importForm shows what was guessed of a report's metadata — title,
// publisher, date, type — for the user to correct and complete. Nothing
// is written until the user confirms; esc leaves without writing.
type importForm struct {
	keys   keys.KeyMap
	path   string
	fields ImportFields
	inputs [3]textfield.Model // title, publisher, date
	// types are the source types, typ the chosen one.
	types []evidence.SourceType
	typ   int
	// focus is the field with the keys: 0-2 the inputs, 3 the type, 4 the
	// Import button.
	focus int
	// problem says why the last confirm was refused.
	problem string
	// cleaned names the fields whose guess lost control or invisible
	// characters.
	cleaned []string
	// guessed are the fields' values and the type as the form opened:
	// what esc may throw away without asking.
	guessed  [3]string
	guessTyp int
	// asking says esc was pressed over fields the user changed: the form
	// asks before throwing them away (a second esc or y does).
	asking bool
	width  int
	height int
}

const (
	fieldTitle = iota
	fieldPublisher
	fieldDate
	fieldType
	fieldButton
	fieldCount
)

var fieldNames = [...]string{"Title", "Publisher", "Date", "Type"}

func newImportForm(km keys.KeyMap, st styles.Styles, path string, f ImportFields) *importForm {
	m := &importForm{keys: km, path: path, fields: f, types: evidence.SourceTypes}
	for i, v := range []string{f.Title, f.Publisher, f.Date} {
		// A PDF's author or a page's title may hold line breaks, escape
		// sequences or invisible characters; the input would keep the
		// invisible ones and draw them raw. They go, and the form says so.
		if clean, changed := evidence.CleanLine(v); changed {
			v = clean
			m.cleaned = append(m.cleaned, strings.ToLower(fieldNames[i]))
		}
		m.inputs[i] = textfield.New(st, "", 300)
		m.inputs[i].SetValue(v)
	}
	m.inputs[fieldDate].SetPlaceholder("YYYY-MM-DD, YYYY-MM or YYYY")
	m.inputs[fieldPublisher].SetPlaceholder("who published it, as cited: NHS Providers")
	for i, t := range m.types {
		if string(t) == f.Type {
			m.typ = i
		}
	}
	for i := range m.inputs {
		m.guessed[i] = m.inputs[i].Value()
	}
	m.guessTyp = m.typ
	// Start on the first field the file did not fill.
	m.focus = fieldButton
	for i := fieldTitle; i <= fieldDate; i++ {
		if strings.TrimSpace(m.inputs[i].Value()) == "" {
			m.focus = i
			break
		}
	}
	m.focusField(m.focus)
	return m
}

func (m *importForm) focusField(i int) {
	m.focus = (i + fieldCount) % fieldCount
	for j := range m.inputs {
		if j == m.focus {
			m.inputs[j].Focus()
		} else {
			m.inputs[j].Blur()
		}
	}
}

func (m *importForm) setSize(width, height int) {
	m.width, m.height = min(width, 80), height
	// The marker, the name's 10 cells and the cursor's cell beside the
	// border and padding: at -16 a field was a cell too wide and wrapped
	// at 40 columns.
	for i := range m.inputs {
		m.inputs[i].SetWidth(max(10, m.width-17) + 1)
	}
}

// edited names what the user changed of the form as it opened: the
// fields typed in (or cleared), and the type.
func (m *importForm) edited() []string {
	var out []string
	for i := range m.inputs {
		if m.inputs[i].Value() != m.guessed[i] {
			out = append(out, strings.ToLower(fieldNames[i]))
		}
	}
	if m.typ != m.guessTyp {
		out = append(out, "type")
	}
	return out
}

// confirm checks the fields and, when they will do, returns the import.
func (m *importForm) confirm() action {
	f := m.fields
	f.Title = strings.TrimSpace(m.inputs[fieldTitle].Value())
	f.Publisher = strings.TrimSpace(m.inputs[fieldPublisher].Value())
	f.Date = strings.TrimSpace(m.inputs[fieldDate].Value())
	f.Type = string(m.types[m.typ])
	var missing []string
	for i, v := range []string{f.Title, f.Publisher, f.Date} {
		if v == "" {
			missing = append(missing, strings.ToLower(fieldNames[i]))
		}
	}
	switch {
	case len(missing) > 0:
		m.problem = "Needed: " + strings.Join(missing, ", ")
		m.focusField(map[string]int{"title": fieldTitle, "publisher": fieldPublisher, "date": fieldDate}[missing[0]])
		return nil
	default:
		if _, err := evidence.ParseDate(f.Date); err != nil {
			m.problem = err.Error()
			m.focusField(fieldDate)
			return nil
		}
	}
	m.problem = ""
	return importFile{path: m.path, fields: f}
}

// update takes every key while the form is open; other messages go back
// to the root.
func (m *importForm) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if _, paste := msg.(tea.PasteMsg); m.asking && (ok || paste) {
		// Asked whether to throw away what was typed: esc again or y
		// does; any other key goes back to the form, and is not typed.
		m.asking = false
		if ok && (key.Matches(k, m.keys.Back) || k.String() == "y" || k.String() == "Y") {
			return closeOverlay{}, true
		}
		return nil, true
	}
	if !ok {
		if _, paste := msg.(tea.PasteMsg); paste && m.focus <= fieldDate {
			return m.typeIn(msg), true
		}
		return nil, false
	}
	km := m.keys
	switch {
	case key.Matches(k, km.Back):
		// What the user typed is asked about before it goes: before
		// (hostile check 61), esc threw away a typed title, publisher
		// and date at once. Nothing typed, it closes at once.
		if len(m.edited()) > 0 {
			m.asking = true
			return nil, true
		}
		return closeOverlay{}, true
	case key.Matches(k, km.Confirm):
		return m.confirm(), true
	case k.String() == "enter":
		if m.focus == fieldButton {
			return m.confirm(), true
		}
		m.focusField(m.focus + 1)
	case k.String() == "tab" || k.String() == "down":
		m.focusField(m.focus + 1)
	case k.String() == "shift+tab" || k.String() == "up":
		m.focusField(m.focus - 1)
	case m.focus == fieldType && (k.String() == "left" || k.String() == "h"):
		m.typ = (m.typ + len(m.types) - 1) % len(m.types)
	case m.focus == fieldType && (k.String() == "right" || k.String() == "l" || k.String() == "space"):
		m.typ = (m.typ + 1) % len(m.types)
	case m.focus <= fieldDate:
		return m.typeIn(msg), true
	}
	return nil, true
}

// typeIn gives a key or a paste to the field with the focus, which edits
// by grapheme cluster and drops invisible characters (textfield).
func (m *importForm) typeIn(msg tea.Msg) action {
	var cmd tea.Cmd
	m.inputs[m.focus], cmd, _ = m.inputs[m.focus].Update(msg)
	m.problem = ""
	return runCmd{cmd}
}

func (m *importForm) view(st styles.Styles) string {
	w := max(30, m.width-4)
	// On a short screen the blank lines, the guesses, the heading and the
	// other fields give way, in that order, to the field being edited, the
	// problems and the Import button.
	lines := []ranked{
		{st.OverlayTitle.Render("Add a report to your library"), 3},
		{st.Muted.Render(ansi.Truncate(evidence.ScreenLine(filepath.Base(m.path)+" · "+m.fields.Format)+" · nothing is written until you confirm", w, "…")), 3},
		{"", 5},
	}
	wrapped := func(text string, style lipgloss.Style, rank int) {
		for _, l := range strings.Split(ansi.Wrap(text, w, ""), "\n") {
			lines = append(lines, ranked{style.Render(l), rank})
		}
	}
	row := func(i int, value string) {
		marker := "  "
		name := st.FieldName.Render(padTo(fieldNames[i], 10))
		rank := 2
		if m.focus == i {
			marker = st.Marker.Render("▌ ")
			name = st.DetailHead.Render(padTo(fieldNames[i], 10))
			rank = -1
			if m.asking {
				rank = 0
			}
		}
		// A field not being edited shows its whole value, whatever the
		// input's width: cut, it keeps to one line.
		lines = append(lines, ranked{ansi.Truncate(marker+name+value, w, "…"), rank})
	}
	for i := fieldTitle; i <= fieldDate; i++ {
		row(i, m.inputs[i].View())
	}
	row(fieldType, "‹ "+string(m.types[m.typ])+" ›"+st.Muted.Render("  ←→ change"))
	lines = append(lines, ranked{"", 5})
	if len(m.fields.Guessed) > 0 {
		wrapped("Guessed from the file: "+evidence.ScreenLine(strings.Join(m.fields.Guessed, "; ")), st.Muted, 4)
	}
	for _, warn := range m.fields.Warnings {
		wrapped("‼ "+evidence.ScreenLine(warn), st.StatusWarning, 1)
	}
	if len(m.cleaned) > 0 {
		wrapped("‼ Line breaks and invisible or control characters removed from the "+strings.Join(m.cleaned, ", "), st.StatusWarning, 1)
	}
	if m.problem != "" {
		wrapped("! "+evidence.ScreenLine(m.problem), st.StatusError, 0)
	}
	if m.asking {
		// Short, so that on a 10-row screen the whole question shows:
		// its lines, not the field's row, are the ones kept in sight.
		wrapped("Throw away your changes ("+strings.Join(m.edited(), ", ")+")? esc/y: yes · other key: back", st.StatusWarning, -1)
	}
	button, rank := "  [ Import ]", 0
	if m.focus == fieldButton {
		button, rank = st.Marker.Render("▌ ")+st.Selected.Render("[ Import ]"), -1
		if m.asking {
			rank = 0
		}
	}
	lines = append(lines, ranked{ansi.Truncate(button+st.Muted.Render("  tab next · enter on Import or ctrl+s imports · esc cancels"), w, "…"), rank})
	return st.Overlay.Width(m.width).Render(fitRoom(lines, m.height-2))
}

func padTo(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}

func (m *importForm) help() [][]key.Binding {
	km := m.keys
	next := key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab/↓", "next field"))
	prev := key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab/↑", "previous"))
	typ := key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←→", "type"))
	return [][]key.Binding{{next, prev, typ, km.Confirm, km.Back}}
}
