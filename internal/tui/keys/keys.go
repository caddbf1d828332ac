// Package keys is the explorer's key map: every binding in one place, with
// the help text shown in the short help bar and the full help screen.
package keys

import "charm.land/bubbles/v2/key"

// KeyMap holds every binding of the explorer.
type KeyMap struct {
	Search, Submit, Back                 key.Binding
	Up, Down, PageUp, PageDown, Top, End key.Binding
	Left, Right                          key.Binding
	SwitchPane                           key.Binding
	Themes, Kinds, AllKinds, Statistics  key.Binding
	Recommendations, Excerpts            key.Binding
	Copy, CopyAs                         key.Binding
	Linked, Pin, NextLink, PrevLink      key.Binding
	FocusLeft, FocusRight                key.Binding
	Mark, Basket, Export                 key.Binding
	MoveUp, MoveDown, Remove, Undo       key.Binding
	CopyPack, GroupPack                  key.Binding
	Chart, Map, Regroup                  key.Binding
	Figures                              key.Binding
	Add, Confirm                         key.Binding
	OpenEntry, ParentFolder              key.Binding
	Toggle                               key.Binding
	Accept, Recall, HistorySearch, Save  key.Binding
	Help, Quit, ForceQuit                key.Binding
}

// DefaultKeyMap is the explorer's key map, as the README's key table lists it.
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
		Left:            b("←/h", "left", "left", "h"),
		Right:           b("→/l", "right", "right", "l"),
		Top:             b("g", "first", "g", "home"),
		End:             b("G", "last", "G", "end"),
		SwitchPane:      b("tab", "list/detail", "tab"),
		Themes:          b("t", "themes", "t"),
		Kinds:           b("1-4", "all kinds, statistics, recommendations, excerpts", "1", "2", "3", "4"),
		AllKinds:        b("1", "all kinds", "1"),
		Statistics:      b("2", "statistics", "2"),
		Recommendations: b("3", "recommendations", "3"),
		Excerpts:        b("4", "excerpts", "4"),
		Copy:            b("c", "copy", "c"),
		CopyAs:          b("C", "copy as…", "C"),
		Toggle:          b("space", "toggle", "space"),
		Mark:            b("space", "mark", "space"),
		Chart:           b("v", "chart", "v"),
		Figures:         b("f", "figures", "f"),
		Add:             b("a", "add a report", "a"),
		Confirm:         b("ctrl+s", "import", "ctrl+s"),
		OpenEntry:       b("enter/→", "open a folder or read a file", "enter", "right", "l"),
		ParentFolder:    b("←/⌫", "folder up", "left", "h", "backspace"),
		Map:             b("m", "map", "m"),
		Regroup:         b("s", "regroup", "s"),
		Basket:          b("b", "basket", "b"),
		Export:          b("e", "export (asks)", "e"),
		MoveUp:          b("K", "move up", "K", "shift+up"),
		MoveDown:        b("J", "move down", "J", "shift+down"),
		Remove:          b("d/x/del", "remove", "d", "x", "delete"),
		Undo:            b("u", "put back", "u"),
		CopyPack:        b("C", "copy pack", "C"),
		GroupPack:       b("s", "group pack", "s"),
		Linked:          b("l", "links", "l"),
		Pin:             b("p", "pin", "p"),
		NextLink:        b("→/tab", "next link", "right", "tab"),
		PrevLink:        b("←", "previous link", "left", "shift+tab"),
		FocusLeft:       b("h", "focus left", "h"),
		FocusRight:      b("l", "focus right", "l"),
		// Not tab: it leaves the search box and switches panes.
		Accept:        b("ctrl+y", "accept the spelling offered", "ctrl+y"),
		Recall:        b("↑/↓", "earlier searches", "up", "down"),
		HistorySearch: b("ctrl+r", "search the history", "ctrl+r"),
		Save:          b("S", "save the search", "S"),
		Help:          b("?", "help", "?"),
		Quit:          b("q", "quit", "q"),
		ForceQuit:     b("ctrl+c", "quit", "ctrl+c"),
	}
}

// WithSubmit returns the key map with enter's binding and help set: enter
// means "results" in the search box and "open" in a narrow list.
func (k KeyMap) WithSubmit(desc string) KeyMap {
	k.Submit = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", desc))
	return k
}

