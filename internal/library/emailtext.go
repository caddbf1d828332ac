package library

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/lazyre"
)

// The parts of an e-mail's text that are not evidence, told by the
// conventions of mail clients: quoted replies ("On ... wrote:" and the "> "
// lines), the signature ("-- ", or a sign-off such as "Kind regards," and
// the name, role, organisation and contact lines under it), disclaimers,
// contact blocks and mailing-list footers. A forwarded message's own
// header lines are metadata.

var (
	// muttEndForwardRe closes the message a Mutt forward opened with
	// "----- Forwarded message from NAME <address> -----".
	muttEndForwardRe = lazyre.New(`(?i)^\s*-{2,}\s*end (?:of )?forwarded message\s*-{2,}\s*$`)
	originalMarkerRe = lazyre.New(`(?i)^\s*(?:-{2,}\s*original message\s*-{2,}|_{10,})\s*$`)
	quotedLineRe     = lazyre.New(`^\s*>`)
	wroteRe          = lazyre.New(`(?i)^\s*on .{4,200}\bwrote:\s*$`)
	wroteStartRe     = lazyre.New(`(?i)^\s*on (?:mon|tue|wed|thu|fri|sat|sun|\d)`)
	wroteEndRe       = lazyre.New(`(?i)\bwrote:\s*$`)
	sigSeparatorRe   = lazyre.New(`^(?:--|—|__) ?$`)
	signOffRe        = lazyre.New(`(?i)^\s*(?:(?:(?:kind|best|warm|warmest|many|with (?:best|kind|warm)|all (?:the )?best|yours) )?(?:regards|wishes|thanks|thank you)|thanks(?: again| all| so much)?|thank you(?: all)?|cheers|yours (?:sincerely|faithfully|truly)|best|sincerely|speak soon|take care|with thanks)\s*[,.!]?\s*$`)
	disclaimerRe     = lazyre.New(`(?i)this (?:e-?mail|message|communication|transmission)(?: and any (?:files|attachments)(?: transmitted with it)?)?(?: (?:is|are|may be|and its attachments are))? (?:strictly )?(?:confidential|private|intended)|intended (?:solely|only) for the (?:use of the )?(?:individual|addressee|person|recipient|named)|if you (?:have )?received this (?:e-?mail|message|communication) in error|if you are not the intended recipient|(?:views|opinions) expressed in this (?:e-?mail|message)|(?:scanned|checked) for (?:viruses|malware)|consider the environment before printing|sent (?:securely )?(?:using|via|from) nhsmail|nhsmail is the secure|privileged and confidential|(?:e-?mails?|communications) (?:with|to|from) .{0,60}(?:may be|are) monitored`)

	contactLabelRe = lazyre.New(`(?i)^\s*(?:t|tel|telephone|m|mob|mobile|phone|p|f|fax|e|email|e-mail|w|web|website|twitter|x|linkedin|bluesky|address|switchboard|direct dial|dd)\s*[:.]`)
	contactMarkRe  = lazyre.New(`(?i)(?:\+44\s?\(?0?\)?\s?\d|\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\S+@\S+\.\w+|\b(?:https?://|www\.)\S+|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|registered (?:charity|company|in england)|charity (?:no|number|registration)|company (?:no|number)|(?:^|\s)@\w+)`)
	sigSegmentRe   = lazyre.New(`\s+[|–—-]\s+|,\s+|\s+at\s+|\s*\|\s*`)
	// genericTeamRe is what is left of "The Research Team" without "Team":
	// a team, not an organisation.
	genericTeamRe   = lazyre.New(`(?i)^(?:(?:the|our) )?(?:research|policy|press|media|communications|comms|news|editorial|digital|events|campaigns|public affairs|membership|info|information|enquiries|data|analytics|insight|evidence)?$`)
	strongOrgWordRe = lazyre.New(`(?i)\b(?:nhs|trust|council|department|ministry|foundation|institute|commission|commissioner|confederation|providers|alliance|society|college|association|partnership|board|icb|network|charity|agency|ltd|limited|plc|university|fund|federation|coalition|ofsted|cqc|practice|surgery|medical centre|health centre)\b`)
	// tocRe opens a newsletter's list of its own contents.
	tocRe            = lazyre.New(`(?i)^(?:in this (?:issue|edition|bulletin|newsletter|update|email|e-mail)|inside this (?:issue|edition)|contents|this (?:week|month)'?s? (?:highlights|contents|stories))\s*:?$`)
	forwardSubjectRe = lazyre.New(`(?i)^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|wg|tr|rv|enc|doorst|vb)\s*:`)
)

// externalBannerRe is the warning a mail gateway puts above a message
// from outside the organisation: "CAUTION: This email originated from
// outside of the organization", "Think before you click: this e-mail came
// from outside ...", "[EXTERNAL] Do not click links or open attachments
// unless ...". It opens its paragraph, after a label or two.
var externalBannerRe = lazyre.New(`(?i)^\W*(?:(?:external|caution|warning|attention|notice|important|security)(?: e-?mail| sender| message| notice)?\W+)*(?:(?:this|the) (?:e-?mail|message) (?:originated|came|comes|has come|was sent|is) from (?:outside|an external)|think before you click|do not (?:click (?:on )?links|open (?:links|attachments))(?: or (?:open )?(?:attachments|links))? unless)`)

// signature is what an e-mail's signature says about its sender.
type signature struct {
	organisation string
	digest       bool // the text was a mailing list's digest of messages
	// forwardedFrom is the From line of a message forwarded with a note
	// kept as evidence, whose own headers stay the metadata: the
	// publisher when the forwarder's headers and note name none.
	forwardedFrom string
}

// innerHeaders are a forwarded message's own From, Date and Subject lines.
type innerHeaders struct{ from, to, date, subject string }

// cleanEmailText keeps the evidence of an e-mail's text. In a forwarded
// message it is the forwarded content, whose header lines are returned as
// metadata and whose forwarder's covering note is dropped; but a person's
// forward with a note of more than forwardNoteWords words keeps the note
// with what it forwards, and its own headers stay the metadata (inner is
// nil), as does a shorter note that asks a body to act (extract.Asks). In
// a reply, what the sender wrote, without what it quotes.
func cleanEmailText(text string, forward bool) (string, signature, *innerHeaders) {
	return cleanMessageText(text, forward, false)
}

// cleanMessageText is cleanEmailText for one message of a forward chain.
// passedOn says the text is a person's message that another person
// forwards with a note of its own (a chain of colleagues' forwards): its
// own forwarder's note is then evidence too, whoever sent what it
// forwards in turn.
func cleanMessageText(text string, forward, passedOn bool) (string, signature, *innerHeaders) {
	return cleanMessageFrom(text, forward, passedOn, "")
}

