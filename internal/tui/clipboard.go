package tui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/clipboard"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
)

// Clipboard puts copied text on the system clipboard and says where it
// went: clipboard.Copy with the process's environment, or a fake in tests.
// The explorer always sends OSC 52 too.
type Clipboard func(ctx context.Context, text string) (clipboard.Result, error)

// copiedMsg says where a copy went, once the system clipboard answered.
type copiedMsg struct {
	// what is the status line's account of the text ("the briefing pack
	// (3 findings) as Markdown").
	what string
	// cite, when set, is the item's copy, said as copyPreview makes it at
	// the room the status line has when the copy is done, in place of what.
	cite *evidence.Copy
	// warning, when set, is said with it: other sources give another
	// value for a figure copied.
	warning string
	res     clipboard.Result
	err     error
	// notCopied says why the text went nowhere: too long for OSC 52, and
	// no system tool took it.
	notCopied error
}

// copyText sends text (as clipboard.Text gives it) to the terminal as OSC 52 and to the system
// clipboard, off the update loop; the status line then says where it went.
func (m Model) copyText(text, what string) tea.Cmd {
	return m.copyTextWarning(text, what, "")
}

// copyTextWarning is copyText with a warning the status line adds to where
// the text went.
func (m Model) copyTextWarning(text, what, warning string) tea.Cmd {
	return m.sendCopy(text, copiedMsg{what: what, warning: warning})
}

// sendCopy copies text and says so with msg, where the text went set.
func (m Model) sendCopy(text string, said copiedMsg) tea.Cmd {
	if u := m.cite.unread; u != "" {
		// c with a damaged settings file said where the copy went and
		// nothing of the style it was made in (hostile check 89, C1).
		if said.warning != "" {
			u = said.warning + "; " + u
		}
		said.warning = u
	}
	// What the screen shows, before anything else: OSC 52 (which
	// bubbletea writes) and the system tool get one text, safe to paste.
	text = clipboard.Text(text)
	cb := m.opts.Clipboard
	fits := clipboard.FitsOSC52(text)
	system := func() tea.Msg {
		msg := said
		if cb != nil {
			msg.res, msg.err = cb(context.Background(), text)
		}
		if !fits && msg.res.Where != clipboard.System {
			msg.notCopied = clipboard.TooLarge(text)
		}
		return msg
	}
	if !fits {
		return system
	}
	return tea.Batch(tea.SetClipboard(text), system)
}

// applyCopied says where the text went: "Copied to the clipboard: …" or
// "Sent to the terminal (OSC 52): …", a warning when the system's tool
// failed (the terminal may not take OSC 52).
func (m *Model) applyCopied(msg copiedMsg) {
	// An item's copy is previewed in the room left after what comes
	// before it, and may wrap: its citation is always read whole.
	what := func(before string) string {
		if msg.cite == nil {
			return msg.what
		}
		return copyPreview(*msg.cite, m.width-fit.Width(before))
	}
	if msg.notCopied != nil {
		why := msg.notCopied.Error()
		if msg.err != nil {
			why = msg.err.Error() + "; " + why
		}
		// The error's "! " is before it on the line.
		m.status.Error("Not copied: " + what("! Not copied: ") + ": " + why)
		return
	}
	prefix := msg.res.Status() + ": "
	text := prefix + what(prefix)
	switch {
	case msg.err != nil:
		m.status.Warning(text + " (" + msg.err.Error() + ")")
	case msg.warning != "":
		m.status.Warning(text + " — " + msg.warning)
	case msg.cite != nil:
		m.status.InfoWrapped(text)
	default:
		m.status.Info(text)
	}
}
