// Package keys is the explorer's key map: every binding in one place, with
// the help text shown in the short help bar and the full help screen.
package keys

import "charm.land/bubbles/v2/key"

// KeyMap holds every binding of the explorer.
type KeyMap struct {
	Search, Submit, Back                 key.Binding
	Up, Down, PageUp, PageDown, Top, End key.Binding
	SwitchPane                           key.Binding
	Themes, AllKinds, Statistics         key.Binding
	Recommendations, Excerpts            key.Binding
	Copy, CopyAs                         key.Binding
	Linked, Pin, NextLink, PrevLink      key.Binding
	FocusLeft, FocusRight                key.Binding
	Mark, Basket, Export                 key.Binding
	MoveUp, MoveDown, Remove, Undo       key.Binding
	CopyPack, GroupPack                  key.Binding
	Chart, Map, Regroup                  key.Binding
	Add, Confirm                         key.Binding
	Toggle                               key.Binding
	Help, Quit, ForceQuit                key.Binding
}

// DefaultKeyMap is the key map of DESIGN.md.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Search:          b("/", "search", "/"),
		Submit:          b("enter", "open", "enter"),
		Back:            b("esc", "back", "esc"),
		Up:              b("↑/k", "up", "up", "k"),
		Down:            b("↓/j", "down", "down", "j"),
		PageUp:          b("pgup", "page up", "pgup", "ctrl+u"),
		PageDown:        b("pgdn", "page down", "pgdown", "ctrl+d"),
		Top:             b("g", "first", "g", "home"),
		End:             b("G", "last", "G", "end"),
		SwitchPane:      b("tab", "list/detail", "tab"),
		Themes:          b("t", "themes", "t"),
		AllKinds:        b("1", "all kinds", "1"),
		Statistics:      b("2", "statistics", "2"),
		Recommendations: b("3", "recommendations", "3"),
		Excerpts:        b("4", "excerpts", "4"),
		Copy:            b("c", "copy", "c"),
		CopyAs:          b("C", "copy as…", "C"),
		Toggle:          b("space", "toggle", "space"),
		Mark:            b("space", "mark", "space"),
		Chart:           b("v", "chart", "v"),
		Add:             b("a", "add a report", "a"),
		Confirm:         b("ctrl+s", "import", "ctrl+s"),
		Map:             b("m", "map", "m"),
		Regroup:         b("s", "regroup", "s"),
		Basket:          b("b", "basket", "b"),
		Export:          b("e", "export", "e"),
		MoveUp:          b("K", "move up", "K", "shift+up"),
		MoveDown:        b("J", "move down", "J", "shift+down"),
		Remove:          b("d", "remove", "d", "x", "delete"),
		Undo:            b("u", "put back", "u"),
		CopyPack:        b("C", "copy pack", "C"),
		GroupPack:       b("s", "group pack", "s"),
		Linked:          b("l", "links", "l"),
		Pin:             b("p", "pin", "p"),
		NextLink:        b("→/tab", "next link", "right", "tab"),
		PrevLink:        b("←", "previous link", "left", "shift+tab"),
		FocusLeft:       b("h", "focus left", "h"),
		FocusRight:      b("l", "focus right", "l"),
		Help:            b("?", "help", "?"),
		Quit:            b("q", "quit", "q"),
		ForceQuit:       b("ctrl+c", "quit", "ctrl+c"),
	}
}

// WithSubmit returns the key map with enter's binding and help set: enter
// means "results" in the search box and "open" in a narrow list.
func (k KeyMap) WithSubmit(desc string) KeyMap {
	k.Submit = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", desc))
	return k
}

// FullHelp groups every binding in columns for the help screen.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Search, k.Submit, k.Back, k.SwitchPane},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.End},
		{k.Themes, k.AllKinds, k.Statistics, k.Recommendations, k.Excerpts},
		{k.Copy, k.CopyAs, k.Linked, k.Pin, k.Help, k.Quit, k.ForceQuit},
		{k.Mark, k.Basket, k.Export, k.Chart, k.Map, k.Add},
	}
}

// BasketHelp is the help of the basket view.
func (k KeyMap) BasketHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.MoveUp, k.MoveDown, k.Remove, k.Copy,
		key.NewBinding(key.WithKeys("C"), key.WithHelp("C", "copy pack")), key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "group pack")), k.Export, k.Back}
}

// LinkedHelp is the help of the side-by-side view.
func (k KeyMap) LinkedHelp() []key.Binding {
	return []key.Binding{k.PrevLink, k.NextLink, k.FocusLeft, k.FocusRight, k.WithSubmit("focus right item").Submit, k.Copy, k.Back}
}
