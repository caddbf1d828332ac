package evidence

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
	"golang.org/x/net/idna"
)

// mdSpecial escapes the characters that Markdown (CommonMark and GitHub's)
// reads as markup anywhere in a line: emphasis, code, links and images,
// raw HTML and autolinks, headings, quotes, tables and strikethrough.
var mdSpecial = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "~", `\~`)

// mdEntity is a character reference, which Markdown would turn into the
// character it names.
var mdEntity = lazyre.New(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// mdAutolinkStart is where GitHub's Markdown (cmark-gfm's autolink
// extension) starts a link of its own in plain text: a scheme's "://"
// (http, https, ftp) or "www.". The extension reads the raw line, so the
// backslashes that escape markup inside the address became part of the
// link and of its shown text ("wait\_times" for "wait_times"). Escaping
// the ":" or the "." (a backslash before punctuation, which every
// CommonMark renderer reads as the character) keeps the extension from
// starting there: the address is text, exactly as the source has it, and
// no address in a quote becomes a link cypx did not check (LinkURL).
var mdAutolinkStart = lazyre.New(`(?i)\b(https?|ftp)://|\b(www)\.`)

// mdBlockStart is what makes a line a list item, a heading underline or a
// thematic break when it starts one, after up to three spaces (which
// CommonMark lets a block's marker follow): its first group a bullet or
// an underline's character, its second an ordered list's number and its
// "." or ")", which opens a list only before a blank or the line's end.
// A decimal is no list: "35.8%" opening a table's cell was written
// "35\.8%" (hostile check 64 L8).
var mdBlockStart = lazyre.New(`^ {0,3}(?:([-+=])|([0-9]{1,9}[.)])(?:[ \t]|$))`)

// MarkdownText makes text from a source safe to place in a line of
// Markdown: folded to one line (so a line break in a publisher cannot
// start a heading, a list or a link definition), escaped as Printable
// escapes it, and with every character Markdown reads as markup escaped,
// so it reads as written.
func MarkdownText(s string) string { return MarkdownEscape(OneLine(s)) }

// MarkdownEscape is MarkdownText without folding white space: for pieces
// of a line already folded, whose spaces at either end matter.
func MarkdownEscape(s string) string { return markdownLineStart(MarkdownInline(s)) }

// markdownLineStart escapes the character that would make Markdown
// already escaped inline (MarkdownInline) start a block where it opens a
// line, a list item or a footnote ("- item pub" as "\- item pub", "1.
// one pub" as "1\. one pub"): the one rule for the start of every line
// and entry cypx writes, citations, reference lists and notes alike. The
// other block starts (#, >, *, a fence) are escaped wherever they stand.
func markdownLineStart(s string) string {
	loc := mdBlockStart.FindStringSubmatchIndex(s)
	if loc == nil {
		return s
	}
	end := loc[3] // the marker's last character is escaped
	if end < 0 {
		end = loc[5]
	}
	return s[:end-1] + `\` + s[end-1:]
}

// MarkdownInline is MarkdownEscape for a piece in the middle of a line
// (a run of a reference between its italics): the markup characters and
// character references escaped, but not the start of a block, which only
// a line's first characters can make.
func MarkdownInline(s string) string {
	s = mdEntity.ReplaceAllString(mdSpecial.Replace(PrintableLine(s)), `\&$1;`)
	return mdAutolinkStart.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasSuffix(m, ".") {
			return m[:len(m)-1] + `\.`
		}
		return m[:len(m)-3] + `\://`
	})
}

// LinkURL is a URL fit to be a link's target in Markdown or a document:
// only http and https URLs with a host qualify (not javascript:, data:,
// file: or a relative path, nor one naming a user before its host), and
// none holding a control or invisible character, nor two addresses parted
// by a blank (OtherAddress). Spaces, parentheses, angle brackets, quotes and the other
// characters that would end or break a Markdown link are percent-encoded.
// It reports false when the URL must not be linked; show it as text.
func LinkURL(raw string) (string, bool) {
	u := strings.TrimSpace(raw)
	if HasUnsafe(u) || OtherAddress(u) != "" {
		return "", false
	}
	lower := strings.ToLower(u)
	var rest string
	switch {
	case strings.HasPrefix(lower, "https://"):
		rest = u[len("https://"):]
	case strings.HasPrefix(lower, "http://"):
		rest = u[len("http://"):]
	default:
		return "", false
	}
	host := urlAuthority(rest)
	// A user before the host ("https://www.nhs.uk@evil.example/") reads
	// as one site and leads to another, and a password is a credential:
	// neither belongs in a briefing's link.
	if host == "" || strings.ContainsAny(host, " \\@") {
		return "", false
	}
	if _, ok := asciiHost(u); !ok {
		return "", false
	}
	return EncodeURL(u), true
}

// CitedURL is a source's URL as every citation, reference and export
// writes it, in text and in links alike: on one line and in the encoded
// form LinkURL links ("https://ex.org/a b" as "https://ex.org/a%20b"), the
// form an import's warning says the URL is linked as. A URL that may not
// be linked stays as written, to be shown as text. Before, one URL with a
// space was written raw in show, the detail pane, CSV, JSON's references
// and a document's text, and encoded in Markdown's list, RIS, BibTeX and
// CSL: two addresses for one work, and the raw one broke where it was
// pasted (hostile check 61).
func CitedURL(u string) string {
	if target, ok := LinkURL(OneLine(u)); ok {
		return target
	}
	return u
}

