package library

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/plainfile"
)

// E-mails (RFC 5322, as mail clients save them: .eml) are read with the
// standard library's mail and MIME packages. The headers are metadata, never
// text: the title is the subject without its Re:/Fwd: prefixes, the date is
// the Date header, the publisher the sender's organisation as the signature
// or the display name gives it. The body is the text/plain part (else the
// HTML part, converted as a web page) without quoted replies, signatures,
// disclaimers, contact blocks and mailing-list footers. In a forwarded
// message the forwarded content is the evidence, and its own headers are
// the metadata.

// emailHeaderRe is a header line; a mailbox file starts with a "From " line.
// Field names may hold any printable character but the colon (RFC 5322
// 2.2): Exchange writes "msip_labels:" among the first headers.
var emailHeaderRe = lazyre.New(`^[A-Za-z][A-Za-z0-9_.-]*:[ \t]`)

// knownEmailHeaders are headers mail clients write; a file is an e-mail when
// it starts with a block of headers naming a sender and a subject or date.
var knownEmailHeaders = wordSet("from to cc bcc subject date sent message-id mime-version received return-path reply-to content-type delivered-to in-reply-to references x-mailer user-agent")

// looksLikeEmail: the file opens with a block of headers including From and
// a Subject or Date, whatever its name.
func looksLikeEmail(data []byte) bool {
	h, _ := headerNames(data)
	return h["from"] && (h["subject"] || h["date"]) && len(h) >= 3
}

// looksLikeEmailHeaders: a .eml file opening with any of From, Subject or
// Date in a block of headers.
func looksLikeEmailHeaders(data []byte) bool {
	h, _ := headerNames(data)
	return h["from"] || h["subject"] || h["date"]
}

// maxHeaderBytes bounds one header of an e-mail, its folded lines
// together, and maxHeadersBytes the block of them: RFC 5322 keeps a line to
// 998 characters, and a message with a long list of recipients holds a few
// KB. A 2.8 MB From line was past the 64 KB the header lines were read in,
// so the file was read as plain text, its headers as its first paragraph.
const (
	maxHeaderBytes  = 64 << 10
	maxHeadersBytes = 1 << 20
)

// headerSizeError is an e-mail whose header (or block of headers) passes
// its bound; line is the file's line where that header starts.
type headerSizeError struct {
	line, size int
	name       string
	block      bool
	// forwarded is a message forwarded inside the file: line counts
	// the forwarded message's lines, not the file's.
	forwarded bool
}

func (e headerSizeError) Error() string {
	where, whose := fmt.Sprintf("line %d", e.line), "the e-mail's"
	if e.forwarded {
		where, whose = fmt.Sprintf("the forwarded message's line %d", e.line), "the forwarded message's"
	}
	if e.block {
		return fmt.Sprintf("%s: %s headers pass %s by its %s header, more than an e-mail's headers hold: this file was not imported (save the message again from the mail client, or paste its text into a .txt file)", where, whose, plainfile.Size(maxHeadersBytes), e.name)
	}
	return fmt.Sprintf("%s: %s %s header is %s long, where cypx reads a header of up to %s: this file was not imported (save the message again from the mail client, or paste its text into a .txt file)", where, whose, e.name, plainfile.Size(int64(e.size)), plainfile.Size(maxHeaderBytes))
}