// The keys of each screen, in groups: the first group of each is its help
// bar, all of them its help screen. Keeping them here, side by side, makes
// a key bound twice on one screen easy to see (and tests check it).

// ListKeys are the keys of the result list.
func (k KeyMap) ListKeys() [][]key.Binding {
	return [][]key.Binding{
		{k.Search, k.Themes, k.Kinds, k.Mark, k.Copy, k.CopyAs, k.Linked, k.Pin},
		{k.Basket, k.Export, k.Chart, k.Map, k.Figures, k.Add},
		{k.HistorySearch, k.Save, k.Accept},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.End, k.WithSubmit("open (narrow)").Submit, k.SwitchPane},
		{k.Back, k.Help, k.Quit, k.ForceQuit},
	}
}

// SearchKeys are the keys of the search box, where everything else is typed.
func (k KeyMap) SearchKeys() [][]key.Binding {
	return [][]key.Binding{{k.Leave(), k.Recall, k.HistorySearch, k.Accept, k.ForceQuit}}
}

// Leave is the search box's way out to the results. ↓ leaves too when no
// earlier search is recalled: it is Recall's key, so it is not bound here.
func (k KeyMap) Leave() key.Binding {
	return key.NewBinding(key.WithKeys("enter", "tab", "esc"), key.WithHelp("enter/tab/esc", "to the results"))
}

// DetailKeys are the keys of the detail pane.
func (k KeyMap) DetailKeys() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Back, k.Copy, k.CopyAs, k.Mark, k.Linked, k.Pin},
		{k.PageUp, k.PageDown, k.Top, k.End, k.SwitchPane, k.Figures, k.Help, k.Quit},
	}
}

// FiguresKeys are the keys of the comparison table of a figure.
func (k KeyMap) FiguresKeys() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, key.NewBinding(key.WithKeys(k.Copy.Keys()...), key.WithHelp(k.Copy.Help().Key, "copy table")), k.Back},
		{k.Help, k.Quit},
	}
}

// LinkedKeys are the keys of the side-by-side view of linked findings.
func (k KeyMap) LinkedKeys() [][]key.Binding {
	return [][]key.Binding{
		{k.PrevLink, k.NextLink, k.FocusLeft, k.FocusRight, k.WithSubmit("make the right item the left").Submit, k.Copy, k.Back},
		{k.Help, k.Quit},
	}
}

// BasketKeys are the keys of the basket.
//
// The keys that change the basket come first, so the narrowest help row
// (40 columns) still names d: before, it said "↑/k up" alone while d
// removed the finding selected (hostile check 66).
func (k KeyMap) BasketKeys() [][]key.Binding {
	return [][]key.Binding{
		{k.Remove, k.Undo, k.Up, k.Down, k.MoveUp, k.MoveDown, k.Copy, k.CopyPack, k.GroupPack, k.Export, k.Back},
		{k.PageUp, k.PageDown, k.Top, k.End, k.Help, k.Quit},
	}
}

// ChartKeys are the keys of the chart.
func (k KeyMap) ChartKeys() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Regroup, k.Copy, k.Back},
		{k.PageUp, k.PageDown, k.Top, k.End, k.Help, k.Quit},
	}
}

// MapKeys are the keys of the evidence map.
func (k KeyMap) MapKeys() [][]key.Binding {
	return [][]key.Binding{
		{k.Left, k.Right, k.Up, k.Down, k.WithSubmit("filter to the cell").Submit, k.Regroup, k.Back},
		{k.Top, k.End, k.Help, k.Quit},
	}
}

// ImportPickerKeys are the keys of the import's file picker.
func (k KeyMap) ImportPickerKeys() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.OpenEntry, k.ParentFolder, k.Back},
		{k.PageUp, k.PageDown, k.Top, k.End},
	}
}

// Contexts are every screen's keys by name.
func (k KeyMap) Contexts() map[string][][]key.Binding {
	return map[string][][]key.Binding{
		"list": k.ListKeys(), "search box": k.SearchKeys(), "detail": k.DetailKeys(), "linked findings": k.LinkedKeys(),
		"basket": k.BasketKeys(), "chart": k.ChartKeys(), "map": k.MapKeys(), "figures": k.FiguresKeys(),
		"import picker": k.ImportPickerKeys(),
	}
}
