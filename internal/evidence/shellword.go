package evidence

import "strings"

// ShellWord is text as one shell word, escaped for the terminal: quoted
// unless it holds only characters no shell reads. A name, a path or a
// basket entry told in a command the user is to type, by the CLI and the
// explorer alike.
func ShellWord(text string) string {
	s := PrintableLine(text)
	plain := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._#/@:+=,-", r)) {
			plain = false
			break
		}
	}
	if !plain {
		s = "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}
