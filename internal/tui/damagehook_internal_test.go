package tui

import tea "charm.land/bubbletea/v2"

// LinksFailedForTest is the reply to the linked view's last request for
// links, failed with err.
func LinksFailedForTest(m Model, err error) tea.Msg { return linksMsg{seq: m.linked.seq, err: err} }

// FiguresFailedForTest is the reply to the figures table's last request
// for links, failed with err.
func FiguresFailedForTest(m Model, err error) tea.Msg { return linksMsg{seq: m.figs.seq, err: err} }