// cleanMessageFrom is cleanMessageText for a forwarded message whose
// sender (its From line) is known: a service's message quotes, as what it
// replied to, only a message its address received.
func cleanMessageFrom(text string, forward, passedOn bool, sender string) (string, signature, *innerHeaders) {
	lines := colonLessHeaders(unsquashForwardHeaders(dropPGPArmour(strings.Split(normaliseNewlines(text), "\n"))))
	if forward {
		lines = unquoteQuotedForward(lines)
	}
	lines = slices.DeleteFunc(lines, muttEndForwardRe.MatchString)
	if body, sig, ok := notedDigestForward(lines, sender); ok {
		return body, sig, nil
	}
	msgs := digestMessages(lines)
	if msgs == nil {
		msgs = topicDigestMessages(lines)
	}
	if msgs == nil {
		msgs = labelledDigestMessages(lines)
	}
	printed := false
	if msgs == nil {
		msgs = printedThreadMessages(lines)
		printed = msgs != nil
	}
	if msgs != nil {
		var parts []string
		topic := ""
		org := ""
		for _, m := range msgs {
			if m.topic != "" && m.topic != topic {
				parts = append(parts, "## "+m.topic)
				topic = m.topic
			}
			body, sig := cleanLines(m.lines)
			if body != "" {
				parts = append(parts, body)
			}
			if printed && org == "" {
				// A printed conversation is its first sender's, who
				// opened it: their signature names the organisation.
				org = sig.organisation
			}
		}
		return strings.Join(parts, "\n\n"), signature{digest: true, organisation: org}, nil
	}
	for i, l := range lines {
		hdr, rest, fwdOpener := forwardOpensAt(lines, i)
		underNotice := false
		if !forward && !fwdOpener && hdr != nil && quotedMessageAt(lines, i) && notRepliedBy(lines, i, rest, sender) {
			// A message under a service's notification that the
			// service never received is no reply's quoted original
			// but a further message the forwarder passes on.
			fwdOpener, underNotice = true, true
		}
		if !forward && !fwdOpener {
			if body, sig, ok := passedOnAttributed(lines, i); ok {
				return body, sig, nil
			}
			if body, sig, ok := pastedInQuoted(lines, i); ok {
				return body, sig, nil
			}
			if body, sig, ok := thankedSummaryReply(lines, i); ok {
				return body, sig, nil
			}
			if body, sig, ok := quotedDigestReply(lines, i); ok {
				return body, sig, nil
			}
			if body, sig, ok := thankedSendersReply(lines, i); ok {
				return body, sig, nil
			}
			if wroteRe.MatchString(l) {
				// "On ..., NAME wrote:" over a message answered between
				// its quoted lines: the message is the matter.
				if body, sig, ok := inlineCommentedReply(lines, i); ok {
					return body, sig, nil
				}
				if body, sig, ok := answersUnderQuestions(lines, i); ok {
					return body, sig, nil
				}
			}
			if quotedMessageAt(lines, i) {
				// A reply's quoted message: all below is quoted, unless
				// the sender's own note passes the message under it on.
				if body, sig, ok := passedOnReply(lines, i); ok {
					return body, sig, nil
				}
				if body, sig, ok := inlineCommentedReply(lines, i); ok {
					return body, sig, nil
				}
				lines = lines[:i]
				break
			}
			// Only a forward's subject or separator makes a header
			// block with no separator a forwarded message's.
			hdr = nil
		}
		if hdr == nil && notesForwardMarkerRe.MatchString(l) {
			hdr, rest = notesHeaderBlock(lines[i+1:])
		}
		if hdr == nil {
			continue
		}
		// Outlook's "prefix each line of the original message" forwards
		// the message with every line quoted: the quoting is the
		// forward's form, and the message its content.
		rest = unquoteAll(rest)
		note, noteSig := cleanLines(lines[:i])
		ownNote := len(strings.Fields(note)) > forwardNoteWords || note != "" && extract.Asks(note)
		body, sig, inner := cleanMessageFrom(strings.Join(rest, "\n"), forwardSubjectRe.MatchString(hdr.subject), ownNote && personSender(hdr.from), hdr.from)
		if inner == nil {
			inner = hdr
		}
		if underNotice {
			// The service's notification over it (a booking's
			// confirmation, its links and its sender's line) is the
			// carrier, as a covering note is, whatever its length.
			return body, sig, inner
		}
		if ownNote && (passedOn || personSender(hdr.from) || letterToOnePerson(hdr) || dearOnePersonRe.MatchString(strings.TrimSpace(body))) {
			// The forwarder passes on a colleague's message with more
			// than a covering note ("I'd like the board to agree the
			// case", or a short "What I'd love is for the ICB to ..."):
			// the forward is the document, its own headers the metadata,
			// and its note evidence with what it forwards. A publication
			// forwarded (a bulletin from an organisation's address) stays
			// the document, its note furniture, whatever the note asks:
			// kept, the forwarder's ask would be cited as the
			// publisher's words.
			if noteSig.organisation == "" {
				noteSig = sig
			}
			noteSig.forwardedFrom = firstNonEmpty(noteSig.forwardedFrom, hdr.from)
			return note + "\n\n" + body, noteSig, nil
		}
		return body, sig, inner
	}
	body, sig := cleanLines(lines)
	return body, sig, nil
}

// passedOnReply reads a reply whose note points at the message it quotes
// as what it passes on ("Below is what the provider sent me", "The
// service's reply to my questions is underneath"): the quoted message is
// the matter of the mail, so it is evidence under the note, without its
// header lines, signature and disclaimers, as a forward's content is;
// the messages quoted under it (the question it answered) are not. The
// reply's own headers and signature stay the metadata. ok is false when
// the note points at nothing below, or the quoted message has no header
// lines or no text.
func passedOnReply(lines []string, i int) (string, signature, bool) {
	note, noteSig := cleanLines(lines[:i])
	hdr, rest, _ := forwardHeaderBlock(lines, i)
	if hdr == nil || !passesOnRe.MatchString(oneLine(note)) && !thanksForQuoted(note, rest) {
		return "", signature{}, false
	}
	return noteOverQuoted(note, noteSig, rest)
}

// noteOverQuoted is a reply's note passing on the message it quotes, the
// quoted lines unquoted and cut where they quote another message in turn,
// with the note's signature; false when the quoted message has no text.
func noteOverQuoted(note string, noteSig signature, quotedLines []string) (string, signature, bool) {
	rest := unquoteAll(quotedLines)
	// The quoted message ends where it quotes another in turn.
	for j := range rest {
		if quotedMessageAt(rest, j) {
			rest = rest[:j]
			break
		}
	}
	quoted, _ := cleanLines(rest)
	if strings.TrimSpace(quoted) == "" {
		return "", signature{}, false
	}
	return strings.TrimSpace(note + "\n\n" + quoted), noteSig, true
}

// passesOnRe is a reply's note pointing at the quoted message under it as
// what it passes on: "below" or "underneath" in one sentence with what
// another sent ("Below is what the provider sent me", "Their answers are
// below", "see the trust's reply underneath"). "See my comments below"
// and "as requested, figures below" point at the note's own words and
// are not this; a bare "see below" says nothing of another's message.
// The words between the owner and the reply stay in one sentence: "sorry
// for the slow reply. The answers are below" is the writer's own answers,
// and read across the full stop it took the question quoted under the
// reply for a message passed on (held-out set 90).
var passesOnRe = lazyre.New(`(?i)\b(?:below|underneath)\b[^.!?]{0,80}\b(?:sent|sends|replied|reply|response|answers?|came back|passed on|provided|supplied|wrote|told)\b|\b(?:what|whom?)\b[^.!?]{0,40}\b(?:sent|replied|wrote|told|provided|supplied)\b[^.!?]{0,30}\b(?:below|underneath)\b|\b(?:their|his|her|the [^\s.!?]+(?:'s|’s)?|its)\s+(?:[^\s.!?]+\s+){0,3}(?:reply|response|answers?|figures|update|email|e-mail|message)\b[^.!?]{0,60}\b(?:is|are)\s+(?:copied |pasted |set out |shown |included )?(?:below|underneath)\b`)

