package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// withoutSequences is in with its text read as a terminal shows it: each
// escape sequence (evidence.Sequences) left out whole, with the space
// after it where a space stands before it too, and the figures' offsets
// moved with the text. A damaged body's "41% of children
// \x1b]52;c;aGk=\awaited more than 18 weeks in 2024/25" was cut into
// clauses at the sequence's semicolons: the share measured "\x1b]52" and
// the threshold lost its period and measure. It reports false, and in
// is read as written, when the text holds no sequence, or a figure's text
// runs into one (the extractor reads no figure inside a sequence).
func withoutSequences(in Input) (Input, bool) {
	seqs := evidence.Sequences(in.Text)
	if seqs == nil {
		return in, false
	}
	text := in.Text
	for i, m := range seqs {
		if m.Start > 0 && text[m.Start-1] == ' ' && m.End < len(text) && text[m.End] == ' ' {
			seqs[i].End++ // one space between the words, as CleanLine keeps
		}
	}
	for _, f := range in.Figures {
		for _, m := range seqs {
			if f.Offset < m.End && m.Start < f.Offset+len(f.Text) {
				return in, false
			}
		}
	}
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for _, m := range seqs {
		b.WriteString(text[at:m.Start])
		at = m.End
	}
	b.WriteString(text[at:])
	out := in
	out.Text = b.String()
	out.Figures = make([]evidence.Figure, len(in.Figures))
	for i, f := range in.Figures {
		for _, m := range seqs {
			if m.End <= in.Figures[i].Offset {
				f.Offset -= m.End - m.Start
			}
		}
		out.Figures[i] = f
	}
	return out, true
}
