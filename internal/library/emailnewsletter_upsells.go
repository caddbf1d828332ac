package library

import (
	"regexp"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// newsletterUpsellRe is a newsletter platform's word to a free
	// reader under a post: "You're currently a free subscriber to Second
	// Look. For the full experience, become a paid subscriber.", "Upgrade
	// to paid", "Get the app", "Start writing".
	newsletterUpsellRe = lazyre.New(`(?i)^(?:you(?:['’]re|\s+are)\s+(?:currently\s+)?a\s+free\s+subscriber\s+to\b[^.]{0,80}\.(?:\s+(?:for\s+the\s+full\s+experience|to\s+(?:unlock|get)\b)[^.]{0,80}\.)?|upgrade\s+to\s+paid|get\s+the\s+app(?:\s+start\s+writing)?|start\s+writing)$`)
	// plainNotesHeadingRe is the line a plain-text post sets over its
	// numbered notes.
	plainNotesHeadingRe = lazyre.New(`(?i)^(?:footnotes|notes|endnotes|references|sources)$`)
	// plainNoteRe is one note under it: "[2] NHS England, report, 2025."
	plainNoteRe = regexp.MustCompile(`^\[(\d{1,3})\]\s+(\S.*)$`)
)

// isNewsletterUpsell reports a paragraph of a newsletter platform's upsell
// lines (newsletterUpsellRe), each line one of them.
func isNewsletterUpsell(p string) bool {
	for _, l := range strings.Split(strings.TrimSpace(p), "\n") {
		if !newsletterUpsellRe.MatchString(strings.Join(strings.Fields(l), " ")) {
			return false
		}
	}
	return strings.TrimSpace(p) != ""
}

// plainFootnotes writes a plain-text post's notes as notes: a "Footnotes"
// line over paragraphs each opening "[n]" becomes the heading "##
// Footnotes" and each note a footnote "[^n]: ...", as a web page's notes
// are written, so a note (a source's name and year) is no excerpt of the
// post. Text without such a block is returned as it is.
func plainFootnotes(body string) string {
	paras := strings.Split(body, "\n\n")
	for i, p := range paras {
		if !plainNotesHeadingRe.MatchString(strings.TrimSpace(p)) || i+1 >= len(paras) || !plainNoteRe.MatchString(strings.TrimSpace(paras[i+1])) {
			continue
		}
		paras[i] = "## " + strings.TrimSpace(p)
		for k := i + 1; k < len(paras); k++ {
			m := plainNoteRe.FindStringSubmatch(strings.TrimSpace(paras[k]))
			if m == nil || strings.Contains(strings.TrimSpace(paras[k]), "\n") {
				break
			}
			paras[k] = "[^" + m[1] + "]: " + m[2]
		}
		return strings.Join(paras, "\n\n")
	}
	return body
}