// underscoreRuleRe is the rule of underscores Outlook draws above a message
// it quotes; an online meeting's invitation draws the same rule round its
// joining details, under which a reply's own signature still follows.
var underscoreRuleRe = lazyre.New(`^\s*_{10,}\s*$`)

// personSender reports a From line naming a person ("Daniel Okoro
// <...>", NHSmail's "OKORO, Daniel (TRUST NAME) <...>"), not an
// organisation's address ("Youth Justice Board Communications <...>").
func personSender(from string) bool {
	name := from
	if i := strings.Index(name, "<"); i >= 0 {
		name = name[:i]
	}
	if i := strings.Index(name, "("); i > 0 {
		name = name[:i]
	}
	name = notesCommonName(strings.Trim(strings.TrimSpace(name), `"'`))
	if last, first, ok := strings.Cut(name, ", "); ok && len(strings.Fields(last)) == 1 && len(strings.Fields(first)) == 1 {
		name = first + " " + last
	}
	return name != "" && isPersonName(fromCapitals(name))
}

// letterToOnePerson reports a forwarded message from an organisation's
// address that was written to one person ("From: Commissioning Team ...",
// "To: Lena Marsh <...>"): a letter in reply, not a publication sent to a
// list, so the forwarder's note is correspondence about it.
func letterToOnePerson(h *innerHeaders) bool {
	return h.to != "" && !strings.Contains(h.to, ",") && !strings.Contains(h.to, ";") && personSender(h.to)
}

// dearOnePersonRe opens a letter to one person by title and name ("Dear
// Ms Carter,", "Dear Cllr Price,"), as the To line may not say ("To:
// <office@...>"); "Dear supporter" and "Dear colleagues" open a mailing.
var dearOnePersonRe = lazyre.New(`^Dear\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady|Baroness)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,?\s*(?:\n|$)`)

// forwardNoteWords is the most a forwarder's covering note says ("FYI -
// see below, figures for Thursday"); a longer note is evidence of its own.
const forwardNoteWords = 40

// cleanLines keeps the evidence of a message's own lines: without quoted
// lines, the signature, disclaimers, banners, contact blocks and
// newsletter furniture. It returns the text and what its signature says.
func cleanLines(lines []string) (string, signature) {
	if letter, ok := coveredLetter(lines); ok {
		lines = letter
	}
	lines = dropQuoted(keepQuotedStatement(chatDigest(lines)))
	content, sigLines := splitSignature(lines)
	content = chatExportTranscript(content)
	sig := signature{organisation: signatureOrganisation(sigLines)}
	var paras []string
	toc := false
	ps := paragraphs(content)
	listing := false
	alertTopic := false
	sponsor := false
	for i, p := range ps {
		folded := oneLine(p)
		wasSponsor := sponsor
		sponsor = isSponsorLine(p)
		wasAlertTopic := alertTopic
		alertTopic = subscriptionLineRe.MatchString(folded) && strings.HasSuffix(folded, ":")
		first, _, _ := strings.Cut(p, "\n")
		wasTOC := toc
		toc = tocRe.MatchString(strings.TrimSpace(first)) && !strings.Contains(p, "\n")
		wasListing := listing
		listing = i+1 < len(ps) && eventDayOnly(p) && eventDetails(ps[i+1])
		switch {
		case sponsor:
		case wasSponsor && len(strings.Fields(folded)) <= sponsorCopyWords:
			// The sponsor's advertisement under its line.
		case listing:
			// A listing's day set in its own cell or paragraph, over what,
			// when and where ("Tue 21 Oct" over "Coffee morning, 10am to
			// 12 noon, Riverside Family Hub ...").
		case wasListing:
		case wasAlertTopic && !strings.Contains(p, "\n") && len(strings.Fields(p)) <= 12:
			// The topic the subscription line names, set on its own line.
		case subscriptionLineRe.MatchString(folded) || isAlertMetaBlock(p):
		case isDigestIntro(folded):
		case resultSection(p) != "":
			paras = append(paras, "## "+resultSection(p))
		case isDigestPostHeader(p):
			if title, _ := digestPostHeader(p); title != "" {
				paras = append(paras, "## "+title)
			}
		case isClipHeader(p):
			if title, _ := clipHeader(p); title != "" {
				paras = append(paras, "## "+title)
			}
		case isSearchResult(p):
			title, snippet, _ := searchResult(p)
			paras = append(paras, "## "+title, snippet)
		case alertEntryTitle(p, ps, i) != "":
			paras = append(paras, "## "+alertEntryTitle(p, ps, i))
		case isWelcome(folded):
		case isEndsLine(folded):
		case tocRe.MatchString(strings.TrimSpace(first)):
			// "In this issue" and its list: the newsletter's own contents.
		case wasTOC && allListLines(p):
		case disclaimerRe.MatchString(folded) && len(strings.Fields(folded)) <= 200:
		case externalBannerRe.MatchString(folded) && len(strings.Fields(folded)) <= 80:
		case isFurnitureText(folded) || isNoticeText(folded):
		case listFooterRe.MatchString(folded) && len(strings.Fields(folded)) <= 120:
		case socialRowRe.MatchString(folded):
		case isInvitationBlock(p):
		case isContactBlock(p):
		case isEventBlock(p):
		case len(paras) == 0 && isMasthead(p):
		case isNameBlock(p):
		case isPlatformNotice(folded):
		case isSharingNotice(p):
		case isNewsletterUpsell(p):
		default:
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n"), sig
}

// unquoteAll takes one level of "> " quoting off lines that are all
// quoted (blank lines aside); lines that are not all quoted are returned
// as they are.
func unquoteAll(lines []string) []string {
	quoted := 0
	for _, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
		case quotedLineRe.MatchString(l):
			quoted++
		default:
			return lines
		}
	}
	if quoted == 0 {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = unquoteLine(l)
	}
	return out
}

// dropQuoted removes quoted lines and the "On ... wrote:" lines that
// introduce them (one line, or two when the client wrapped it).
func dropQuoted(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case quotedLineRe.MatchString(l):
		case wroteRe.MatchString(l):
		case wroteStartRe.MatchString(l) && i+1 < len(lines) && wroteEndRe.MatchString(lines[i+1]) && len(strings.Fields(l+" "+lines[i+1])) <= 30:
			i++
		default:
			out = append(out, l)
		}
	}
	return out
}

// splitSignature cuts the text at the signature: a "-- " line, or a
// sign-off ("Kind regards,") after some text. It returns the text and the
// signature's lines.
func splitSignature(lines []string) (content, sig []string) {
	seenText := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if sigSeparatorRe.MatchString(strings.TrimRight(l, " \t")) && seenText || seenText && (signOffRe.MatchString(t) || signOffNameRe.MatchString(t)) ||
			seenText && (firstNameOverSignature(lines, i) || thanksOverName(lines, i)) {
			if first := sharedNoteSender(lines[:i]); first != "" {
				// A note a service carries ends at its sign-off; the
				// service's own content follows its signature.
				if rest := afterNoteSignature(lines[i+1:], first); rest != nil {
					sig := lines[i+1 : len(lines)-len(rest)]
					return append(append(withoutClosing(lines[:i]), ""), rest...), sig
				}
			}
			if k := pastedAfterSignature(lines[i+1:]); k >= 0 {
				// A fresh slice: appending to lines[:i] would write over
				// the signature's lines.
				content := append(slices.Clone(withoutClosing(lines[:i])), "")
				return append(content, lines[i+1+k:]...), lines[i+1 : i+1+k]
			}
			return withoutClosing(lines[:i]), lines[i+1:]
		}
		if t != "" {
			seenText = true
		}
	}
	if i := trailingNameBlock(lines); i > 0 {
		return lines[:i], lines[i:]
	}
	return lines, nil
}

