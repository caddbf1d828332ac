package evidence

import (
	"strconv"
	"unicode/utf8"
)

// The longest title, publisher and url a source may have, in characters:
// `cypx check` reports a longer one as a problem at its line. No real
// title or publisher comes near them (the longest titles of reports run
// to some 300 characters), and browsers and sitemaps take URLs up to some
// 2,000: a value past them is a file gone wrong (a whole page pasted as
// the title). The source is still loaded with the value as written, and
// citations and exports carry it whole; only the terminal shows it cut
// (Shown).
const (
	MaxTitleChars     = 1000
	MaxPublisherChars = 1000
	MaxURLChars       = 2000
)

// MaxShownChars is how much of a metadata value (a title, a publisher, an
// author, a url) a line of the terminal shows: a 5 MB title was printed
// whole by `cypx show`. It is no less than any limit above, so a value
// `cypx check` accepts is shown whole.
const MaxShownChars = 2000

// Shown is s for a line of the terminal: whole up to n characters, else
// its first n characters followed by "…" and its whole length.
func Shown(s string, n int) string {
	if len(s) <= n {
		return s // no more bytes than n, so no more characters
	}
	cut, count := len(s), 0
	for i := range s {
		if count == n {
			cut = i
		}
		count++
	}
	if count <= n {
		return s
	}
	return s[:cut] + "… (" + Thousands(count) + " characters)"
}

// Thousands writes n with its thousands grouped by commas, as figures
// are written (grouped): 5,242,880.
func Thousands(n int) string {
	if n < 0 {
		return "-" + Thousands(-n)
	}
	return grouped(float64(n))
}

// TooLong is the problem of a source's metadata value longer than its
// limit ("title: 5,242,880 characters, …"), or "" when it is within it or
// the key has none.
func TooLong(key, value string) string {
	limit, ok := map[string]int{"title": MaxTitleChars, "publisher": MaxPublisherChars, "url": MaxURLChars}[key]
	if !ok || len(value) <= limit {
		return ""
	}
	n := utf8.RuneCountInString(value)
	if n <= limit {
		return ""
	}
	return key + ": " + Thousands(n) + " characters, more than a source's " + key + " may have (" + Thousands(limit) + "): write the " + key + " the work gives; it starts " + strconv.Quote(Prefix(value, MaxQuotedBytes)) + "…"
}