// headerNames are the known header names of the block of header lines the
// file opens with; nil when the first lines are not headers. tooLong is
// the first header (or the header by which the block) passing its bound,
// nil when none does: the block is read whole, however long a line, so a
// hostile header is told as the e-mail's, not read as text.
func headerNames(data []byte) (names map[string]bool, tooLong *headerSizeError) {
	names = map[string]bool{}
	first := true
	lineNo, start := 0, 0
	var cur *headerSizeError // the header being read: its line, name and size
	done := func() {
		if cur != nil && cur.size > maxHeaderBytes && tooLong == nil {
			tooLong = cur
		}
	}
	for rest := data; len(rest) > 0; {
		lineNo++
		raw := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			raw, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		start += len(raw) + 1
		// A header's name is short: the pattern needs only the line's
		// start, however long the line.
		line := strings.TrimRight(string(raw[:min(len(raw), 1024)]), "\r")
		if first {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		switch {
		case first && strings.HasPrefix(line, "From "):
		case line == "":
			done()
			return names, tooLong
		case line[0] == ' ' || line[0] == '\t':
			if first {
				return nil, nil
			}
			if cur != nil {
				cur.size += len(raw) + 1
			}
		case emailHeaderRe.MatchString(line) || strings.HasSuffix(line, ":") && emailHeaderRe.MatchString(line+" "):
			done()
			name, _, _ := strings.Cut(line, ":")
			cur = &headerSizeError{line: lineNo, size: len(raw), name: name}
			if name = strings.ToLower(name); knownEmailHeaders[name] || strings.HasPrefix(name, "x-") {
				names[name] = true
			}
		default:
			return nil, nil
		}
		if start > maxHeadersBytes && tooLong == nil && cur != nil {
			// Named as the header it is, when that header alone is
			// too long; its size is still counted to its end.
			tooLong = cur
			if cur.size <= maxHeaderBytes {
				tooLong = &headerSizeError{line: lineNo, name: cur.name, block: true}
			}
		}
		first = false
	}
	done()
	return names, tooLong
}

// message is an e-mail read into what cypx needs.
type message struct {
	subject, from  string
	list           string // the List-Id header's name for the list
	listAddress    string // the list's own name from its Mailing-list or List-Id header: "cyp-health"
	digest         bool   // a multipart/digest part holds the forwarded messages
	bulk           bool   // sent to a list: a List-Unsubscribe or List-Id header, or Precedence: bulk
	deliveryReport bool   // a mail system's report on a message it could not deliver (isDeliveryReport)
	date           evidence.Date
	plain, html    string // the text/plain parts (each inline one of a mixed message) and the first text/html part, decoded
	plainFlowed    bool   // the plain part is format=flowed (RFC 3676)
	inMixed        bool   // the part being read is a child of a multipart other than alternative
	forwarded      []*message
	attachments    []string
	warnings       []string
	subjectRaw     string // the Subject decoded, its encoded line breaks and controls still in it: the warning quotes it as written
	organisation   string // the Organization header: the sender's organisation, as Thunderbird and Outlook set it
	orgRaw         string // the Organization header so (headerLine): the warning quotes it as written
	fromRaw        string // the From line so (headerLine)
}

// importEmail converts an e-mail to a source. name is the file's name,
// which each warning about reading the message gives: a warning shown
// in the explorer's status line, or one of several files added at once,
// says which e-mail it is about.
func importEmail(name string, data []byte) (Imported, error) {
	im := Imported{Format: "email"}
	if _, tooLong := headerNames(data); tooLong != nil {
		return im, *tooLong
	}
	if bytes.HasPrefix(data, []byte("From ")) {
		// A mailbox file's separator line is not a header.
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[i+1:]
		}
	}
	msg, err := readMessage(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))), 0)
	if err != nil {
		return im, err
	}
	for _, w := range msg.warnings {
		im.Warnings = append(im.Warnings, evidence.PrintableLine(name)+": "+w)
	}
	for i, a := range msg.attachments {
		if i == maxAttachmentsNamed && len(msg.attachments) > maxAttachmentsNamed+1 {
			// 100,000 attachments were 100,000 warnings, 8.8 MB on
			// standard error.
			im.Warnings = append(im.Warnings, fmt.Sprintf("%d more attachments not imported", len(msg.attachments)-i))
			break
		}
		im.Warnings = append(im.Warnings, "attachment "+a+" not imported: save it and add it on its own")
	}
	// A message forwarded as an attachment is the evidence, unless the
	// outer message says more than a covering note (40 words).
	top := returnedMessage(msg)
	var body string
	var sig signature
	var inner *innerHeaders
	if msg.digest && len(msg.forwarded) > 1 {
		// A MIME digest: every message it holds is its content, each
		// read as the message it is; the digest's own parts (its
		// contents list, its footer) are not.
		var parts []string
		for _, f := range msg.forwarded {
			b, _, _, err := messageBody(f)
			if err != nil {
				return im, err
			}
			if b = strings.TrimSpace(b); b != "" {
				parts = append(parts, b)
			}
		}
		body, sig = strings.Join(parts, "\n\n"), signature{digest: true}
	} else {
		for len(top.forwarded) > 0 && len(strings.Fields(top.text())) < 40 {
			top = top.forwarded[0]
		}
		var err error
		if body, sig, inner, err = messageBody(top); err != nil {
			return im, err
		}
		if body, err = withAttachedForward(top, body); err != nil {
			return im, err
		}
	}
	subject, from, date := top.subject, top.from, top.date
	if inner != nil {
		subject = firstNonEmpty(inner.subject, subject)
		from = firstNonEmpty(inner.from, from)
		if d := emailDate(inner.date); !d.IsZero() {
			date = d
		}
	}
	title := digestSubjectTitle(subject)
	release, isRelease := mailRelease(top.text())
	if isRelease {
		title = release.headline
		body = releaseMailBody(strings.TrimSpace(body), release)
		if !release.date.IsZero() {
			date = release.date
		}
	}
	body = monitoringAlertEntries(plainFootnotes(body))
	feed := feedName(subject, body)
	if feed != "" {
		body = feedPostsAsHeadings(body)
	}
	// A newsletter's "About us" at its foot (the sender on itself, its
	// members and charity number) is furniture, as on a web page and in
	// a text; before (round 100), a forum's "We have more than 1,300
	// members" was a statistic.
	body = strings.Join(dropAboutPublisher(strings.Split(body, "\n\n"), ""), "\n\n")
	im.Body = titleAsHeading(strings.TrimSpace(body), title) + "\n"
	// A subject, or a release's headline, is the title its sender wrote
	// for the message: kept whole as a form's stated title is
	// (maxStatedTitleRunes). Before, one over 120 characters was cut
	// mid-word ("… has made their child's conditi…").
	switch {
	case isRelease:
		im.Source.Title = cutTitle(title, maxStatedTitleRunes)
		im.Guessed = append(im.Guessed, "title (the release's headline)")
	case title != "":
		im.Source.Title = cutTitle(title, maxStatedTitleRunes)
		im.Guessed = append(im.Guessed, "title (the subject)")
		// An encoded line break or control in the Subject
		// (=?utf-8?q?Waits=0AInjected?=) is warned of by the rule every
		// field follows, quoting the Subject as written: before, the
		// breaks were folded unsaid by the decoding, and a control
		// left (=1C) was warned of with the breaks already gone (hostile
		// check 43).
		if inner == nil || inner.subject == "" {
			im.Warnings = append(im.Warnings, headerCleaned("title", name, top.subjectRaw)...)
		}
	}
	org := namedInFull(firstNonEmpty(sig.organisation, senderOrganisation(from)), from, body)
	if org == "" && from == top.from && inner == nil && sig.forwardedFrom == "" {
		// "Organization: Pennock Community Health NHS Trust", which
		// Thunderbird and Outlook set from the sender's account: the
		// sender's own organisation, where neither the signature nor the
		// From line named one (held-out set 90: the reply was refused
		// for want of a publisher). Only for the sender's own message:
		// a forward's header names the forwarder's organisation, not the
		// publisher of what it forwards.
		org = headerOrganisation(top.organisation)
		if org != "" {
			// Cleaned by the Subject's rule, and said so as the
			// Subject's and the From line's cleaning is (hostile check
			// 90, A1: a zero-width space or an escape sequence in the
			// header was dropped without a word).
			im.Warnings = append(im.Warnings, headerCleaned("publisher", name, top.orgRaw)...)
		}
	}
	if org == "" && isRole(from) {
		// "Press Office <press@cmhalliance.org.uk>": the release names
		// its organisation, the one its address abbreviates.
		org = domainOrganisation(body, from)
	}
	if feed != "" {
		// A feed digest is the blog's, not the service's that mailed it.
		org = feed
	}
	if org == "" {
		org = newsletterName(from, top.listAddress)
	}
	if org == "" && sig.digest {
		// A digest is the list's: its messages are its members'.
		org = listOrganisation(top.list)
		if org == "" {
			// A list that gives itself no name in words (a Google
			// group's List-ID is its address) is cited by its own
			// name, the tag its subjects carry: "[cyp-health] Digest
			// for ...".
			org = firstNonEmpty(subjectListTag(top.subject), top.listAddress)
		}
	}
	if org == "" && sig.forwardedFrom != "" && personSender(from) {
		// A person's forward whose note is evidence keeps its own
		// headers, but a person publishes nothing: what it forwards (a
		// bulletin from an organisation's address) was published by
		// the organisation that sent it.
		org = namedInFull(senderOrganisation(sig.forwardedFrom), sig.forwardedFrom, body)
	}
	if org == "" && top.bulk && inner == nil && sig.forwardedFrom == "" {
		// A representative's newsletter sent to a list: it is theirs.
		org = officeHolderSender(from)
	}
	if org == "" && inner == nil && sig.forwardedFrom == "" {
		org = serviceSenderName(from, top.bulk)
	}
	if org != "" {
		im.Source.Publisher = org
		im.Guessed = append(im.Guessed, "publisher (the sender's organisation)")
		if from == top.from && strings.Contains(from, org) {
			// Taken from the From line: cleaned by the Subject's rule.
			im.Warnings = append(im.Warnings, headerCleaned("publisher", name, top.fromRaw)...)
		}
	}
	switch {
	case isRelease && !release.date.IsZero():
		im.Source.Date = date
		im.Guessed = append(im.Guessed, "date (the release's embargo)")
	case !date.IsZero():
		im.Source.Date = date
		im.Guessed = append(im.Guessed, "date (the e-mail's date)")
	}
	return im, nil
}