// trailingNameBlock is the line where a signature with no sign-off above
// it starts: the message's last paragraph, or the last before contact
// lines, is the sender's name and role (isNameBlock; "Tomasz Wilk,
// Screening Coordinator" on one line too) under some text. It is 0 where
// the message ends otherwise.
func trailingNameBlock(lines []string) int {
	end := len(lines)
	for end > 0 {
		for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
			end--
		}
		start := end
		for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
			start--
		}
		if start == 0 || start == end {
			return 0
		}
		p := strings.Join(lines[start:end], "\n")
		if isContactBlock(p) {
			end = start
			continue
		}
		first, rest, _ := strings.Cut(p, "\n")
		name, role, split := strings.Cut(strings.TrimSpace(first), ", ")
		if isNameBlock(p) || split && rest != "" && isPersonName(name) && evidence.NamesAPost(role) && isNameBlock(name+"\n"+role+"\n"+rest) {
			return start
		}
		return 0
	}
	return 0
}

// firstNameOverSignature: line i is the sender's first name alone, as
// people sign informal mail ("Rebecca"), and the signature block under it
// opens with the same name in full ("Rebecca Thorne", or with the title
// the signature gives it, "Dr Rebecca Thorne", or the role beside it).
func firstNameOverSignature(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	if t == "" || strings.ContainsAny(t, " ,.:;") || len(t) > 20 || !startsUpper(t) {
		return false
	}
	for _, l := range lines[i+1:] {
		n := strings.TrimSpace(l)
		if n == "" {
			continue
		}
		// "Dr Beth Lawson, GP and Clinical Lead": the name before the role.
		name := strings.TrimSpace(sigSegmentRe.Split(n, 2)[0])
		return strings.HasPrefix(personTitleRe.ReplaceAllString(name, ""), t+" ") && isPersonName(name)
	}
	return false
}

// personTitleRe is the title a signature may set before a name.
var personTitleRe = lazyre.New(`^(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Rev|Revd)\.? `)

// thanksSignOffRe is a sign-off that thanks for something ("Thanks for
// reading,", "Thank you for your time,"): a short line ending in a comma.
var thanksSignOffRe = lazyre.New(`(?i)^(?:many |with )?(?:thanks|thank you)(?: again| so much| very much)? for (?:\S+ ?){1,4},$`)

// thanksOverName: line i thanks the reader (thanksSignOffRe) and the next
// line that holds anything is the sender's name alone ("Joel", "Joel
// Ashworth"). Either alone is too common in a body to cut the mail at.
func thanksOverName(lines []string, i int) bool {
	if !thanksSignOffRe.MatchString(strings.TrimSpace(lines[i])) {
		return false
	}
	for _, l := range lines[i+1:] {
		n := strings.TrimSpace(l)
		if n == "" {
			continue
		}
		return isPersonName(n) || len(n) <= 20 && !strings.ContainsAny(n, " ,.:;") && startsUpper(n)
	}
	return false
}

// closingLineRe is a closing line before the sign-off that offers help
// rather than saying anything: "Shout if you need anything else", "Let me
// know if you have any questions", "Happy to discuss", "Hope this helps".
var closingLineRe = lazyre.New(`(?i)^(?:(?:thanks|thank you|cheers)[,!]?\s+(?:and\s+)?)?(?:(?:any|and|but|so|please|just|do)\s+)?(?:(?:shout|give me a (?:shout|call|ring)|let me know|get in touch|drop me a line|ping me|call me)\s+if|feel free to (?:get in touch|ask|call|shout|ring)|(?:(?:i'?m|i am|we'?re|we are) )?(?:more than |very |really )?(?:happy|glad) to (?:discuss|help|talk|chat|go through|come|share|send|join|pick|follow|meet|walk|present|answer)|hope (?:this|that|it) helps|any questions|(?:i|we) can (?:talk|go) (?:this|it|these) through|speak (?:soon|then))\b[^.!?]*[.!?]?$|\bif (?:that'?s |it'?s |this is |that would be |it would be )?(?:useful|helpful)[.!]?$|\bif (?:that|it|this) helps[.!]?$|\bdrop me a line\b[^.!?]*[.!?]?$`)

// withoutClosing drops the closing line of the text above a sign-off
// (see closingLineRe): one short paragraph, the last before the sign-off.
func withoutClosing(lines []string) []string {
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	start := end
	for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
		start--
	}
	if start == end || start == 0 {
		return lines
	}
	p := oneLine(strings.Join(lines[start:end], " "))
	if len(strings.Fields(p)) > 24 || strings.ContainsAny(p, "0123456789%£") || !closingLineRe.MatchString(p) {
		return lines
	}
	return lines[:start]
}

// isNameBlock: a short paragraph of a person's name and their role, with
// no sign-off above it: "Dr Hannah Okafor / Head of Health and Wellbeing,
// Youth Justice Board" under a bulletin. It is a signature, not evidence.
func isNameBlock(p string) bool {
	lines := strings.Split(p, "\n")
	if len(lines) < 2 || len(lines) > 6 || !isPersonName(strings.TrimSpace(lines[0])) {
		return false
	}
	role := false
	for _, l := range lines[1:] {
		t := strings.TrimSpace(l)
		if len(strings.Fields(t)) > 14 || strings.HasSuffix(t, ".") {
			return false
		}
		role = role || evidence.NamesAPost(t)
	}
	return role
}

