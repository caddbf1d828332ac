// Package tuitest drives a Bubble Tea model as the program would, but
// synchronously: every command is run at once and its message fed back, so
// each step of a test is deterministic. The explorer's own tests and the
// command line's path tests (which walk the explorer beside the CLI) share it.
package tuitest

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Driver runs one model.
type Driver struct {
	T testing.TB
	M tea.Model
	// Quit says the model asked to quit.
	Quit bool
	// Clipboard is the last text the model wrote to the clipboard.
	Clipboard string
	// Copies counts the clipboard writes.
	Copies int
	depth  int
}

// Start sizes a model, runs its Init and returns its driver.
func Start(t testing.TB, m tea.Model, width, height int) *Driver {
	d := &Driver{T: t, M: m}
	d.Send(tea.WindowSizeMsg{Width: width, Height: height})
	d.Run(d.M.Init())
	return d
}

// Send gives the model a message and runs what it asks for.
func (d *Driver) Send(msg tea.Msg) {
	var cmd tea.Cmd
	d.M, cmd = d.M.Update(msg)
	d.Run(cmd)
}

// Run runs a command and feeds its messages back to the model.
func (d *Driver) Run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > 50 {
		d.T.Fatal("commands keep producing commands: a loop")
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.Run(c)
		}
	case tea.QuitMsg:
		d.Quit = true
	default:
		typ := fmt.Sprintf("%T", msg)
		switch {
		case typ == "tea.setClipboardMsg":
			d.Clipboard = reflect.ValueOf(msg).String()
			d.Copies++
			return
		case strings.HasPrefix(typ, "cursor."):
			return
		}
		d.Send(msg)
	}
}

// Keys sends key presses: names such as "enter", "esc", "down", "space",
// "ctrl+c", or text typed one rune at a time.
func (d *Driver) Keys(keys ...string) {
	for _, k := range keys {
		if msg, ok := named[k]; ok {
			d.Send(msg)
			continue
		}
		for _, r := range k {
			d.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
}

var named = map[string]tea.KeyPressMsg{
	"enter":     {Code: tea.KeyEnter},
	"esc":       {Code: tea.KeyEscape},
	"down":      {Code: tea.KeyDown},
	"up":        {Code: tea.KeyUp},
	"tab":       {Code: tea.KeyTab},
	"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
	"right":     {Code: tea.KeyRight},
	"left":      {Code: tea.KeyLeft},
	"pgdown":    {Code: tea.KeyPgDown},
	"pgup":      {Code: tea.KeyPgUp},
	"backspace": {Code: tea.KeyBackspace},
	"delete":    {Code: tea.KeyDelete},
	"space":     {Code: tea.KeySpace, Text: " "},
	"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
	"ctrl+s":    {Code: 's', Mod: tea.ModCtrl},
	"ctrl+y":    {Code: 'y', Mod: tea.ModCtrl},
	"ctrl+r":    {Code: 'r', Mod: tea.ModCtrl},
}

// Screen is the model's view without styling.
func (d *Driver) Screen() string { return ansi.Strip(d.M.View().Content) }