// namedInFull gives the sender's whole display name where org is that
// name cut short of a team's word ("Northcote Health" of "Northcote
// Health Policy Unit", as "NHS Providers Policy Team" is NHS Providers)
// and the body writes the whole name as a name ("from everyone at the
// Northcote Health Policy Unit"): there the team's word is part of the
// body's name. Otherwise org is returned as it is.
func namedInFull(org, from, body string) string {
	name := displayName(from)
	if org == "" || len(name) <= len(org) || !strings.HasPrefix(name, org+" ") {
		return org
	}
	re, err := regexp.Compile(`(?:^|[^\pL\pN])` + strings.Join(strings.Fields(regexp.QuoteMeta(name)), `\s+`) + `(?:[^\pL\pN]|$)`)
	if err != nil || !re.MatchString(body) {
		return org
	}
	return name
}

// markQuotesAndSignatures prepares an HTML message the way its plain text
// would read: a reply's quoted message (a blockquote, as Gmail, Apple Mail
// and Thunderbird set it) goes, unless the message is a forward, where the
// blockquote holds the forwarded content; a signature block (Gmail's and
// Thunderbird's signature classes) is set off by a "--" line.
func markQuotesAndSignatures(doc *html.Node, forward bool) {
	var quotes, sigs []*html.Node
	walkElements(doc, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Blockquote && !forward:
			quotes = append(quotes, n)
			return false
		case hasWord(n, "gmail-quote", "gmail_quote", "yahoo-quoted", "yahoo_quoted", "moz-cite-prefix") && !forward:
			quotes = append(quotes, n)
			return false
		case hasWord(n, "signature", "gmail_signature", "gmail-signature", "moz-signature"):
			sigs = append(sigs, n)
			return false
		}
		return true
	})
	for _, q := range quotes {
		detach(q)
	}
	for _, sg := range sigs {
		if sg.Parent != nil {
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			p.AppendChild(&html.Node{Type: html.TextNode, Data: "--"})
			sg.Parent.InsertBefore(p, sg)
		}
	}
}

// boldLinesAsHeadings makes a heading of a line that is bold and nothing
// else ("<div><b>What young people told us</b></div>"), as mail composers
// set a message's headings: short, opening with a capital and ending
// with no stop, colon or question mark (a bold "Of the Department for
// Education:" leads into a list and stays a line).
func boldLinesAsHeadings(doc *html.Node) {
	var lines []*html.Node
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.Div && n.DataAtom != atom.P {
			return true
		}
		var bold *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			case c.Type == html.ElementNode && (c.DataAtom == atom.B || c.DataAtom == atom.Strong) && bold == nil:
				bold = c
			default:
				return true
			}
		}
		if bold == nil {
			return true
		}
		t := strings.TrimSpace(oneLine(textOf(bold)))
		if w := len(strings.Fields(t)); w == 0 || w > 10 || !startsUpper(t) || strings.ContainsAny(t[len(t)-1:], ".:;,?!") {
			return false
		}
		lines = append(lines, n)
		return false
	})
	for _, n := range lines {
		n.Data, n.DataAtom = "h3", atom.H3
	}
}

// withoutPreview drops the preview text a bulletin's plain part opens
// with: the line its HTML part carries hidden (display:none), for mail
// clients to show beside the subject. It is not part of the message.
func withoutPreview(plain, htmlPart string) string {
	if htmlPart == "" {
		return plain
	}
	doc, err := parseHTML(htmlPart)
	if err != nil {
		return plain
	}
	hidden := map[string]bool{}
	walkElements(doc, func(n *html.Node) bool {
		style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
		if strings.Contains(style, "display:none") {
			if t := compareForm(textOf(n)); len(strings.Fields(t)) >= 3 {
				hidden[t] = true
			}
			return false
		}
		return true
	})
	if len(hidden) == 0 {
		return plain
	}
	lines := strings.Split(normaliseNewlines(plain), "\n")
	start := 0
	for start < len(lines) && strings.TrimSpace(lines[start]) == "" {
		start++
	}
	end := start
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
		end++
	}
	if start == end || !hidden[compareForm(strings.Join(lines[start:end], " "))] {
		return plain
	}
	return strings.Join(lines[end:], "\n")
}

// messageBody is the evidence of one message's text: its plain part, or
// its HTML part when it has no plain part, the plain part is a stub or
// it runs a forward's header into one line,
// without quotes and signature; with what its signature says and, in a
// forward, the forwarded message's header lines.
func messageBody(top *message) (string, signature, *innerHeaders, error) {
	if (top.plain != "" || top.html == "") && !plainIsStub(top) && !(top.html != "" && squashedForward(top.text())) {
		body, sig, inner := cleanEmailText(joinTabbedCells(withoutPreview(top.text(), top.html)), isForwardSubject(top.subject))
		return structureText(body, false, false).body, sig, inner, nil
	}
	doc, err := parseHTML(top.html)
	if errors.As(err, new(tooDeepError)) {
		return "", signature{}, nil, fmt.Errorf("the e-mail's HTML part, %v (lines counted from the part's first)", err)
	} else if err != nil {
		return "", signature{}, nil, fmt.Errorf("cannot read the e-mail's HTML part: %v", err)
	}
	forward := isForwardSubject(top.subject) || htmlForwardRe.MatchString(textOf(doc))
	markQuotesAndSignatures(doc, forward)
	boldLinesAsHeadings(doc)
	text, _, err := pageBody(doc, false, "")
	if err != nil {
		return "", signature{}, nil, fmt.Errorf("the e-mail's HTML part: %v", err)
	}
	body, sig, inner := cleanEmailText(text, forward)
	return body, sig, inner, nil
}

// withAttachedForward is a person's note over a colleague's message that
// it forwards as an attachment: the note says more than a covering note
// (40 words), so it is the document, and the message it passes on is
// evidence under it, as an inline forward's is (cleanMessageText). Before,
// the attached message was left out whole, its table and asks with it. A
// publication attached (a bulletin from an organisation's address) is not
// passed on this way: it is added on its own.
func withAttachedForward(top *message, body string) (string, error) {
	if len(top.forwarded) == 0 {
		return body, nil
	}
	f := top.forwarded[0]
	if !personSender(f.from) {
		return body, nil
	}
	more, _, _, err := messageBody(f)
	if err != nil {
		return "", err
	}
	if more = strings.TrimSpace(more); more == "" {
		return body, nil
	}
	return strings.TrimSpace(body) + "\n\n" + more, nil
}

// squashedForward reports a plain part whose forwarded header is run
// into one line (squashedForwardRe): a client's lossy rendering of its
// HTML part, which is then the message.
func squashedForward(plain string) bool {
	for _, l := range strings.Split(plain, "\n") {
		if strings.Contains(l, "orwarded") && squashedForwardRe.MatchString(l) {
			return true
		}
	}
	return false
}