// signatureOrganisation is the organisation a signature names: a line or
// part of a line ("Head of Policy | NHS Confederation") with an
// organisation's words and no role's, or the line under the name and role.
// Names with a strong word (NHS, Trust, Council, Institute...) win over
// those with a weak one (Services, Health); a team ("The Policy Team") is
// not an organisation.
func signatureOrganisation(sig []string) string {
	var lines []string
	for _, l := range sig {
		t := oneLine(l)
		if t == "" {
			continue
		}
		if len(strings.Fields(t)) > 16 || disclaimerRe.MatchString(t) || len(lines) == 12 {
			break
		}
		lines = append(lines, t)
	}
	// "Eastbrook Youth Voice | Supported by Eastbrook Young People's
	// Trust": the body named before another it is part of, supported or
	// hosted by is the sender's own.
	for _, l := range lines {
		segs := sigSegmentRe.Split(l, -1)
		for k := 1; k < len(segs); k++ {
			own := strings.TrimSpace(segs[k-1])
			if affiliationRe.MatchString(strings.TrimSpace(segs[k])) && own != "" && startsUpper(own) && len(strings.Fields(own)) <= 8 &&
				!contactMarkRe.MatchString(own) && !isJobTitle(own) {
				return own
			}
		}
	}
	for _, strong := range []bool{true, false} {
		for i, l := range lines {
			if i == 0 && isPersonName(l) || contactLabelRe.MatchString(l) || affiliationRe.MatchString(l) {
				continue
			}
			address := postcodeLine(l)
			if name, kind := imprintOrg(l, true); kind != noImprint {
				// "Copyright © 2025 Feeding Futures Network, All rights
				// reserved.": the holder, not the notice.
				l = name
			}
			for _, seg := range sigSegmentRe.Split(l, -1) {
				seg = strings.TrimSpace(seg)
				if seg == "" || contactMarkRe.MatchString(seg) || webDomainRe.MatchString(seg) || isJobTitle(seg) || len(strings.Fields(seg)) > 12 || affiliationRe.MatchString(seg) ||
					isPersonName(seg) || teamSuffixRe.MatchString(seg) && !namedBodyRe.MatchString(seg) || address && strings.ContainsAny(seg, "0123456789") {
					// "Unit 4, Mill Yard, Hollins HL3 2QE": a part of an
					// address, whose "Unit" is no body.
					continue
				}
				if strong && strongOrgWordRe.MatchString(seg) || !strong && orgWordRe.MatchString(seg) {
					return seg
				}
			}
		}
	}
	// "Youth Work Manager | Oldhaven Youth Hub": a role and, set off by a
	// bar, a body whose name has no tell-tale word; the bar says the two
	// are a role and where it is held.
	for i, l := range lines {
		if i == 0 && isPersonName(l) || !strings.Contains(l, "|") && !strings.Contains(l, ", ") || contactLabelRe.MatchString(l) {
			continue
		}
		role, org, ok := strings.Cut(l, "|")
		role, org = strings.TrimSpace(role), strings.TrimSpace(org)
		if !ok {
			// "Director, Carers Link Hollins": a comma sets a short role
			// off the body just as a bar does.
			role, org, ok = strings.Cut(l, ", ")
			ok = ok && len(strings.Fields(role)) <= 3 && !strings.ContainsAny(org, ",0123456789")
		}
		if ok && isJobTitle(role) && len(strings.Fields(role)) <= 6 && org != "" && startsUpper(org) &&
			len(strings.Fields(org)) <= 6 && !strings.Contains(org, "|") && !contactMarkRe.MatchString(org) && !webDomainRe.MatchString(org) &&
			!isJobTitle(org) && (!teamSuffixRe.MatchString(org) || namedBodyRe.MatchString(org)) {
			return org
		}
	}
	// "Talk Ahead is a registered charity (no. ...)": a footer that
	// registers the organisation names it, however long the line; only an
	// organisation can be registered, so a name like a person's ("Talk
	// Ahead") is one here.
	for _, l := range sig {
		if m := registeredOrgRe.FindStringSubmatch(oneLine(l)); m != nil {
			return m[1]
		}
	}
	// "Name / Role / Organisation": the organisation has no tell-tale word
	// (Barnardo's, YoungMinds), but it is the line under the role; so
	// under "Name | Role" set on one line.
	named := lines
	if len(named) >= 2 && !strings.Contains(named[0], " ") && strings.HasPrefix(named[1], named[0]+" ") {
		named = named[1:] // "Tom" over "Tom Hargreaves | Director of Care"
	}
	under := -1
	if len(named) >= 3 && isPersonName(named[0]) && isJobTitle(named[1]) {
		under = 2
	} else if len(named) >= 2 {
		if person, role, ok := strings.Cut(named[0], "|"); ok && isPersonName(strings.TrimSpace(person)) && isJobTitle(role) && !strings.Contains(role, "|") {
			under = 1
		}
	}
	if under > 0 {
		l := named[under]
		if !contactLabelRe.MatchString(l) && !contactMarkRe.MatchString(l) && !isJobTitle(l) &&
			len(strings.Fields(l)) <= 6 && startsUpper(l) {
			return l
		}
	}
	return ""
}

// officeRoleRe is a word that names a person's post but also ends the
// names of some bodies ("Public Health Commissioner" and "Children's
// Commissioner"), or a post roleRe does not know.
var officeRoleRe = lazyre.New(`(?i)\b(?:commissioner|commissioners|clinician|therapist|pharmacist|midwife|health\s+visitor|partner|volunteer|apprentice|planner|champion|navigator|ambassador|representative|convenor|convener|organiser|organizer)\b`)

// bodyCommissionerRe is a commissioner that is a body: "Children's
// Commissioner", "the Commissioner for Children and Young People", "Office
// of the Police and Crime Commissioner".
var bodyCommissionerRe = lazyre.New(`(?i)(?:children'?s|young people'?s|victims'?|domestic abuse|information|parliamentary|local government|patient safety|office of the .{0,40})\s+commissioner\b|\bcommissioner for\s+\p{Lu}|\bcommissioner'?s office\b`)

// remitRe is a post's remit in brackets closing a line: "Public Health
// Commissioner (Children and Young People)", "Lead Nurse (SEND)".
var remitRe = lazyre.New(`\S\s*\((?:[^()]*\b(?:children|young people|families|adults|send|camhs|0-19|0-25|education|safeguarding|maternity|public health|mental health|interim|acting|job share|part[- ]time)\b[^()]*)\)\s*$`)

// namedBodyRe is a name that says it is a body's whatever posts it
// names: one that opens with a body's kind and "of" or "for"
// ("Association of Directors of ...", "Royal College of ...", "Office of
// the Chief Medical Officer", "Council of Deans of Health"), or a post's
// office ("Chief Medical Officer's office"). A post opens with the post
// ("Head of Service", "Chair of the Board"), never with a body's kind.
var namedBodyRe = lazyre.New(`(?i)^(?:the\s+)?(?:royal\s+|national\s+|british\s+|english\s+)?(?:association|society|college|council|office|board|trust|institute|faculty|federation|confederation|network|alliance|forum|union|commission|academy|guild|department|ministry|agency|foundation|coalition|consortium)\s+(?:of|for)\s+\S|\S['’]s\s+office$`)

// isJobTitle says a signature's line or segment gives the writer's post
// (a role word, "Commissioner" not naming a body, or a remit in brackets)
// rather than their organisation: a post is never a publisher.
func isJobTitle(s string) bool {
	if namedBodyRe.MatchString(strings.TrimSpace(s)) {
		// "Association of Directors of Children's Services", "Society of
		// Chief Officers of Health Visiting", "Chief Medical Officer's
		// office": a body whose name holds a post's words.
		return false
	}
	if evidence.NamesAPost(s) {
		return true
	}
	if officeRoleRe.MatchString(s) {
		// "Hollinsford Volunteer Centre" is a body that a post's word
		// names; "Public Health Commissioner" is a post.
		return !bodyCommissionerRe.MatchString(s) && !bodyWordRe.MatchString(s) || remitRe.MatchString(s)
	}
	return remitRe.MatchString(s) && !strongOrgWordRe.MatchString(remitRe.ReplaceAllString(s, ""))
}

// webDomainRe is a web address written without "www." or a scheme
// ("brightpathyouth.org.uk"), which a signature sets beside a phone
// number: a way to reach the sender, not the name of its organisation.
var webDomainRe = lazyre.New(`(?i)^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|gov|nhs|ac|co|info)(?:\.uk)?(?:/\S*)?$`)

// affiliationRe opens the name of a body the sender's organisation belongs
// to or is backed by: "Part of the Westcombe Learning Partnership",
// "Supported by ...", "Hosted by ...", "A member of ...".
var affiliationRe = lazyre.New(`(?i)^(?:(?:proudly\s+)?(?:supported|funded|hosted|powered|backed|run|sponsored|commissioned)\s+by|(?:a\s+)?(?:proud\s+)?(?:part|member)\s+of|in\s+(?:partnership|association)\s+with)\s`)

// registeredOrgRe is a footer's registration line, whose subject is the
// organisation: "Talk Ahead is a registered charity (no. 1159234)", "The
// Hearth Trust is a company limited by guarantee".
var registeredOrgRe = lazyre.New(`^(?:The )?([A-Z][\p{L}'’&.-]*(?: (?:[A-Z][\p{L}'’&.-]*|and|for|of|the|&)){0,7}) is (?:a |an )?(?:registered charity|charity registered|company limited by guarantee|registered company|charitable incorporated organisation)\b`)