// asciiHost is u with a host written in letters beyond ASCII
// ("https://bücher.example/") in its ASCII form ("xn--bcher-kva.example"),
// as a browser looks it up, so that a link's target shows a look-alike
// host for what it is. It reports false when the host is no valid name
// (then u is returned as it is).
func asciiHost(u string) (string, bool) {
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok {
		return u, true
	}
	host := urlAuthority(rest)
	if isASCII(host) {
		return u, true
	}
	name, port := host, ""
	if i := strings.LastIndexByte(host, ':'); i >= 0 && strings.Trim(host[i+1:], "0123456789") == "" {
		name, port = host[:i], host[i:]
	}
	ascii, err := idna.Lookup.ToASCII(name)
	if err != nil {
		return u, false
	}
	return scheme + "://" + ascii + port + rest[len(host):], true
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// urlAuthority is the part of a URL after its scheme's "//" that names
// the server: up to its path, query or fragment.
func urlAuthority(rest string) string {
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		return rest[:i]
	}
	return rest
}

// HasUserInfo says whether an http(s) URL names a user (and perhaps a
// password) before its host, which LinkURL refuses.
func HasUserInfo(raw string) bool {
	_, rest, ok := strings.Cut(strings.TrimSpace(raw), "://")
	return ok && strings.Contains(urlAuthority(rest), "@")
}

// sameAddress is raw with its scheme and host in lower case, as they are
// read (https://EXAMPLE.org/fg is https://example.org/fg); the path and
// the rest keep their case, which a server may read. A value that is no
// URL is returned as it is.
func sameAddress(raw string) string {
	u := strings.TrimSpace(raw)
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok {
		return u
	}
	host := urlAuthority(rest)
	return strings.ToLower(scheme) + "://" + strings.ToLower(host) + rest[len(host):]
}

// EncodeURL percent-encodes the characters a URL may not hold as written
// (spaces, parentheses, brackets, braces, angle brackets, quotes, a
// backslash, controls, and letters beyond ASCII as their UTF-8 bytes),
// keeping the escapes it already has, and writes a host beyond ASCII in
// its ASCII form (asciiHost): the one encoding of a URL that links
// (LinkURL) and reference-manager records (RIS, BibTeX, CSL JSON) give.
// A URI holds ASCII only; a reader that meets "é" in a link guesses.
func EncodeURL(u string) string {
	const hexDigits = "0123456789ABCDEF"
	u, _ = asciiHost(u)
	var b strings.Builder
	open, shut := ipLiteral(u)
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			strings.IndexByte("-._~:/?#@!$&'*+,;=", c) >= 0, i == open, i == shut:
			b.WriteByte(c)
		case c == '%' && i+2 < len(u) && isHex(u[i+1]) && isHex(u[i+2]):
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
	return b.String()
}

// ipLiteral is where the brackets of an IPv6 host stand in u
// ("https://[2001:db8::1]:8443/"), or -1, -1: they are the URL's own
// syntax, which EncodeURL keeps (a host written "%5B2001:db8::1%5D" is no
// host). Brackets anywhere else are encoded.
func ipLiteral(u string) (open, shut int) {
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok || !strings.HasPrefix(rest, "[") {
		return -1, -1
	}
	host := urlAuthority(rest)
	end := strings.IndexByte(host, ']')
	if end < 2 || strings.Trim(host[1:end], "0123456789abcdefABCDEF:.") != "" {
		return -1, -1
	}
	if port := host[end+1:]; port != "" && (port[0] != ':' || strings.Trim(port[1:], "0123456789") != "") {
		return -1, -1
	}
	at := len(scheme) + len("://")
	return at, at + end
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// linkTo is a Markdown link of label (Markdown already) to target (a URL
// as LinkURL gives it). Every renderer decodes a character reference in a
// link's destination ("&amp;" to "&"), so an & that would start one is
// written "&amp;": a source's "?a=1&amp;b=2" stays its URL. Other
// characters that could end the destination are percent-encoded already.
func linkTo(label, target string) string {
	return "[" + label + "](" + mdEntity.ReplaceAllString(target, "&amp;$1;") + ")"
}

// autolink is target (a URL as LinkURL gives it) as a Markdown link that
// shows the URL: an autolink, "<https://…>". A URL holding what reads as
// a character reference ("&amp;", "&lt;", "&#38;") cannot be one that
// every renderer reads alike — cmark and GitHub decode the reference in
// an autolink, commonmark.js and markdown-it do not — so it is a link
// whose text is the URL (linkTo), which every renderer reads as written.
func autolink(target string) string {
	if mdEntity.MatchString(target) {
		return linkTo(MarkdownInline(target), target)
	}
	return "<" + target + ">"
}

// codeSpan is text as Markdown code, which no renderer links or reads
// markup in: how a URL that may not be linked is written ("ftp://host/a
// file.pdf", which GitHub written as text would link as far as its space;
// "https://www.nhs.uk@evil.example/", which it would link whole). The text
// is escaped as PrintableLine escapes it (code shows a backslash as
// itself, so "\x1b" reads as written), fenced by more backticks than any
// run in it, and padded where it starts or ends with one.
func codeSpan(s string) string {
	s = PrintableLine(s)
	run, longest := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || strings.HasPrefix(s, " ") && strings.HasSuffix(s, " ") && strings.Trim(s, " ") != "" {
		s = " " + s + " "
	}
	return fence + s + fence
}