// plainIsStub reports a plain part that stands in for its HTML part
// rather than saying the same ("This message contains formatted text.
// Please view it in a mail program that can show HTML."): the HTML says
// 40 words more, and four times as many or the plain part says it stands
// in for formatting (stubWordsRe). The alternatives of a
// message say the same thing, so the longer one is the message.
func plainIsStub(m *message) bool {
	if m.plain == "" || m.html == "" {
		return false
	}
	plain := len(strings.Fields(m.text()))
	if plain > 60 {
		return false
	}
	doc, err := parseHTML(m.html)
	if err != nil {
		return false
	}
	words := len(strings.Fields(textOf(doc)))
	return words >= plain+40 && (words >= 4*plain || stubWordsRe.MatchString(m.text()))
}

// stubWordsRe is what a plain part that stands in for HTML says of it:
// "view it in a mail program that can show HTML", "formatted text", "in
// your browser".
var stubWordsRe = lazyre.New(`(?i)\bhtml\b|\bformatted\b|\bbrowser\b|\bmail (?:program|client|app)\b`)

// listOrganisation is the body a List-Id header names: "Riverholt
// children's health network <cyp-health.lists.example.org.uk>"; empty
// when its name has no organisation's word.
func listOrganisation(listID string) string {
	name, _, _ := strings.Cut(listID, "<")
	name = strings.Trim(strings.TrimSpace(name), `"'`)
	if name == "" || strings.Contains(name, "@") || !orgWordRe.MatchString(name) {
		return ""
	}
	return name
}

var (
	// mailingListRe is a Mailing-list header's list: "list
	// cyp-health@googlegroups.com; contact ...".
	mailingListRe = lazyre.New(`(?i)^\s*list\s+<?([a-z0-9][\w.-]{0,80})@`)
	// listIDAddressRe is a List-Id header's identifier: "<cyp-health.lists.example.org>".
	listIDAddressRe = lazyre.New(`<([a-z0-9][\w-]{0,80})\.[^>]+>`)
	// subjectListTagRe is the tag a list puts before its subjects:
	// "[cyp-health] Digest for ...".
	subjectListTagRe = lazyre.New(`^\s*\[([a-z0-9][\w.-]{0,80}[a-z0-9])\]\s`)
)

// listName is a mailing list's own name, from its Mailing-list header,
// else the first label of its List-Id; empty when neither says.
func listName(mailingList, listID string) string {
	if m := mailingListRe.FindStringSubmatch(mailingList); m != nil {
		return m[1]
	}
	if m := listIDAddressRe.FindStringSubmatch(listID); m != nil {
		return m[1]
	}
	return ""
}

// newsletterName is the sender's display name where the list the message
// came by is named for it: a newsletter platform (Substack, Buttondown,
// Ghost) sends each publication's posts on a list whose identifier spells
// the publication's name ("Second Look" on <secondlook.substack.com>). The
// name is the publication's, though it reads like a person's, so it is the
// publisher; a person's own newsletter is published by that person. Empty
// when the list's name does not spell the display name.
func newsletterName(from, listAddress string) string {
	name := strings.TrimSpace(viaRe.ReplaceAllString(displayName(from), ""))
	if name == "" || strings.Contains(name, "@") || listAddress == "" {
		return ""
	}
	letters := slugForm(name)
	if len(letters) < 3 || letters != slugForm(listAddress) {
		return ""
	}
	return name
}

// subjectListTag is the list's tag a subject opens with, without its
// brackets; empty when it has none.
func subjectListTag(subject string) string {
	if m := subjectListTagRe.FindStringSubmatch(subject); m != nil {
		return m[1]
	}
	return ""
}

// titleAsHeading makes a first paragraph that repeats the title (a
// newsletter's masthead line) a "# " heading, so it is not an excerpt.
func titleAsHeading(body, title string) string {
	first, rest, _ := strings.Cut(body, "\n\n")
	if title != "" && !strings.Contains(first, "\n") && compareForm(strings.TrimLeft(first, "# ")) == compareForm(title) {
		return strings.TrimSpace("# " + strings.TrimLeft(first, "# ") + "\n\n" + rest)
	}
	return body
}

// text is the message's plain text, else its HTML part as it reads.
func (m *message) text() string {
	if m.plain != "" {
		if m.plainFlowed {
			return unflow(m.plain)
		}
		return m.plain
	}
	return m.html
}

// readMessage reads a message's headers and parts; depth bounds messages
// forwarded inside messages.
func readMessage(r io.Reader, depth int) (*message, error) {
	raw, err := mail.ReadMessage(r)
	if err != nil {
		return nil, fmt.Errorf("cannot read the e-mail's headers: %v", err)
	}
	m := &message{}
	var problems []string
	var read []string
	m.subject, m.subjectRaw, problems, read = headerLine(raw.Header.Get("Subject"), "the Subject")
	for _, p := range problems {
		m.warnings = append(m.warnings, "the Subject, "+p+": that part is kept as written (give the title with --title)")
	}
	m.warnings = append(m.warnings, read...)
	m.from, m.fromRaw, problems, read = headerLine(raw.Header.Get("From"), "the From line")
	for _, p := range problems {
		m.warnings = append(m.warnings, "the From line, "+p+": that part is kept as written")
	}
	m.warnings = append(m.warnings, read...)
	m.organisation, m.orgRaw, _, _ = headerLine(raw.Header.Get("Organization"), "the Organization line")
	m.list, _, _, _ = headerLine(raw.Header.Get("List-Id"), "the List-Id line")
	m.listAddress = listName(raw.Header.Get("Mailing-List"), m.list)
	m.bulk = bulkMail(raw.Header.Get("List-Unsubscribe"), raw.Header.Get("List-Id"), raw.Header.Get("Precedence"))
	if t, err := raw.Header.Date(); err == nil {
		m.date = evidence.DateOf(t)
	} else {
		m.date = emailDate(raw.Header.Get("Date"))
	}
	m.deliveryReport = isDeliveryReport(textproto.MIMEHeader(raw.Header))
	err = m.readPart(textproto.MIMEHeader(raw.Header), raw.Body, depth)
	return m, err
}

const maxMIMEDepth = 8

// maxAttachmentsNamed bounds the attachments an import names one by one
// in its warnings; the rest are counted in one more.
const maxAttachmentsNamed = 20

