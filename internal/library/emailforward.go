package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A forwarded or quoted message is told by its header block, not by the
// client that wrote it: a short run of header lines ("label: value", the
// labels of the From, Sent/Date, To, Cc and Subject family, in any order
// and in the languages mail clients are set to), naming a sender and a
// date or a subject, on lines of their own or after a separator line
// ("-------- Forwarded Message --------", "-----Original Message-----",
// a rule of underscores) or an intro line ("Begin forwarded message:").
// An HTML part's header block is the same lines once its tags are read:
// bold labels after an <hr>, or a table of labels and values.

// headerLineRe is one line of a header block: a label, bold or set in a
// table's cell as clients write them ("*From:*", "| Subject: | ... |",
// "De :", "Subject: \t..."), and its value (group 2).
var headerLineRe = lazyre.New(`(?i)^\s*\|?\s*\*{0,2}(from|von|de|van|da|fra|från|od|sent|date|datum|gesendet|envoyé|verzonden|enviado|fecha|data|inviato|skickat|sendt|dato|to|an|à|aan|para|till|til|cc|bcc|cci|kopie|subject|betreff|objet|onderwerp|asunto|oggetto|assunto|ämne|emne|reply-to)\s*\*{0,2}\s*:(?:\s*\*{1,2})?(?:\s*\|)?(?:\s+(.*?))?\s*\|?\s*$`)

// headerLabels gives each label of headerLineRe the field it names.
var headerLabels = map[string]string{
	"from": "from", "von": "from", "de": "from", "van": "from", "da": "from", "fra": "from", "från": "from", "od": "from",
	"sent": "date", "date": "date", "datum": "date", "gesendet": "date", "envoyé": "date", "verzonden": "date", "enviado": "date",
	"fecha": "date", "data": "date", "inviato": "date", "skickat": "date", "sendt": "date", "dato": "date",
	"to": "to", "an": "to", "à": "to", "aan": "to", "para": "to", "till": "to", "til": "to",
	"cc": "cc", "bcc": "cc", "cci": "cc", "kopie": "cc",
	"subject": "subject", "betreff": "subject", "objet": "subject", "onderwerp": "subject", "asunto": "subject",
	"oggetto": "subject", "assunto": "subject", "ämne": "subject", "emne": "subject",
	"reply-to": "reply-to",
}

// separatorLineRe is a line that sets a message off: a rule of five or
// more dashes, underscores, equals signs, stars or tildes, or a few words
// between two rules ("-----Original Message-----", "---------- Mensaje
// reenviado ---------", "----- Forwarded by NAME on DATE -----").
var separatorLineRe = lazyre.New(`^\s*(?:[-_=~*]{5,}|[-_=~]{2,}\s*[^-_=~*\s].{0,200}?\s*[-_=~]{2,})\s*$`)

// introLineRe is a short line that introduces a message under it and
// ends in a colon ("Begin forwarded message:", "Anfang der
// weitergeleiteten Nachricht:"): eight words at most.
var introLineRe = lazyre.New(`^\s*[\p{L}][^:>|]{0,80}?\s?:\s*$`)

// forwardWords says a separator or intro line opens a forwarded message,
// in the languages clients write it in: "Forwarded", "Weitergeleitete",
// "transféré", "reenviado", "Doorgestuurd", "Inoltrato", "encaminhada",
// "Videresendt", "Vidarebefordrat".
const forwardWords = `forward|weitergeleitet|transf[ée]r|r[ée]exp[ée]di|reenviad|doorgestuurd|inoltrat|encaminhad|videresend|vidarebefordr`

// forwardWordRe finds forwardWords in a line.
var forwardWordRe = lazyre.New(`(?i)` + forwardWords)

// htmlForwardRe finds a forwarded message's separator or intro line in an
// HTML part's text, where its lines are run together.
var htmlForwardRe = lazyre.New(`(?i)(?:[-_=~*]{2,}[^-_=~*]{0,60}|\b(?:begin|anfang|d[ée]but|inicio|in[ií]cio)\b[^:]{0,40})(?:` + forwardWords + `)`)

// opensBlock reports a separator or intro line, which a header block
// may follow.
func opensBlock(l string) bool {
	return separatorLineRe.MatchString(l) || introLineRe.MatchString(l) && len(strings.Fields(l)) <= 8
}

