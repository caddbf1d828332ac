// Package status is the explorer's status line: the last thing that
// happened ("Copied ..."), or what went wrong, on one line.
package status

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Model is the status line.
type Model struct {
	text    string
	isError bool
}

// Info shows a message.
func (m *Model) Info(text string) { m.text, m.isError = text, false }

// Error shows a problem.
func (m *Model) Error(text string) { m.text, m.isError = text, true }

// Clear empties the line.
func (m *Model) Clear() { m.text, m.isError = "", false }

// Text is what the line says, for tests.
func (m Model) Text() string { return m.text }

// IsError reports whether the line shows a problem.
func (m Model) IsError() bool { return m.isError }

// View renders the line cut to width. Errors are prefixed "! " so they
// stand out without colour.
func (m Model) View(st styles.Styles, width int) string {
	if m.text == "" {
		return ""
	}
	text := evidence.Printable(evidence.OneLine(m.text))
	if m.isError {
		return st.StatusError.Render(fit.Words("! "+text, width))
	}
	return st.StatusInfo.Render(fit.Words(text, width))
}
