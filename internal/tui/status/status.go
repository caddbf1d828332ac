// Package status is the explorer's status line: the last thing that
// happened ("Copied ..."), or what went wrong, on one line, with a level
// and a lifetime (after charmbracelet/crush's status messages):
// information goes after a few seconds, while a warning or an error stays
// until the next key, so it is read. Under the messages lies a note about
// the current query (what the thesaurus added, a spelling to accept),
// shown whenever no message is: it lasts as long as the query does. What
// runs (imports waiting their turn) is shown before the note, as long as
// it runs.
package status

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Level is how much a message matters.
type Level int

// The levels, least first.
const (
	Info Level = iota
	Warning
	Error
)

// Model is the status line.
type Model struct {
	text  string
	level Level
	// seq numbers the messages, so an expiry meant for an older message
	// never clears a newer one.
	seq int
	// note is shown when no message is.
	note string
	// held keeps a warning or an error through keys until released.
	held bool
	// busy is what runs (imports in a queue), shown when no message is,
	// before the note.
	busy string
	// wrap lets information too long for its line wrap as a warning
	// does (InfoWrapped).
	wrap bool
}

// ExpiredMsg asks to clear message Seq when its lifetime is over.
type ExpiredMsg struct{ Seq int }

func (m *Model) set(text string, l Level) {
	m.text, m.level, m.held, m.wrap = text, l, false, false
	m.seq++
}

// Hold keeps the warning or error shown through the keys that come next,
// until Release: for news that arrives by itself while the user types
// (the index was found damaged, then rebuilt). A key typed before such a
// message appeared, still on its way, cleared it before it was ever
// drawn, so nobody saw it.
func (m *Model) Hold() { m.held = m.text != "" && m.level > Info }

// ReleasedMsg ends the hold on message Seq.
type ReleasedMsg struct{ Seq int }

// Release lets the next key clear message seq again, if it is still shown.
func (m *Model) Release(seq int) {
	if seq == m.seq {
		m.held = false
	}
}

// Info shows a message that goes by itself.
func (m *Model) Info(text string) { m.set(text, Info) }

// InfoWrapped shows a message that goes by itself and, too long for its
// line, wraps onto the rows above it as a warning does (Lines): a copy's
// account whose end, the citation, must be read. Cut at the terminal's
// edge, the citation of a copy was lost below 110 columns (hostile
// check 65).
func (m *Model) InfoWrapped(text string) {
	m.set(text, Info)
	m.wrap = true
}

// Warning shows a caution that stays until the next key.
func (m *Model) Warning(text string) { m.set(text, Warning) }

// Error shows a problem that stays until the next key.
func (m *Model) Error(text string) { m.set(text, Error) }

// Clear empties the line.
func (m *Model) Clear() { m.set("", Info) }

// Seq numbers the message shown.
func (m Model) Seq() int { return m.seq }

// Expires reports whether the message shown goes by itself.
func (m Model) Expires() bool { return m.text != "" && m.level == Info }

// Expire clears message seq if it is still shown.
func (m *Model) Expire(seq int) {
	if seq == m.seq && m.level == Info {
		m.Clear()
	}
}

// KeyPressed clears a warning or an error, unless it is held: the user
// has moved on.
func (m *Model) KeyPressed() {
	if m.text != "" && m.level > Info && !m.held {
		m.Clear()
	}
}

// SetBusy sets what runs, shown whenever no message is: information
// goes after a few seconds, and the line went blank for the minute a
// large import still ran with others waiting (hostile check 59). ""
// removes it.
func (m *Model) SetBusy(text string) { m.busy = text }

// SetNote sets the note shown under the messages; "" removes it.
func (m *Model) SetNote(text string) { m.note = text }

// Note is the note under the messages.
func (m Model) Note() string { return m.note }

// Text is what the line says, for tests.
func (m Model) Text() string { return m.text }

// Level is the level of the message shown.
func (m Model) Level() Level { return m.level }

// IsError reports whether the line shows a problem.
func (m Model) IsError() bool { return m.text != "" && m.level == Error }

// View renders the line in width, cut between words. Errors are prefixed
// "! " and warnings "‼ " so they stand out without colour.
func (m Model) View(st styles.Styles, width int) string {
	if m.text == "" && m.busy != "" {
		return st.StatusInfo.Render(fit.Words(evidence.ScreenOneLine(m.busy), width))
	}
	if m.text == "" {
		if m.note == "" {
			return ""
		}
		return st.StatusNote.Render(fit.Words(evidence.ScreenOneLine(m.note), width))
	}
	text := evidence.ScreenOneLine(m.text)
	switch m.level {
	case Error:
		return st.StatusError.Render(fit.Words("! "+text, width))
	case Warning:
		return st.StatusWarning.Render(fit.Words("‼ "+text, width))
	}
	return st.StatusInfo.Render(fit.Words(text, width))
}

// Lines renders the line in width as View does, but wraps a warning, an
// error or information shown by InfoWrapped between words onto at most
// most lines (the explorer gives it
// every row below its search box but the help line), the last cut between
// words: a refusal's way out comes last ("… press a and import it again
// with another title …"), and cut at the terminal's edge it was lost
// (hostile check 63 L2). Other information and the note keep one line.
func (m Model) Lines(st styles.Styles, width, most int) []string {
	if m.text == "" || (m.level == Info && !m.wrap) || most < 2 || width < 1 {
		return []string{m.View(st, width)}
	}
	style, mark := st.StatusError, "! "
	switch m.level {
	case Warning:
		style, mark = st.StatusWarning, "‼ "
	case Info:
		style, mark = st.StatusInfo, ""
	}
	lines := strings.Split(ansi.Wordwrap(mark+evidence.ScreenOneLine(m.text), width, ""), "\n")
	if len(lines) > most {
		lines = append(lines[:most-1], fit.Words(strings.Join(lines[most-1:], " "), width))
	}
	for i, l := range lines {
		lines[i] = style.Render(ansi.Truncate(strings.TrimRight(l, " "), width, "…"))
	}
	return lines
}