// maxHeaderLines is the most lines a header block runs to: a long run of
// "label: value" lines is a form or a list, not a message's headers.
const maxHeaderLines = 12

// forwardHeaderBlock reads the header block of a message opening at line
// i: line i is a separator or intro line over the block, or its first
// header line. It returns the block's headers and the lines after it
// (hdr nil when no block opens there: the lines must name a sender and a
// date or subject), and whether line i is a separator or intro line.
func forwardHeaderBlock(lines []string, i int) (hdr *innerHeaders, rest []string, opened bool) {
	l := lines[i]
	start := i
	switch {
	case headerLineRe.MatchString(l):
	case opensBlock(l):
		start, opened = i+1, true
	default:
		return nil, nil, false
	}
	hdr, rest = headerBlock(lines[start:])
	if hdr == nil || hdr.from == "" || hdr.date == "" && hdr.subject == "" {
		return nil, nil, opened
	}
	return hdr, rest, opened
}

// headerBlock reads the header lines that open lines (blank lines before
// and between them skipped, a table's rule row and recipient lists
// wrapped over lines allowed) and returns them with the lines after;
// nil when there are none or more than maxHeaderLines.
func headerBlock(lines []string) (*innerHeaders, []string) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	h := &innerHeaders{}
	n := 0
	last := ""
	first := i
	for ; i < len(lines); i++ {
		if i-first > 2*maxHeaderLines {
			// Wrapped recipients and blank lines are bounded too.
			return nil, lines
		}
		l := lines[i]
		t := strings.TrimSpace(l)
		m := headerLineRe.FindStringSubmatch(l)
		switch {
		case m != nil:
			if n++; n > maxHeaderLines {
				return nil, lines
			}
			last = headerLabels[strings.ToLower(m[1])]
			v := strings.TrimSpace(m[2])
			switch {
			case last == "from" && h.from == "":
				h.from = v
			case last == "to" && h.to == "":
				h.to = v
			case last == "date" && h.date == "":
				h.date = v
			case last == "subject" && h.subject == "":
				h.subject = v
			}
		case n == 0:
			return nil, lines
		case t == "" || tableRuleRe.MatchString(t):
			// Header lines set apart (an HTML part's blocks) or a table's
			// rule row under its first row: the block goes on if a header
			// line follows.
			if j := nextTextLine(lines, i+1); j < 0 || !headerLineRe.MatchString(lines[j]) {
				return h, lines[i+1:]
			}
		case (last == "to" || last == "cc") && (strings.Contains(l, "@") || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") ||
			i+1 < len(lines) && headerLineRe.MatchString(lines[i+1])):
			// A recipient list wrapped over lines.
		default:
			return h, lines[i:]
		}
	}
	if n == 0 {
		return nil, lines
	}
	return h, nil
}

// tableRuleRe is the rule row under a table's first row as the HTML
// reader writes it ("|---|---|").
var tableRuleRe = lazyre.New(`^\|(?:\s*:?-{3,}:?\s*\|)+$`)

// nextTextLine is the index of the first line from i with text; -1 if none.
func nextTextLine(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// forwardOpensAt reports a forwarded message opening at line i: a
// separator or intro line that says it is a forward, over a header block
// (hdr and rest as forwardHeaderBlock returns them).
func forwardOpensAt(lines []string, i int) (hdr *innerHeaders, rest []string, ok bool) {
	hdr, rest, opened := forwardHeaderBlock(lines, i)
	return hdr, rest, hdr != nil && opened && forwardWordRe.MatchString(lines[i])
}

// quotedMessageAt reports a reply's quoted message opening at line i: a
// header block after a separator or intro line, or one that names its
// sender, date and subject under the reply's own text (Outlook's block
// with no separator); or Outlook's "-----Original Message-----" with no
// header block under it. A rule of underscores over anything but a header
// block (a meeting invitation's) opens no message.
func quotedMessageAt(lines []string, i int) bool {
	hdr, _, opened := forwardHeaderBlock(lines, i)
	if hdr != nil {
		return opened || i > 0 && hdr.date != "" && hdr.subject != ""
	}
	return originalMarkerRe.MatchString(lines[i]) && !underscoreRuleRe.MatchString(lines[i])
}
