package evidence

import "testing"

// A zero-width joiner between two emoji is part of one picture and kept;
// one between letters, at an end, before a letter or doubled is escaped.
func TestJoinerBetweenEmojiIsKept(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\U0001F468\u200D\U0001F469 Families", "\U0001F468\u200D\U0001F469 Families"},
		{"\U0001F3F3\uFE0F\u200D\U0001F308", "\U0001F3F3\uFE0F\u200D\U0001F308"},
		{"\U0001F3C3\U0001F3FD\u200D\u2640\uFE0F", "\U0001F3C3\U0001F3FD\u200D\u2640\uFE0F"},
		{"wai\u200Dting", `wai\u200dting`},
		{"\U0001F468\u200D", `` + "\U0001F468" + `\u200d`},
		{"\U0001F468\u200Dx", "\U0001F468" + `\u200dx`},
		{"\U0001F468\u200D\u200D\U0001F469", "\U0001F468" + `\u200d\u200d` + "\U0001F469"},
	} {
		if got := PrintableLine(c.in); got != c.want {
			t.Errorf("PrintableLine(%+q) = %+q, want %+q", c.in, got, c.want)
		}
		if HasUnsafe(c.in) != (c.in != c.want) {
			t.Errorf("HasUnsafe(%+q) = %v", c.in, HasUnsafe(c.in))
		}
	}
}
