package library

import "strings"

// trimPermalinkMark drops the mark a site's heading anchor shows from the
// end of a title read from that heading: Sphinx's "Waits extract¶" is
// "Waits extract", as the heading itself is kept (permalinkMarks). "#" is
// left, for a title may end on it.
func trimPermalinkMark(title string) string {
	t := strings.TrimSpace(title)
	for mark := range permalinkMarks {
		if mark != "#" && strings.HasSuffix(t, mark) {
			return strings.TrimSpace(strings.TrimSuffix(t, mark))
		}
	}
	return title
}