// readPart reads one MIME part into m: text parts decoded, multiparts
// walked, forwarded messages read, attachments named.
func (m *message) readPart(h textproto.MIMEHeader, body io.Reader, depth int) error {
	if depth > maxMIMEDepth {
		return errors.New("the e-mail nests parts too deeply to read")
	}
	ctype, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		ctype, params = "text/plain", map[string]string{}
	}
	disposition, dparams, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	name := firstNonEmpty(dparams["filename"], params["name"])
	switch {
	case strings.HasPrefix(ctype, "multipart/"):
		if params["boundary"] == "" {
			return errors.New("a multipart e-mail part has no boundary")
		}
		digest := ctype == "multipart/digest"
		m.digest = m.digest || digest
		outer := m.inMixed
		m.inMixed = ctype != "multipart/alternative"
		defer func() { m.inMixed = outer }()
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				if m.plain != "" || m.html != "" {
					// A truncated last part, or a part whose headers
					// cannot be read (a control character in an
					// attachment's name): keep what was read, and say
					// which it was.
					if errors.Is(err, io.ErrUnexpectedEOF) {
						m.warnings = append(m.warnings, "the e-mail ends part way through a part")
					} else {
						m.warnings = append(m.warnings, fmt.Sprintf("a part of the e-mail cannot be read (%v): it and the parts after it are left out", err))
					}
					return nil
				}
				return fmt.Errorf("cannot read the e-mail's parts: %v", err)
			}
			if digest && p.Header.Get("Content-Type") == "" {
				// A digest's parts are messages unless they say otherwise
				// (RFC 2046).
				p.Header.Set("Content-Type", "message/rfc822")
			}
			if err := m.readPart(p.Header, p, depth+1); err != nil {
				return err
			}
		}
	case ctype == "message/rfc822":
		raw, err := io.ReadAll(io.LimitReader(decodeTransfer(h, body), MaxImportBytes))
		if err != nil {
			return fmt.Errorf("cannot read the forwarded e-mail: %v", err)
		}
		// A forwarded message's headers are bounded as the file's are:
		// its 2.8 MB From line was read whole and searched for a sender.
		if _, tooLong := headerNames(raw); tooLong != nil {
			tooLong.forwarded = true
			return *tooLong
		}
		inner, err := readMessage(bytes.NewReader(raw), depth+1)
		if err != nil {
			return err
		}
		m.forwarded = append(m.forwarded, inner)
		return nil
	case disposition == "attachment" || !strings.HasPrefix(ctype, "text/"):
		if name != "" {
			m.attachments = append(m.attachments, name)
		}
		return nil
	}
	raw, err := io.ReadAll(io.LimitReader(body, MaxImportBytes))
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) && len(bytes.TrimSpace(raw)) > 0:
		// A message whose closing boundary never came (a download cut
		// short, a mailer that left it out) was refused whole, "cannot
		// read the e-mail's text: unexpected EOF", its text all there:
		// keep what was read, and say so, as for a later part.
		m.warnings = append(m.warnings, "the e-mail ends part way through a part")
	case err != nil:
		return fmt.Errorf("cannot read the e-mail's text: %v", err)
	}
	data, err := io.ReadAll(decodeTransfer(h, bytes.NewReader(raw)))
	switch {
	case err != nil && isBase64(h):
		// Base64 as sent is no text: what decoded before the damage is
		// kept. Before, the base64 letters became the body, and the
		// import was refused as holding no evidence.
		if len(bytes.TrimSpace(data)) == 0 {
			m.warnings = append(m.warnings, "the e-mail's "+ctype+" part is damaged base64 from its start: left out")
			return nil
		}
		// A character the damage cut in two would make the whole part
		// read as Windows-1252 (decodeCharset): it is dropped.
		for k := 1; k <= 3 && k < len(data) && !utf8.Valid(data); k++ {
			if utf8.Valid(data[:len(data)-k]) {
				data = data[:len(data)-k]
			}
		}
		m.warnings = append(m.warnings, fmt.Sprintf("the e-mail's %s part is damaged base64 (%v): read up to the damage, %d bytes; the rest is lost", ctype, err, len(data)))
	case err != nil:
		// Mailers write broken quoted-printable ("=" before a non-hex
		// character): the text as sent reads better than nothing.
		data = raw
		m.warnings = append(m.warnings, "the e-mail's "+ctype+" part is not valid "+
			strings.ToLower(h.Get("Content-Transfer-Encoding"))+": read as it was sent")
	}
	text, warn := decodeCharset(data, params["charset"], "the e-mail's text")
	if warn != "" {
		m.warnings = append(m.warnings, warn)
	}
	switch ctype {
	case "text/plain":
		if strings.TrimSpace(text) == "" {
			break
		}
		if m.plain == "" {
			m.plain, m.plainFlowed = plainPart(text, params)
		} else if m.inMixed && disposition != "attachment" {
			// A mixed message's later inline text part (text, a
			// picture, more text) is more of the message: before, only
			// the first was read.
			more, flowed := plainPart(text, params)
			m.plain = strings.TrimRight(m.text(), "\n") + "\n\n" + unflowIf(more, flowed)
			m.plainFlowed = false
		}
	case "text/html":
		if m.html == "" {
			m.html = text
		}
	}
	return nil
}

// plainPart is a text/plain part's text as the message keeps it, and
// whether it is still to be unflowed (format=flowed; with DelSp=yes it is
// unflowed here).
func plainPart(text string, params map[string]string) (string, bool) {
	text = normaliseNewlines(text)
	if strings.EqualFold(params["delsp"], "yes") {
		return unflowDelSp(text), false
	}
	return text, strings.EqualFold(params["format"], "flowed")
}

// unflowIf is text unflowed when flowed says it is format=flowed.
func unflowIf(text string, flowed bool) string {
	if flowed {
		return unflow(text)
	}
	return text
}

// decodeTransfer undoes the Content-Transfer-Encoding.
func decodeTransfer(h textproto.MIMEHeader, body io.Reader) io.Reader {
	switch {
	case strings.EqualFold(strings.TrimSpace(h.Get("Content-Transfer-Encoding")), "quoted-printable"):
		return quotedprintable.NewReader(body)
	case isBase64(h):
		return base64.NewDecoder(base64.StdEncoding, &base64Cleaner{r: body})
	}
	return body
}

// isBase64 says a part's Content-Transfer-Encoding is base64.
func isBase64(h textproto.MIMEHeader) bool {
	return strings.EqualFold(strings.TrimSpace(h.Get("Content-Transfer-Encoding")), "base64")
}

// base64Cleaner drops the spaces and stray characters some mailers leave in
// base64 lines (the decoder skips only line ends).
type base64Cleaner struct{ r io.Reader }

func (c *base64Cleaner) Read(p []byte) (int, error) {
	for {
		n, err := c.r.Read(p)
		k := 0
		for _, b := range p[:n] {
			if b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/' || b == '=' {
				p[k] = b
				k++
			}
		}
		if k > 0 || err != nil || n == 0 {
			return k, err
		}
	}
}

// decodeCharset turns a part's bytes into UTF-8 by its declared charset;
// an unknown or missing charset on bytes that are not UTF-8 is read as
// Windows-1252, with a warning that names what was read (what: "the
// e-mail's text", "the Subject"). A header's encoded words are read
// through it too (decodeHeaderWords), so a charset is read by one rule
// wherever it is declared.
func decodeCharset(data []byte, cs, what string) (string, string) {
	cs = strings.ToLower(strings.Trim(strings.TrimSpace(cs), `"`))
	if cs != "" && cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
		if enc, err := charsetEncoding(cs); err == nil {
			if out, err := enc.NewDecoder().Bytes(data); err == nil {
				// ISO-2022-JP is written in ASCII's bytes, its letters
				// between escapes: read, not taken for a wrong
				// declaration (its title was "$F$9$H", hostile check 86,
				// F7).
				if isASCII(data) && !bytes.Equal(out, data) && enc != japanese.ISO2022JP {
					// Plain ASCII read in a charset that reads ASCII as
					// something else (UTF-16 made it CJK, and the import
					// "found no evidence"): the declaration is wrong.
					return string(data), fmt.Sprintf("%s is plain ASCII, not the %s it declares: read as it is", what, evidence.PrintableLine(cs))
				}
				if cs == "x-user-defined" && !isASCII(data) {
					return string(out), what + " declares the charset x-user-defined, which reads its letters as private-use characters: read as Windows-1252"
				}
				return string(out), ""
			}
		}
	}
	if utf8.Valid(data) {
		return string(data), ""
	}
	return string(strayBytesAsWindows1252(data)), what + " is not in its declared charset: read as Windows-1252 where it is not UTF-8"
}