// paragraphs splits lines into blank-line separated paragraphs.
func paragraphs(lines []string) []string {
	var out, cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// allListLines: every line of the paragraph is a list item.
func allListLines(p string) bool {
	for _, l := range strings.Split(p, "\n") {
		if !isListLine(l) {
			return false
		}
	}
	return true
}

// isContactBlock: a paragraph of short lines, most of them phone numbers,
// addresses, e-mail addresses, web addresses or registration numbers.
func isContactBlock(p string) bool {
	lines := strings.Split(p, "\n")
	contact, n := 0, 0
	for _, l := range lines {
		if ruleLineRe.MatchString(l) {
			// A newsletter's footer often opens with a rule.
			continue
		}
		n++
		t := strings.TrimSpace(strings.TrimLeft(l, "-*•"))
		if isFurnitureText(t) || disclaimerRe.MatchString(t) {
			// "You are receiving this bulletin as a member. To
			// unsubscribe, ...": a footer line however long.
			contact++
			continue
		}
		if len(strings.Fields(t)) > 14 {
			return false
		}
		if contactLabelRe.MatchString(t) || contactMarkRe.MatchString(t) {
			contact++
		}
	}
	return contact > 0 && contact*2 >= n
}

// ruleLineRe is a line drawn with one character: "-----", "=====", "_____".
var ruleLineRe = lazyre.New(`^\s*(?:-{5,}|={5,}|_{5,}|\*{5,}|~{5,}|#{5,})\s*$`)

// starredLineRe is a paragraph of one short line in stars, "*Actions*":
// bold as a plain-text mail client writes it.
var starredLineRe = lazyre.New(`^\*([\p{L}][^*\n]{0,70}[^*\s])\*$`)

// listFooterRe opens a mailing list's or a bulk sender's footer, however
// long: "To unsubscribe from the ... list, click ...", "Update your
// subscriptions, modify your password ...", "Having trouble viewing this
// email?", "This service is provided to you at no charge by ...".
var listFooterRe = lazyre.New(`(?i)^(?:to unsubscribe from (?:the|this)\b|this message was issued to members of\b|update your subscriptions,|having trouble (?:viewing|reading|seeing) this e-?mail\?|this service is provided to you at no charge\b|this e-?mail was sent to \S+@\S+ using\b)`)

// socialRowRe is a row of links to the sender's social media accounts,
// their names alone: "Facebook | X | Instagram | YouTube".
var socialRowRe = lazyre.New(`(?i)^(?:(?:facebook|x|twitter|instagram|youtube|linkedin|tiktok|bluesky|threads|flickr|whatsapp|mastodon|website)\s*[|•·,/]?\s*){2,}$`)

// invitationLineRe is a line of a calendar invitation or of the joining
// details an online meeting pastes into a message.
var invitationLineRe = lazyre.New(`(?i)^(?:when|where|location|time zone)\s*:|^(?:microsoft teams(?: meeting)?(?: need help\?)?|join on your computer\b.*|click here to join(?: the meeting)?|join zoom meeting|join (?:the )?meeting now|learn more(?: \| meeting options)?|meeting options|(?:meeting|webinar) id:?.*|pass(?:code|word):?.*|dial in by phone|find a local number|phone conference id:?.*|https?://\S+)$`)

// isInvitationBlock: a paragraph that is all a calendar invitation's or
// an online meeting's lines ("When: Tuesday 9 December 2025 10:00-12:00
// ...", "Where: Microsoft Teams Meeting", "Meeting ID: ...").
func isInvitationBlock(p string) bool {
	n := 0
	for _, l := range strings.Split(p, "\n") {
		t := strings.TrimSpace(l)
		if t == "" || ruleLineRe.MatchString(t) {
			continue
		}
		if !invitationLineRe.MatchString(t) {
			return false
		}
		n++
	}
	return n > 0
}

// issueLineRe is a newsletter's masthead line: its name with a date or an
// issue number, "Members' Bulletin | June 2024 | Issue 58".
var issueLineRe = lazyre.New(`(?i)^[^.!?]{0,60}\b(?:bulletin|newsletter|update|digest|round-?up|briefing|news)\b[^.!?]{0,10}(?:\s*[|•·–—-]\s*(?:` + dateExpr + `|(?:issue|edition|no\.?|number|vol\.?|volume)\s*\d{1,4}))+\s*$`)

// isMasthead reports a newsletter's opening block: short lines, one of
// them its name with a date or issue number, the others in capitals (the
// sender's name) or masthead lines too.
func isMasthead(p string) bool {
	issue := false
	for _, l := range strings.Split(p, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case isFurnitureText(t):
			// "View this email in your browser" under the masthead.
		case issueLineRe.MatchString(t):
			issue = true
		case t == strings.ToUpper(t) && len(strings.Fields(t)) <= 8:
		default:
			return false
		}
	}
	return issue
}

var (
	// eventTitleRe opens a newsletter's listing of an event: "Webinar:
	// Feeding children well", "Save the date: annual conference".
	eventTitleRe = lazyre.New(`(?i)^(?:webinars?|events?|online events?|conferences?|workshops?|seminars?|masterclass(?:es)?|training(?: sessions?)?|briefing sessions?|network (?:meeting|call)s?|drop-in sessions?|launch(?: event)?|save the date|join us|book now)\b\s*[:–—-]?\s*[^.!?]{0,90}$`)
	// eventWhenRe is an event's date and time, or its place: "Wednesday 12
	// March 2025, 12.30pm to 1.30pm, online".
	eventWhenRe = lazyre.New(`(?i)(?:` + dateExpr + `|\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b)`)
)

// eventDayRe opens a listing's line of when: a day of the week, or
// "Every Tuesday", then a date or a time.
var eventDayRe = lazyre.New(`(?i)^(?:every |each |first |second |last )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?\b.{0,40}(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}(?:st|nd|rd|th)? ` + monthExpr + `)`)

// isEventBlock: a short listing of an event, its title line ("Webinar:
// ...") over its date and time (and place, or a booking link): what a
// bulletin advertises, not evidence.
func isEventBlock(p string) bool {
	lines := strings.Split(p, "\n")
	if len(lines) < 2 || len(lines) > 5 {
		return false
	}
	if dayFirstEvent(lines) {
		return true
	}
	if first := strings.TrimSpace(lines[0]); !eventTitleRe.MatchString(first) {
		// "Free family cook-along" over "Saturday 22 November, 10am to
		// 12 noon": a listing's title need not say it is an event when
		// the line under it opens with the day it is held.
		last, _ := utf8.DecodeLastRuneInString(first)
		if len(strings.Fields(first)) > 8 || strings.ContainsRune(".,;:!?", last) || !eventDayRe.MatchString(strings.TrimSpace(lines[1])) {
			return false
		}
	}
	when := false
	for _, l := range lines[1:] {
		t := strings.TrimSpace(l)
		if len(strings.Fields(t)) > 16 || strings.ContainsAny(t, "%£") {
			return false
		}
		when = when || eventWhenRe.MatchString(t)
	}
	return when
}

