package library

import (
	"regexp"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A feed-to-e-mail service (Blogtrottr, FeedRabbit, Feedly's and
// Inoreader's digests) mails a blog's new posts to its reader. The
// message is the service's, sent from its own address, but every word of
// it is the blog's: the blog publishes it. The service names the blog in
// the subject ("Blog Name: first post's title (+4 more)") and over the
// posts ("Blog Name - 5 new items"), and sets each post out as its title,
// its link and a "Posted by NAME on DATE" line.

var (
	// feedSubjectRe is a feed digest's subject: the feed's name, the
	// first new post's title and how many more there are.
	feedSubjectRe = lazyre.New(`^\s*(.{3,80}?):\s+\S.*\(\+\d+ more\)\s*$`)
	// feedCountLineRe is the line over a digest's posts: "Blog Name - 5
	// new items".
	feedCountLineRe = lazyre.New(`(?i)^\s*(.{3,80}?)\s+[-–—]\s+\d+\s+new\s+(?:items?|posts?|articles?|entries)\s*$`)
	// feedServiceLineRe is the service's line about itself: "Your daily
	// digest from Blogtrottr.", "Delivered by FeedRabbit".
	feedServiceLineRe = lazyre.New(`(?i)^\s*(?:your\s+(?:daily|weekly|hourly)\s+digest\s+from|delivered\s+by)\s+\S.*$`)
	// feedPostedLineRe is a post's byline in a digest: "Posted by Jane
	// Smith on Tue, 18 Nov 2025 07:30", "Posted on 18 November 2025".
	feedPostedLineRe = lazyre.New(`(?i)^\s*posted\s+(?:by\s+\S.{0,60}?\s+)?(?:on|at)\s+\S.{0,40}$`)
	// bareURLLineRe is a line that is a link and nothing else.
	bareURLLineRe = lazyre.New(`^\s*<?https?://\S+>?\s*$`)
)

// feedParagraphRe is the blank line between a digest's paragraphs.
var feedParagraphRe = regexp.MustCompile(`\n[ \t]*\n`)

// feedName is the feed's name a digest's subject or count line gives,
// "" when the message is no feed digest.
func feedName(subject, body string) string {
	if m := feedSubjectRe.FindStringSubmatch(subject); m != nil {
		for _, line := range strings.SplitN(strings.TrimSpace(body), "\n", 4) {
			if c := feedCountLineRe.FindStringSubmatch(line); c != nil && strings.EqualFold(c[1], m[1]) {
				return strings.TrimSpace(c[1])
			}
		}
	}
	return ""
}

// feedPostsAsHeadings sets a digest's posts out as a report's sections:
// a post's title over its link and its "Posted by" line is a heading, the
// link and the byline go, and so do the count line and the service's line
// about itself, which say nothing of the posts. A paragraph of a title
// and a link alone is left: it may be a sentence's reference.
func feedPostsAsHeadings(body string) string {
	paras := feedParagraphRe.Split(body, -1)
	out := paras[:0]
	for _, p := range paras {
		lines := strings.Split(strings.TrimSpace(p), "\n")
		switch {
		case len(lines) == 1 && (feedCountLineRe.MatchString(lines[0]) || feedServiceLineRe.MatchString(lines[0])):
			continue
		case len(lines) == 3 && bareURLLineRe.MatchString(lines[1]) && feedPostedLineRe.MatchString(lines[2]) &&
			!bareURLLineRe.MatchString(lines[0]):
			out = append(out, "## "+strings.TrimSpace(lines[0]))
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}