// encodedWordRe is an RFC 2047 encoded word: =?charset?B-or-Q?text?=.
var encodedWordRe = lazyre.New(`=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=`)

// headerLine is a header the import takes a value from, decoded
// (decodeHeaderWords) and cleaned of the line breaks and controls its
// encoded words held, as every field is cleaned (evidence.CleanLine), its
// white space folded; asWritten is it decoded before, for the warning
// that quotes it (headerCleaned). Before, the From line's breaks (an
// encoded U+2028, NEL or =0A in its display name) were folded unsaid, and
// a control left was warned of with them already gone; the Subject alone
// was warned of as written.
func headerLine(s, what string) (text, asWritten string, problems, read []string) {
	asWritten, problems, read = decodeHeaderWords(s, what)
	clean, _ := evidence.CleanLine(asWritten)
	return strings.Join(strings.Fields(clean), " "), asWritten, problems, read
}

// headerCleaned is the warning that field took its value from a header
// (headerLine's asWritten) whose line breaks or controls were cleaned,
// quoting the header as written; none when it needed no cleaning.
func headerCleaned(field, name, asWritten string) []string {
	if _, changed := evidence.CleanLine(asWritten); !changed {
		return nil
	}
	return []string{cleanedWarning(field, name, asWritten)}
}

// decodeHeaderWords decodes the RFC 2047 encoded words ("=?utf-8?q?...?=") of a
// header, each on its own, in any charset the encoding index knows
// (charsetEncoding). A word that cannot be decoded — its charset unknown,
// its text damaged — is kept as written, and said in a problem ("its
// charset \"x-klingon\" is not one cypx knows") for the caller's warning;
// the words beside it are still decoded. Before, mime's DecodeHeader gave
// up on the whole header for one such word, and the e-mail's title was
// left encoded, without a word. A word that is decoded is read as a text
// part in its charset is (decodeCharset), with the same warnings in read,
// naming what (the Subject): before, a Subject in x-user-defined was read
// as Windows-1252 without the warning its body got.
// Its white space is not folded: the line breaks and controls its encoded
// words held are still in it (headerLine cleans them).
func decodeHeaderWords(s, what string) (string, []string, []string) {
	var read []string
	dec := mime.WordDecoder{CharsetReader: func(cs string, r io.Reader) (io.Reader, error) {
		if _, err := charsetEncoding(cs); err != nil {
			return nil, err
		}
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		text, warn := decodeCharset(data, cs, what)
		if warn != "" {
			read = append(read, warn)
		}
		return strings.NewReader(text), nil
	}}
	var b strings.Builder
	var problems []string
	last, prevDecoded := 0, false
	for _, m := range encodedWordRe.FindAllStringSubmatchIndex(s, -1) {
		word, cs := s[m[0]:m[1]], s[m[2]:m[3]]
		out, err := dec.Decode(word)
		decoded := err == nil
		if !decoded {
			out = word
			if _, cerr := charsetEncoding(cs); cerr != nil {
				problems = append(problems, fmt.Sprintf("its charset %q is not one cypx knows", evidence.PrintableLine(cs)))
			} else {
				problems = append(problems, fmt.Sprintf("an encoded word in %s cannot be decoded (%v)", evidence.PrintableLine(cs), err))
			}
		}
		// White space between two encoded words is no part of the text
		// (RFC 2047, 6.2).
		if gap := s[last:m[0]]; !(prevDecoded && decoded && strings.TrimSpace(gap) == "") {
			b.WriteString(gap)
		}
		b.WriteString(out)
		last, prevDecoded = m[1], decoded
	}
	b.WriteString(s[last:])
	return b.String(), slices.Compact(problems), slices.Compact(read)
}

// charsetEncoding is the encoding of a charset an e-mail declares, for
// its parts and its headers alike. x-user-defined, which reads every byte
// over 127 as a private-use character (no charset a report is written
// in), is read as Windows-1252, as a page declaring it is (htmlUTF8).
func charsetEncoding(cs string) (encoding.Encoding, error) {
	cs = strings.ToLower(strings.Trim(strings.TrimSpace(cs), `"`))
	if cs == "x-user-defined" {
		return charmap.Windows1252, nil
	}
	enc, err := htmlindex.Get(cs)
	if err == nil && enc == encoding.Replacement {
		// ISO-2022-KR, ISO-2022-CN and HZ, which the web reads as one
		// replacement character: a word in them is kept as written and
		// said to be in a charset cypx does not know, as UTF-7 is.
		return nil, fmt.Errorf("charset %q is read by no decoder", cs)
	}
	return enc, err
}