var (
	// digestMessageRe opens a message in a mailing list's plain-text
	// digest: Mailman's and LISTSERV's "Message: 3", Google Groups'
	// "---------- 1 of 2 ----------", over its header lines.
	digestMessageRe = lazyre.New(`^(?:Message: ?\d{1,4}|-{3,} ?\d{1,4} of \d{1,4} ?-{3,})\s*$`)
	// digestEndRe closes a digest: "End of CYP-Health Digest, Vol 12,
	// Issue 7", Google Groups' "You received this digest because ...".
	digestEndRe = lazyre.New(`(?i)^\s*(?:end of .{0,80}\bdigest\b|you received this digest because)`)
	// digestFooterRe opens the footer Mailman sets after the last
	// message, with no "Message:" line of its own.
	digestFooterRe = lazyre.New(`(?i)^subject: ?digest footer\s*$`)
	// digestAdvertRe is the subject of a job advert posted to a list
	// ("Subject: JOB: School nurse, Ormeside", "Vacancy: ..."): like the
	// digest's footer, no member's message.
	digestAdvertRe = lazyre.New(`(?i)^subject:\s*(?:jobs?|vacanc(?:y|ies)|job advert|post available)\s*[:-]`)
	// digestFooterRuleRe is the rule of hashes over a LISTSERV digest's
	// footer (how to unsubscribe), after its last message.
	digestFooterRuleRe = lazyre.New(`^\s*#{20,}\s*$`)
	// digestRuleRe parts a digest's messages.
	digestRuleRe = lazyre.New(`^\s*(?:-{20,}|_{20,}|\*{20,}|={20,})\s*$`)
	// digestTopicRe heads the messages of one topic in a Google Groups
	// digest: "Topic: Regional transition audit", over its "Url:" line.
	digestTopicRe = lazyre.New(`^Topic: ?(\S.{0,200}?)\s*$`)
	// headerFieldRe is a message header line inside a digest; a header
	// folded onto the next line goes on with white space.
	headerFieldRe = lazyre.New(`^[A-Za-z][A-Za-z-]{1,30}:(?:\s|$)`)
)

// ruledMessageHeader tells a message's opening in a LISTSERV digest,
// which has no "Message: N" line: a rule (digestRuleRe) at i, then after
// blank lines a header block naming the sender and its date or subject.
// It gives the header block's first line. Only a text that closes as a
// digest ("End of ... Digest") is read so: an e-mail's own rules over a
// quoted header are the forward reader's.
func ruledMessageHeader(lines []string, i int) (int, bool) {
	if !digestRuleRe.MatchString(lines[i]) {
		return 0, false
	}
	j := i + 1
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	from, other := false, false
	for k := j; k < len(lines) && headerFieldRe.MatchString(lines[k]); k++ {
		name, _, _ := strings.Cut(lines[k], ":")
		switch strings.ToLower(name) {
		case "from":
			from = true
		case "date", "subject":
			other = true
		}
	}
	return j, from && other
}

// digestMessage is one member's message in a digest: its lines, and the
// topic (thread) it answers where the digest groups messages by topic.
type digestMessage struct {
	topic string
	lines []string
}

// digestMessages splits a mailing list's digest into its members'
// messages, each without its header lines; the digest's own preamble
// (how to post and subscribe, its contents) and its footer message go.
// A topic's heading block between messages ("Topic:" and its "Url:")
// is no message's text but the topic of those that follow it.
// Nil when the text is not a digest: two messages at least, or one and
// the digest's closing line.
func digestMessages(lines []string) []digestMessage {
	var starts []int
	end := len(lines)
	closed := slices.ContainsFunc(lines, digestEndRe.MatchString)
	for i, l := range lines {
		if digestEndRe.MatchString(l) && len(starts) > 0 {
			end = i
			break
		}
		if closed {
			if j, ok := ruledMessageHeader(lines, i); ok {
				starts = append(starts, j-1)
				continue
			}
		}
		if !digestMessageRe.MatchString(strings.TrimSpace(l)) {
			continue
		}
		if j := i + 1; j < len(lines) && headerFieldRe.MatchString(lines[j]) {
			starts = append(starts, i)
		}
	}
	if len(starts) < 2 && (len(starts) == 0 || end == len(lines)) {
		return nil
	}
	topicBefore := func(at int) string {
		for i := at - 1; i >= 0; i-- {
			if m := digestTopicRe.FindStringSubmatch(lines[i]); m != nil {
				return m[1]
			}
		}
		return ""
	}
	var msgs []digestMessage
	for k, s := range starts {
		stop := end
		if k+1 < len(starts) {
			stop = starts[k+1]
		}
		i := s + 1
		footer := false
		for ; i < stop && strings.TrimSpace(lines[i]) != ""; i++ {
			l := lines[i]
			if !headerFieldRe.MatchString(l) && !strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "\t") {
				break
			}
			if digestFooterRe.MatchString(l) || digestAdvertRe.MatchString(l) {
				footer = true
			}
		}
		if footer {
			continue
		}
		var body []string
		for _, l := range lines[i:stop] {
			if digestFooterRe.MatchString(l) || digestTopicRe.MatchString(l) || digestFooterRuleRe.MatchString(l) {
				break
			}
			if !digestRuleRe.MatchString(l) {
				body = append(body, l)
			}
		}
		msgs = append(msgs, digestMessage{topic: topicBefore(s), lines: body})
	}
	return msgs
}

var (
	// eventDayOnlyRe is a listing's day and nothing else: "Tue 21 Oct",
	// "Thursday 30 October 2025", "6 December".
	eventDayOnlyRe = lazyre.New(`(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+` + monthExpr + `[a-z]*\.?(?:,?\s+\d{4})?$`)
	// eventTimeRe is a time of day an event runs at: "10am", "7.30pm".
	eventTimeRe = lazyre.New(`(?i)\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b`)
	// welcomeRe opens a bulletin's welcome: "Welcome to our autumn
	// newsletter", "Welcome to the March edition of Family Matters".
	welcomeRe = lazyre.New(`(?i)^(?:(?:hello|hi|dear)\s+[^,.!?]{1,30}[,!]\s+)?(?:a\s+(?:warm\s+)?)?welcome\s+(?:back\s+)?to\s+(?:the|our|this|your)\s+(?:[\w'’-]+\s+){0,5}(?:newsletter|bulletin|e-?news|e-?bulletin|update|edition|issue|round-?up|digest)\b`)
)

// eventDayOnly: a paragraph that is only a listing's day.
func eventDayOnly(p string) bool {
	return !strings.Contains(p, "\n") && eventDayOnlyRe.MatchString(strings.TrimSpace(p))
}

// eventDetails: what a listing says under its day, in one short paragraph
// with the time it runs ("Coffee morning, 10am to 12 noon, Riverside
// Family Hub. Free parking."), and no share or sum but a place's price.
func eventDetails(p string) bool {
	t := eventPriceRe.ReplaceAllString(oneLine(p), "")
	return len(strings.Fields(t)) <= 40 && eventTimeRe.MatchString(t) && !strings.ContainsAny(t, "%£")
}

// isWelcome: a bulletin's welcome paragraph ("Welcome to our autumn
// newsletter. It has been a busy term, and we have news on ..."), which
// says what the issue holds, with no figure of its own.
func isWelcome(folded string) bool {
	return welcomeRe.MatchString(folded) && len(strings.Fields(folded)) <= 60 && len(extract.Figures(folded)) == 0
}

// eventPriceRe is what a place at an event costs: "£45 a place", "£10 per
// ticket".
var eventPriceRe = lazyre.New(`(?i)£\d+(?:\.\d{2})? (?:a|per) (?:place|ticket|person|head|delegate|session|family|attendee)\b`)

