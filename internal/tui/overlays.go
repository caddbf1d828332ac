package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/menu"
	"github.com/cypx/cypx/internal/tui/picker"
	"github.com/cypx/cypx/internal/tui/styles"
)

// themePicker is the theme picker over the screen.
type themePicker struct {
	keys          keys.KeyMap
	p             picker.Model
	width, height int
}

// applyThemes filters the results to the chosen themes.
type applyThemes struct{ ids []string }

func (t *themePicker) setSize(width, height int) { t.width, t.height = width, height }

func (t *themePicker) update(msg tea.Msg) (action, bool) {
	if _, ok := msg.(tea.KeyPressMsg); !ok {
		return nil, false
	}
	var out picker.Outcome
	t.p, out = t.p.Update(msg)
	switch out {
	case picker.Applied:
		return applyThemes{t.p.Selected()}, true
	case picker.Cancelled:
		return closeOverlay{}, true
	}
	return nil, true
}

func (t *themePicker) view(st styles.Styles) string { return t.p.View(st, t.width, t.height) }

func (t *themePicker) help() [][]key.Binding {
	km := t.keys
	tick := key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "tick"))
	clear := key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "clear"))
	apply := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply"))
	return [][]key.Binding{{km.Up, km.Down, tick, clear, apply, km.Back}}
}

// copyMenu is the copy menu: the selected item in every style, previewed,
// copied as shown.
type copyMenu struct {
	keys          keys.KeyMap
	m             menu.Model
	res           resolve.Resolved
	width, height int
}

func (c *copyMenu) setSize(width, height int) { c.width, c.height = width, height }

func (c *copyMenu) update(msg tea.Msg) (action, bool) {
	if _, ok := msg.(tea.KeyPressMsg); !ok {
		return nil, false
	}
	var out menu.Outcome
	c.m, out = c.m.Update(msg)
	switch out {
	case menu.Chosen:
		return chooseCopy{res: c.res, index: c.m.Cursor()}, true
	case menu.Closed:
		return closeOverlay{}, true
	}
	return nil, true
}

// chooseCopy copies the item in the menu's chosen style and closes it.
type chooseCopy struct {
	res   resolve.Resolved
	index int
}

func (c *copyMenu) view(st styles.Styles) string { return c.m.View(st, min(c.width, 90), c.height) }

func (c *copyMenu) help() [][]key.Binding {
	km := c.keys
	choose := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter/1-4", "copy"))
	return [][]key.Binding{{km.Up, km.Down, choose, km.Back}}
}
