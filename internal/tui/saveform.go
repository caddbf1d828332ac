package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/tui/textfield"
)

// saveForm names the search on screen — its query and filters — as a
// saved search. enter saves (the name checked by the rule 'cypx saved add'
// uses; a name taken is said here, and the form stays open); esc leaves
// without saving.
type saveForm struct {
	keys  keys.KeyMap
	input textfield.Model
	// search is the query and filters being saved, as one line.
	search string
	// problem says why the last enter did not save; saving is set while
	// the save runs.
	problem string
	saving  bool
	width   int
	height  int
}

func newSaveForm(km keys.KeyMap, st styles.Styles, e history.Entry) *saveForm {
	in := textfield.New(st, "a name: letters, digits, spaces, . - _ '", history.MaxName)
	in.Focus()
	return &saveForm{keys: km, input: in, search: entryLine(e)}
}

func (f *saveForm) setSize(width, height int) {
	f.width, f.height = min(width, 80), height
	f.input.SetWidth(max(10, f.width-12) + 1) // the name's cells and its cursor's
}

// failed shows why saving did not happen, and lets the user try again.
func (f *saveForm) failed(why string) { f.problem, f.saving = why, false }

func (f *saveForm) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if _, paste := msg.(tea.PasteMsg); paste {
			var cmd tea.Cmd
			f.input, cmd, _ = f.input.Update(msg)
			return runCmd{cmd}, true
		}
		return nil, false
	}
	switch {
	case key.Matches(k, f.keys.Back):
		return closeOverlay{}, true
	case k.String() == "enter":
		if f.saving {
			return nil, true
		}
		name := strings.TrimSpace(f.input.Value())
		if err := history.ValidName(name); err != nil {
			f.problem = err.Error()
			return nil, true
		}
		f.problem, f.saving = "", true
		return saveSearch{name: name}, true
	}
	// The name edits by grapheme cluster and drops invisible
	// characters (textfield).
	var cmd tea.Cmd
	f.input, cmd, _ = f.input.Update(msg)
	f.problem = ""
	return runCmd{cmd}, true
}

func (f *saveForm) view(st styles.Styles) string {
	w := max(30, f.width-4)
	lines := []ranked{
		{st.OverlayTitle.Render("Save this search"), 2},
		{st.Muted.Render(ansi.Truncate(f.search, w, "…")), 3},
		{"", 5},
		{st.FieldName.Render("Name  ") + f.input.View(), -1},
		{"", 5},
	}
	switch {
	case f.problem != "":
		for _, l := range strings.Split(ansi.Wrap("! "+evidence.ScreenText(f.problem), w, ""), "\n") {
			lines = append(lines, ranked{st.StatusError.Render(l), 0})
		}
	case f.saving:
		lines = append(lines, ranked{st.Muted.Render("Saving…"), 1})
	}
	// The keys first, on a line of their own: on a short screen the
	// explanation under them gives way first.
	lines = append(lines, ranked{st.Muted.Render("enter saves · esc cancels"), 1})
	for _, l := range strings.Split(ansi.Wrap("Its results now are its first run; cypx --saved NAME opens it later, marking what is new.", w, ""), "\n") {
		lines = append(lines, ranked{st.Muted.Render(l), 4})
	}
	return st.Overlay.Width(f.width).Render(fitRoom(lines, f.height-2))
}

func (f *saveForm) help() [][]key.Binding {
	save := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save"))
	return [][]key.Binding{{save, f.keys.Back}}
}