// dayFirstEvent: a listing that opens with when the event is ("Tuesday
// 14 October, 9.30am to 12.30pm"), then its title and a line or two of
// where and how to book ("County Hall. £45 a place; 16 places per
// course."), as a bulletin's "Dates for your diary" sets them.
func dayFirstEvent(lines []string) bool {
	first, title := strings.TrimSpace(lines[0]), strings.TrimSpace(lines[1])
	if len(strings.Fields(first)) > 12 || strings.HasSuffix(first, ".") || !eventDayRe.MatchString(first) ||
		title == "" || len(strings.Fields(title)) > 12 || strings.HasSuffix(title, ".") || strings.ContainsAny(title, "%£") {
		return false
	}
	for _, l := range lines[2:] {
		t := eventPriceRe.ReplaceAllString(strings.TrimSpace(l), "")
		if len(strings.Fields(t)) > 25 || strings.ContainsAny(t, "%£") {
			return false
		}
	}
	return true
}

// squashedForwardRe is a forward's marker with the forwarded header run
// on after it, as Yahoo Mail writes its plain part: "----- Forwarded
// Message ----- From: A <a@x>To: B <b@y>Sent: Friday, 14 March 2025,
// 11:05:12 GMTSubject: ...". Group 1 is the marker, group 2 the header.
var squashedForwardRe = lazyre.New(`(?i)^\s*(-{2,}\s*forwarded message\s*-{2,})\s*(from\s*:.*)$`)

// squashedFieldRe finds where each header field of a squashed forward
// header begins: after the end of the one before, with no space ("...>To:",
// "GMTSubject:").
var squashedFieldRe = lazyre.New(`(?:^|[\s>a-z0-9)])((?:From|To|Cc|Sent|Date|Subject)\s*:)`)

// unsquashForwardHeaders sets a squashed forward header (squashedForwardRe)
// out as the marker and one line per field, the form the forward reader
// knows; a sign-off run into the name after it ("Kind regards,Kelmouth
// School Nursing Service", the line break Yahoo's plain part lost) is
// parted there too. Other lines are kept as they are.
func unsquashForwardHeaders(lines []string) []string {
	at := -1
	for i, l := range lines {
		if strings.Contains(l, "orwarded") && squashedForwardRe.MatchString(l) {
			at = i
			break
		}
	}
	if at < 0 {
		return lines
	}
	m := squashedForwardRe.FindStringSubmatch(lines[at])
	out := append([]string{}, lines[:at]...)
	out = append(out, m[1])
	hdr := m[2]
	starts := squashedFieldRe.FindAllStringSubmatchIndex(hdr, -1)
	for k, st := range starts {
		end := len(hdr)
		if k+1 < len(starts) {
			end = starts[k+1][2]
		}
		out = append(out, strings.TrimSpace(hdr[st[2]:end]))
	}
	// The forwarded message follows the header, separated from it as a
	// forward's header is from its body. The client that squashes the
	// header writes each of the message's blocks on a line of its own,
	// unwrapped and with no blank line between: each line is a paragraph.
	for _, l := range lines[at+1:] {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		out = append(out, "")
		if k := strings.IndexByte(l, ','); k > 0 && k+1 < len(l) && l[k+1] != ' ' && signOffRe.MatchString(l[:k+1]) {
			out = append(out, l[:k+1], strings.TrimSpace(l[k+1:]))
			continue
		}
		out = append(out, l)
	}
	return out
}

// colonLessFieldRe is a header line eM Client writes under its "------
// Original Message ------" separator, its label with no colon: "From
// "Name" <address>", "Date 13/02/2026 17:48:22", "Subject ...".
var colonLessFieldRe = lazyre.New(`^\s*(From|To|Cc|Date|Subject)\s+(\S.*)$`)

// colonLessHeaders sets the header block under a separator line written
// with its labels' colons left out (eM Client's "From "Name" <address>"
// over "Date ..." and "Subject ...") in the "From: ..." form the forward
// and reply readers know, as unsquashForwardHeaders sets out a squashed
// one. Only a block right under a separator, whose first line is a From
// naming an address, is read so: a sentence opening "From" is no header.
// Other lines are kept as they are.
func colonLessHeaders(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		if !separatorLineRe.MatchString(lines[i]) {
			continue
		}
		// The block's lines, blank lines between them allowed (an HTML
		// part's blocks), up to the first line that is none.
		var block []string
		j := i + 1
		for ; j < len(lines) && len(block) < 2*maxHeaderLines; j++ {
			if strings.TrimSpace(lines[j]) == "" {
				block = append(block, lines[j])
				continue
			}
			m := colonLessFieldRe.FindStringSubmatch(lines[j])
			if m == nil {
				break
			}
			block = append(block, m[1]+": "+m[2])
		}
		first := ""
		for _, l := range block {
			if first = strings.TrimSpace(l); first != "" {
				break
			}
		}
		if !strings.HasPrefix(first, "From: ") || !strings.Contains(first, "@") {
			continue
		}
		out = append(out, block...)
		i = j - 1
	}
	return out
}

// unquoteQuotedForward takes the "> " off a forward that Apple Mail's
// plain part quotes whole, its marker line too ("> Begin forwarded
// message:", then "> From: ..." and the message): in a message sent as a
// forward that quoting is the forward's form, not a reply's quote, and
// the forwarded message its content. Lines from the quoted marker on are
// unquoted one level while they stay quoted (blank lines aside); lines
// are returned as they are when no quoted marker opens a quoted block.
func unquoteQuotedForward(lines []string) []string {
	for i, l := range lines {
		if !quotedLineRe.MatchString(l) || !opensBlock(unquoteLine(l)) {
			continue
		}
		end := i + 1
		for end < len(lines) && (strings.TrimSpace(lines[end]) == "" || quotedLineRe.MatchString(lines[end])) {
			end++
		}
		unquoted := make([]string, 0, end-i)
		for _, q := range lines[i:end] {
			unquoted = append(unquoted, unquoteLine(q))
		}
		if _, _, ok := forwardOpensAt(unquoted, 0); !ok {
			continue
		}
		out := append(append([]string{}, lines[:i]...), unquoted...)
		return append(out, lines[end:]...)
	}
	return lines
}

// unquoteLine takes one level of "> " quoting off a line.
func unquoteLine(l string) string {
	l = strings.TrimLeft(l, " \t")
	l = strings.TrimPrefix(l, ">")
	return strings.TrimPrefix(l, " ")
}

// notedDigestForward reads a mailing list's digest forwarded with a note
// of the forwarder's own (more than forwardNoteWords words, or an ask): a
// digest is its members' messages, no publication, so the note is
// evidence over them, as a colleague's message passed on with a note is,
// and the forward's own headers stay the metadata. ok is false when no
// forward opens over a digest or its note is a covering line.
func notedDigestForward(lines []string, sender string) (string, signature, bool) {
	for i := range lines {
		if _, _, opener := forwardOpensAt(lines, i); !opener {
			continue
		}
		if digestMessages(lines[i:]) == nil {
			return "", signature{}, false
		}
		note, noteSig := cleanLines(lines[:i])
		if len(strings.Fields(note)) <= forwardNoteWords && (note == "" || !extract.Asks(note)) {
			return "", signature{}, false
		}
		body, sig, _ := cleanMessageFrom(strings.Join(lines[i:], "\n"), false, false, sender)
		if noteSig.organisation == "" {
			noteSig.organisation = sig.organisation
		}
		noteSig.digest = true
		return strings.TrimSpace(note + "\n\n" + body), noteSig, true
	}
	return "", signature{}, false
}