// unflow joins the soft line breaks of format=flowed text: a line ending
// in a space continues on the next (the signature separator excepted).
func unflow(s string) string {
	lines := strings.Split(s, "\n")
	var b strings.Builder
	for i, l := range lines {
		if strings.HasPrefix(l, " ") {
			l = l[1:] // space-stuffing
		}
		b.WriteString(l)
		if i < len(lines)-1 && !(strings.HasSuffix(l, " ") && l != "-- ") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// unflowDelSp is unflow for DelSp=yes, where the soft break's space is not
// part of the text.
func unflowDelSp(s string) string {
	lines := strings.Split(s, "\n")
	var b strings.Builder
	for i, l := range lines {
		if strings.HasPrefix(l, " ") {
			l = l[1:]
		}
		soft := strings.HasSuffix(l, " ") && l != "-- "
		if soft {
			l = l[:len(l)-1]
		}
		b.WriteString(l)
		if i < len(lines)-1 && !soft {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

var subjectPrefixRe = lazyre.New(`(?i)^\s*(?:(?:re|fwd?|fw|aw|wg|tr|sv|vs|rv|enc|doorst|vb)\s*(?:\[\d+\])?\s*:\s*|\[(?:external|ext|external email|external sender)\]\s*:?\s*|\[[a-z][\w.-]*[a-z0-9]\]\s+|(?:embargoed\s+)?(?:press|news|media)\s+release\s*[-–—:|]\s*)`)

// cleanSubject is a subject without its Re:, Fwd:, FW: and [EXTERNAL]
// prefixes, however many, without the tag a mailing list puts before
// every subject ("[SCHOOL-HEALTH-NETWORK] ..."): one word in brackets,
// and without the label a press office sets before a release's headline
// ("EMBARGOED PRESS RELEASE - ", "News release: "), which names no
// title.
func cleanSubject(s string) string {
	s = strings.TrimSpace(s)
	if m := calendarInviteRe.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	if t := strings.TrimSpace(threadRefRe.ReplaceAllString(s, "")); t != "" {
		s = t
	}
	for {
		t := subjectPrefixRe.ReplaceAllString(s, "")
		if t == s || strings.TrimSpace(t) == "" {
			return strings.TrimSpace(s)
		}
		s = t
	}
}

// calendarInviteRe is a calendar's invitation subject, "Invitation: SEND
// pre-meet @ Tue 10 Mar 2026 10:00 - 11:30 (GMT) (sam@example.org)" or
// "Updated invitation: ...": the event's name, group 1, is the title; the
// kind of message, the time and the guest's address are the calendar's.
var calendarInviteRe = lazyre.New(`(?i)^(?:(?:updated\s+)?invitation(?:\s+with\s+note)?|invitation\s+updated)\s*:\s*(.+?)\s+@\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+[a-z]{3,9}\s+\d{4}\b.*$`)

// threadRefRe is the thread reference a shared inbox or a case system
// sets after a subject so replies find their thread ("[ref:cnv_5k9w2x1]",
// "[ref:_00D4J1a2b._5008d3xYz:ref]", "[thread::Ab12Cd34]"): a key for
// the machine, no words of the title.
var threadRefRe = lazyre.New(`(?i)\s*\[\s*(?:ref|thread)\s*:{1,2}[^\]\s]{3,80}\]\s*$`)

func isForwardSubject(s string) bool {
	return forwardSubjectRe.MatchString(s)
}

// emailDate reads a Date header, or the date line of a forwarded message
// as mail clients write it ("Tue, 5 Mar 2024 at 09:12", "Tuesday, March 5,
// 2024 9:12 AM", "05 March 2024 09:12").
func emailDate(s string) evidence.Date {
	if t, err := mail.ParseDate(strings.TrimSpace(s)); err == nil {
		return evidence.DateOf(t)
	}
	if d := textDate(s); !d.IsZero() {
		return d
	}
	if m := usDateRe.FindStringSubmatch(s); m != nil {
		d, err := evidence.ParseDate(m[3] + "-" + monthNumbers[strings.ToLower(m[1][:3])] + "-" + pad2(m[2]))
		if err == nil {
			return d
		}
	}
	return foreignDate(s)
}

// foreignDateRe is a day, month name and year as a forwarded message's
// date line writes them in the languages its header labels are read in
// (forwardHeaderBlock): "Dienstag, 4. März 2025", "mardi 4 mars 2025",
// "dinsdag 4 maart 2025", "martes, 4 de marzo de 2025".
var foreignDateRe = lazyre.New(`(?i)\b(\d{1,2})\.?\s+(?:de\s+)?(\pL{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b`)

// foreignMonths are the months in German, French, Dutch, Spanish,
// Italian, Portuguese and the Scandinavian languages, January first.
var foreignMonths = [12][]string{
	{"januar", "janvier", "januari", "enero", "gennaio", "janeiro"},
	{"februar", "février", "februari", "febrero", "febbraio", "fevereiro"},
	{"märz", "mars", "maart", "marzo", "março", "mrt"},
	{"april", "avril", "abril", "aprile"},
	{"mai", "mei", "mayo", "maggio", "maio", "maj"},
	{"juni", "juin", "junio", "giugno", "junho"},
	{"juli", "juillet", "julio", "luglio", "julho"},
	{"august", "août", "augustus", "agosto", "augusti"},
	{"september", "septembre", "septiembre", "settembre", "setembro"},
	{"oktober", "octobre", "octubre", "ottobre", "outubro"},
	{"november", "novembre", "noviembre", "novembro"},
	{"dezember", "décembre", "december", "diciembre", "dicembre", "dezembro"},
}

// foreignDate reads foreignDateRe's date; a month is its name or a
// name's first three letters or more ("mär", "okt", "dez").
func foreignDate(s string) evidence.Date {
	m := foreignDateRe.FindStringSubmatch(s)
	if m == nil {
		return evidence.Date{}
	}
	name := strings.ToLower(m[2])
	for i, names := range foreignMonths {
		for _, n := range names {
			if n == name || utf8.RuneCountInString(name) >= 3 && strings.HasPrefix(n, name) {
				if d, err := evidence.ParseDate(fmt.Sprintf("%s-%02d-%s", m[3], i+1, pad2(m[1]))); err == nil {
					return d
				}
				return evidence.Date{}
			}
		}
	}
	return evidence.Date{}
}

var usDateRe = lazyre.New(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (\d{4})`)

var odsCodeRe = lazyre.New(`\s+-\s+[A-Z0-9]{3,6}$`)

var teamSuffixRe = lazyre.New(`(?i)\s*(?:[-–|:]\s*)?(?:the )?(?:policy|press|media|communications|comms|news|newsletter|digital|events|public affairs|membership|info|information|enquiries|e-?mail)?\s*(?:team|office|desk|unit|pmo|newsletter|news|bulletin|updates|alerts)$`)

// senderOrganisation is the organisation a From header's display name
// names: "Jane Smith (NHS Confederation)", "Jane Smith | Barnardo's", "NHS
// Providers Policy Team"; empty for a person's name alone.
func senderOrganisation(from string) string {
	// "Jane Okafor via Hollinsford SEND Network", "Hollinsford Youth
	// Trust (via Mailchimp)": a list or a mailing service relayed the
	// message; the sender is the name before it.
	name := strings.TrimSpace(viaRe.ReplaceAllString(displayName(from), ""))
	if name == "" || strings.Contains(name, "@") {
		return ""
	}
	if i, j := strings.LastIndex(name, "("), strings.LastIndex(name, ")"); i >= 0 && j > i {
		// NHSmail adds the organisation's ODS code: "(NHS ... ICB - D9Y0V)".
		org := odsCodeRe.ReplaceAllString(strings.TrimSpace(name[i+1:j]), "")
		if orgWordRe.MatchString(org) || !isPersonName(org) {
			return fromCapitals(org)
		}
	}
	// "Hannah Croft from The Small Print": a newsletter platform's sender,
	// a person writing for a publication, as " at " names a body.
	for _, sep := range []string{" | ", " - ", " – ", " at ", " from ", ", "} {
		if person, org, ok := strings.Cut(name, sep); ok && isPersonName(strings.TrimSpace(person)) {
			return strings.TrimSpace(org)
		}
	}
	if namesDomain(name, from) {
		// "YoungMinds <campaigns@youngminds.org.uk>": a name that spells
		// the sender's domain is the organisation, though it holds no
		// organisation word.
		return name
	}
	if isPersonName(name) || !orgWordRe.MatchString(name) {
		return ""
	}
	// "NHS Providers Policy Team" is NHS Providers; "Press Office" or
	// "Communications Team" alone names a role in some organisation the
	// header does not name (a forwarded release's sender), no publisher.
	org := strings.TrimSpace(teamSuffixRe.ReplaceAllString(name, ""))
	if rest := strings.TrimSpace(deptSuffixRe.ReplaceAllString(org, "")); rest != org && strongOrgWordRe.MatchString(rest) {
		org = rest // "NHS Hollinsford ICB Communications"
	}
	if org != name && workOnly(org) {
		// "Policy and Scrutiny Team", "Public Health Intelligence Team":
		// a team named for its work, in a body the name leaves out.
		return ""
	}
	return org
}

// teamWorkWords are the words a team is named by for its work, none of
// which names a body.
var teamWorkWords = wordSet("policy scrutiny democratic services service public health intelligence commissioning performance strategy strategic research engagement data insight insights analysis governance partnerships partnership and & of the for children's children’s young people's people’s early help family families education safeguarding quality improvement business support admin administration member members")

// workOnly reports a name made only of teamWorkWords.
func workOnly(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, w := range words {
		if !teamWorkWords[w] {
			return false
		}
	}
	return len(words) > 0
}

var (
	// viaRe is a relay after a sender's name: a Google Group's "via
	// Hollinsford SEND Network", a mailing service's "(via Mailchimp)".
	viaRe = lazyre.New(`(?i)\s*\(?\bvia\s+[^()]*\)?\s*$`)
	// deptSuffixRe is the department an organisation's address is run
	// by, set after its name.
	deptSuffixRe = lazyre.New(`(?i)\s+[-–|]?\s*(?:communications?|comms|engagement|media relations|marketing)(?:\s+(?:and|&)\s+(?:engagement|marketing|campaigns))?$`)
)

// displayName is a From header's display name as written ("Jane Smith
// (NHS Confederation)" of "Jane Smith (NHS Confederation)
// <jane@example.org>"): the address parser would drop a "(Organisation)"
// as a comment, so it reads the name only when no "<" sets it apart.
func displayName(from string) string {
	name := from
	if i := strings.Index(from, "<"); i > 0 {
		name = from[:i]
	} else if a, err := (&mail.AddressParser{}).Parse(from); err == nil {
		name = a.Name
	}
	return notesCommonName(strings.Trim(strings.TrimSpace(name), `"'`))
}

// isRole says a From header's display name names only a role ("Press
// Office", "Communications Team"), no person and no organisation.
func isRole(from string) bool {
	name := displayName(from)
	return name != "" && teamSuffixRe.MatchString(name) && strings.TrimSpace(teamSuffixRe.ReplaceAllString(name, "")) == ""
}

// orgNameRe finds a capitalised name with an organisation's word in it:
// "Children's Mental Health Alliance", "National Children's Bureau".
var orgNameRe = lazyre.New(`\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}'’-]*))*`)

// domainOrganisation is the first organisation the text names whose name
// the sender's address abbreviates: its letters ("Barnardo's",
// barnardos.org.uk), its initials ("National Children's Bureau", ncb.org.uk)
// or its initials then its last word whole ("Children's Mental Health
// Alliance", cmhalliance.org.uk). Empty when none does: a guess from the
// text alone could name any body the release mentions.
func domainOrganisation(text, from string) string {
	labels := domainLabels(from)
	if labels == nil {
		return ""
	}
	for _, m := range orgNameRe.FindAllString(text, -1) {
		name := strings.TrimSpace(strings.TrimPrefix(m, "The "))
		if !orgWordRe.MatchString(name) || len(strings.Fields(name)) > 8 {
			continue
		}
		if abbreviates(labels, name) {
			return name
		}
	}
	return ""
}

// abbreviates says one of the labels spells name's letters, its initials,
// or its initials but the last word's whole.
func abbreviates(labels []string, name string) bool {
	var initials strings.Builder
	words := strings.Fields(name)
	for _, w := range words {
		if !smallWords[strings.ToLower(w)] {
			l := slugForm(w)
			initials.WriteString(l[:min(1, len(l))])
		}
	}
	whole, ini := slugForm(name), initials.String()
	lastWhole := ""
	if len(words) > 1 && len(ini) > 1 {
		lastWhole = ini[:len(ini)-1] + slugForm(words[len(words)-1])
	}
	for _, l := range labels {
		if len(l) >= 3 && (l == whole || l == ini || l == lastWhole) {
			return true
		}
	}
	return false
}

// fromCapitals writes a name NHSmail set in capitals ("EASTVALE
// PARTNERSHIP NHS FOUNDATION TRUST") the way the organisation writes it:
// each word capitalised, the small words of a name in lower case, and
// acronyms (no vowel: NHS, CCG, PCN; or ICB, ICS, UK) kept. A name in
// mixed case is left as written.
func fromCapitals(name string) string {
	if strings.ToUpper(name) != name || strings.ToLower(name) == name {
		return name
	}
	words := strings.Fields(name)
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && smallWords[lw]:
			words[i] = lw
		case keepsCapitals(w):
		default:
			r := []rune(lw)
			r[0] = unicode.ToUpper(r[0])
			words[i] = string(r)
		}
	}
	return strings.Join(words, " ")
}

// keepsCapitals reports a word set in capitals that stays so when a
// name or a headline in capitals is written as prose: an acronym, known
// (ICB, CAMHS) or with no vowel (NHS, PCN). Both writers (fromCapitals,
// sentenceCase) ask it.
func keepsCapitals(word string) bool {
	core := strings.Trim(word, ".,;:!?\"'‘’“”()")
	return capitalWords[core] || !strings.ContainsAny(strings.ToLower(core), "aeiouy")
}

var (
	smallWords   = wordSet("and of the for in on at to with")
	capitalWords = map[string]bool{"ICB": true, "ICS": true, "ICP": true, "UK": true, "CIC": true, "NHSE": true, "NHSEI": true, "CAMHS": true}
)

// namesDomain reports whether a From header's display name, its letters
// alone, is one label of the address's domain ("Barnardo's" and
// barnardos.org.uk). A person's mail domain is an employer's, never their
// name, so the match says the sender is the organisation itself.
func namesDomain(name, from string) bool {
	letters := slugForm(name)
	return len(letters) >= 3 && slices.Contains(domainLabels(from), letters)
}

// domainLabels are the lower-cased labels of a From header's address's
// domain ("cmhalliance", "org", "uk"), none when it has no address.
func domainLabels(from string) []string {
	at := strings.LastIndex(from, "@")
	if at < 0 {
		return nil
	}
	return strings.Split(strings.ToLower(strings.TrimRight(from[at+1:], "> \t")), ".")
}

// isASCII says every byte is ASCII.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// headerOrganisation is the organisation an Organization header names, or
// "" where it names none: a mail client's placeholder ("None", "Home"), a
// person, an address, or words with no organisation's word in them.
func headerOrganisation(h string) string {
	h = strings.TrimSpace(h)
	if h == "" || len(strings.Fields(h)) > 12 || strings.ContainsAny(h, "@<>") || webDomainRe.MatchString(h) || isPersonName(h) || !orgWordRe.MatchString(h) {
		return ""
	}
	return h
}
