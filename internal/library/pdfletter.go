package library

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
)

// subjectLabelRe is the label a letter puts before its subject: "Re:",
// "RE:", "Subject:". What follows it is what the letter is about, in
// the words of a title, whatever type it is set in.
var subjectLabelRe = lazyre.New(`^(?i:re|subject)\s*:\s+`)

// letterSubject is a letter's subject line: the row straight under its
// "Dear ..." line, with the rows it wraps onto, when it is set larger than
// the text, or labelled "Re:" or "Subject:", or set in bold throughout,
// in the words of a title ("Area SEND inspection of Kelmouth Local Area
// Partnership"). Empty when the page has no salutation, or the row under
// it is text. k is the salutation's row.
// An inspectorate's letter sets its letterhead ("Ofsted | Care Quality
// Commission") in its largest type: the letterhead names who sent the
// letter, the subject line what it is. A letter on headed paper (an MP's,
// an ICB's) sets its subject at the size of the text, in bold after
// "Re:": before, with no text larger than the body's, such a letter had
// no title and was refused.
func letterSubject(rs []*row, body float64) (subject string, k int) {
	for k, r := range rs {
		if !salutationRe.MatchString(r.text()) {
			continue
		}
		if k+1 >= len(rs) {
			return "", -1
		}
		first := rs[k+1]
		t := strings.TrimSpace(first.text())
		labelled := subjectLabelRe.MatchString(t)
		large := maxSize(first.frags) >= 1.15*body
		bold := rowBold(first)
		if !large && !labelled && !bold {
			return "", -1
		}
		// The subject wrapped onto more rows: each set as the first.
		parts := []string{t}
		for prev, j := first, k+2; j < len(rs) && j < k+4 && wrapsFrom(prev, rs[j]) && rowBold(rs[j]) == bold && (large || bold); j++ {
			parts = append(parts, strings.TrimSpace(rs[j].text()))
			prev = rs[j]
		}
		t = strings.TrimSpace(subjectLabelRe.ReplaceAllString(joinTitleLines(parts), ""))
		if len(strings.Fields(t)) < 3 || !isTitleLine(t) {
			return "", -1
		}
		return t, k
	}
	return "", -1
}

// rowBold reports a row whose every run with text, footnote markers
// aside, is bold.
func rowBold(r *row) bool {
	seen := false
	for _, f := range r.frags {
		if f.sup || strings.TrimSpace(f.text) == "" {
			continue
		}
		if !f.bold {
			return false
		}
		seen = true
	}
	return seen
}

// letterRefRe opens a letter's reference line: "Our ref: ED/04",
// "Your ref:".
var letterRefRe = lazyre.New(`(?i)^(?:our|your|my)\s+ref(?:erence)?\b`)

// letterheadRows are the rows of a letter's first page above its
// reference, its dateline and its addressee (labelled "To:", or a block
// opening on a person or a post, addresseeOpens): the headed paper.
// Under them stand whom the letter goes to, whose body is no sender.
// dear is the letter's salutation ("Dear Ms Smith,").
func letterheadRows(rs []*row, dear string) []*row {
	rs = aboveAddressee(rs)
	for k, r := range rs {
		t := strings.TrimSpace(r.text())
		if letterRefRe.MatchString(t) || datelineRe.MatchString(t) || addresseeOpens(rs, k, dear) {
			return firstColumn(rs[:k])
		}
		for _, f := range r.frags {
			if datelineRe.MatchString(strings.TrimSpace(f.text)) {
				return firstColumn(rs[:k])
			}
		}
	}
	return firstColumn(rs)
}

// firstColumn is a letterhead set in columns, two bodies' headed paper
// side by side, each its name over its address ("Ofsted" beside "Care
// Quality Commission", a joint inspection's letter), read as its first
// column: the body named first sends it. Read across, the two names made
// one line naming no body, the signature's body differed from it, and
// the letter was refused for want of a publisher (held-out set 100). A
// letterhead of one column is returned as it is.
func firstColumn(rs []*row) []*row {
	if len(rs) == 0 || len(rs[0].frags) < 2 {
		return rs
	}
	split := -1.0
	for i := 1; i < len(rs[0].frags); i++ {
		prev, f := rs[0].frags[i-1], rs[0].frags[i]
		if f.x0-prev.x1 > 4*max(prev.size, 1) {
			split = f.x0
			break
		}
	}
	if split < 0 {
		return rs
	}
	out := make([]*row, 0, len(rs))
	for _, r := range rs {
		var fs []*frag
		for _, f := range r.frags {
			if f.x0 < split {
				fs = append(fs, f)
			}
		}
		if len(fs) > 0 {
			out = append(out, &row{y0: r.y0, y1: r.y1, frags: fs})
		}
	}
	return out
}

// postTitleRe is a post as an addressee's block sets it under their
// name, or alone over their body: "Chief Executive", "Director of
// Children's Services", "The Minister for Children", "Cabinet Member
// for Education".
var postTitleRe = lazyre.New(`(?i)^(?:the\s+)?(?:(?:interim|acting|deputy|assistant|executive|corporate|strategic|managing|regional|national|medical|clinical)\s+)*(?:chief\s+(?:executive|officer|nurse|operating\s+officer)|director\b|head\s+of\b|chair(?:man|woman|person)?\b|minister\b|secretary\s+of\s+state\b|permanent\s+secretary\b|leader\s+of\b|cabinet\s+member\b|lead\s+member\b|portfolio\s+holder\b)`)

// addresseeNameRe is a person's name set alone on a row with an
// honorific: "Ms Jane Smith", "Mr Tom Reed", "Cllr Ann Bell".
var addresseeNameRe = lazyre.New(`^(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Rev|Revd|Lord|Lady|Baroness|Rt\.?\s+Hon)\.?\s+)+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+(?:MP|MS|MSP|MLA|OBE|MBE|CBE|DBE))*,?$`)

// bareNameRe is a person's name with no honorific: "Jane Smith".
var bareNameRe = lazyre.New(`^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+(?:MP|MS|MSP|MLA))?,?$`)

// addresseeOpens reports row k opening a letter's addressee block: a post
// ("Chief Executive", "Director of Children's Services"), a person's name
// with an honorific ("Ms Jane Smith"), or with none over a post or named
// by the salutation ("Jane Smith" of "Dear Ms Smith,"). A letter with no
// letterhead opens on that block, the body under the post
// ("Northshire Integrated Care Board") whom it goes to: before, the
// block was read as the letterhead and the addressee's post and body
// ("Chief Executive Northshire Integrated Care Board") as its publisher.
// An MP whose name the letterhead sets over "Member of Parliament for
// ..." is the letter's sender unless the salutation names them.
func addresseeOpens(rs []*row, k int, dear string) bool {
	t := strings.TrimSpace(rs[k].text())
	if postTitleRe.MatchString(t) {
		return true
	}
	named := false
	for _, w := range strings.Fields(strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(dear), "Dear")), ",")) {
		if len(w) < 2 || !unicode.IsUpper([]rune(w)[0]) || honorificWordRe.MatchString(w) {
			continue
		}
		for _, v := range strings.Fields(t) {
			if strings.Trim(v, ",") == w {
				named = true
			}
		}
	}
	next := ""
	if k+1 < len(rs) {
		next = strings.TrimSpace(rs[k+1].text())
	}
	person := addresseeNameRe.MatchString(t) || bareNameRe.MatchString(t) && !bodyNameRe.MatchString(t) && (named || postTitleRe.MatchString(next))
	if !person {
		return false
	}
	if mpNameRe.MatchString(t) && memberOfRe.MatchString(next) && !named {
		return false
	}
	return true
}

// honorificWordRe is an honorific alone, as a salutation sets it before
// a name: "Mr", "Dr.".
var honorificWordRe = lazyre.New(`^(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Rev|Revd|Lord|Lady|Baroness)\.?$`)

// memberOfRe is an elected member's office as a letterhead prints it
// under their name: "Member of Parliament for Harrowfield North". It
// names a seat, not a body that publishes.
var memberOfRe = lazyre.New(`(?i)^member\s+of\s+(?:parliament|the\s+(?:senedd|scottish\s+parliament|house\s+of\s+lords))\b`)

// mpNameRe is a member's name as their letterhead sets it: "Rachel
// Penhaligon MP", "Dr Sam Okoro MP". Group 1 is the whole.
var mpNameRe = lazyre.New(`^((?:(?:Dr|Sir|Dame|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:MP|MS|MSP|MLA))$`)

// letterheadMP is the member whose letterhead this is: their name over
// the office naming their seat ("Rachel Penhaligon MP" over "Member of
// Parliament for Harrowfield North"). The member writes and sends the
// letter; the House whose paper it is ("HOUSE OF COMMONS") publishes
// nothing of theirs. "" when the letterhead names no member so.
func letterheadMP(rs []*row) string {
	for k := 1; k < len(rs); k++ {
		if !memberOfRe.MatchString(strings.TrimSpace(rs[k].text())) {
			continue
		}
		if m := mpNameRe.FindStringSubmatch(strings.TrimSpace(rs[k-1].text())); m != nil {
			return m[1]
		}
	}
	return ""
}

// letterheadSender is who sent a letter, as its headed paper names them:
// the MP whose name it sets over "Member of Parliament for ...", else the
// body its first lines name, set together at the top of the page above
// the reference, dateline and addressee ("Elmsworth and Dunhill" over
// "Integrated Care Board"). A name of no body ("HOUSE OF COMMONS") is no
// sender to read, and the addressee's block, set apart below the
// letterhead ("Minister of State for Care", "Department of Health and
// Social Care"), names whom the letter goes to.
func letterheadSender(rs []*row, dear string) string {
	head := letterheadRows(rs, dear)
	if mp := letterheadMP(head); mp != "" {
		return mp
	}
	// The letterhead's block: its rows from the top, each set close
	// under the one before.
	n := min(len(head), 1)
	for n < len(head) && head[n].y0-head[n-1].y1 <= head[n-1].y1-head[n-1].y0 {
		n++
	}
	if org := mastheadOrg(head[:n], 0); bodyNameRe.MatchString(org) && !memberOfRe.MatchString(org) {
		return org
	}
	return ""
}

// toAnOfficeRe is a salutation to whoever holds an office at a body,
// named by no one: "Dear Sir or Madam", "Dear Sir/Madam", "Dear Sirs",
// "To whom it may concern". A letter so opened goes to the body its
// address block names.
var toAnOfficeRe = lazyre.New(`(?i)^(?:dear\s+(?:sir\s*(?:or|/)\s*madam|madam\s*(?:or|/)\s*sir|sirs)|to\s+whom\s+it\s+may\s+concern)\b`)

// civicBuildingRe is the building a council's address opens with:
// "Civic Centre", "Town Hall", "County Hall, Westshire WS1 1AA". A
// building, never a body that publishes.
var civicBuildingRe = lazyre.New(`(?i)^(?:the\s+)?(?:civic\s+(?:cent(?:re|er)|offices|hall)|town\s+hall|county\s+hall|city\s+hall|shire\s+hall|guildhall|council\s+(?:offices|house)|municipal\s+(?:buildings|offices))\b`)

// addresseeBlockFirst reports a letter whose one block above its
// dateline and salutation (head, rows of its first page up to the
// salutation dear) is its addressee's, not its own letterhead: the
// signature names a body other than the block's ("Chair, Eastvale
// Parent Carer Forum" under a letter opening "Eastvale Borough Council /
// Civic Centre"), or the salutation is to an office ("Dear Sir or
// Madam") and the block names one body alone, as an addressee's does
// (headed paper over an addressee names two). Before (hostile check 63)
// such a letter was published by its addressee; it now asks for its
// publisher. sig is the letter's rows after its closing ("Yours
// faithfully,").
func addresseeBlockFirst(head []*row, dear string, sig []string) bool {
	head = letterheadRows(head, dear)
	org := mastheadOrg(head, 0)
	if org == "" {
		return false
	}
	for _, t := range sig {
		if _, after, ok := strings.Cut(t, ","); ok {
			t = after // "Chair, Eastvale Parent Carer Forum"
		}
		t = strings.TrimSpace(t)
		if bodyNameRe.MatchString(t) && !civicBuildingRe.MatchString(t) {
			return !strings.EqualFold(cleanOrg(t), org)
		}
	}
	if !toAnOfficeRe.MatchString(strings.TrimSpace(dear)) {
		return false
	}
	bodies := 0
	for _, r := range head {
		t := strings.TrimSpace(r.text())
		if bodyNameRe.MatchString(t) && !civicBuildingRe.MatchString(t) && !registrationLineRe.MatchString(t) {
			bodies++
		}
	}
	return bodies == 1
}

// signatureRows are the few rows after a letter's closing ("Yours
// sincerely,"): the writer's name, post and body.
func signatureRows(pages [][]*row) []string {
	for _, rs := range pages {
		for k, r := range rs {
			if !closingRe.MatchString(strings.TrimSpace(r.text())) {
				continue
			}
			var out []string
			// Two signatories side by side, as two bodies' headed paper
			// sets them: the first column's (firstColumn).
			for _, s := range firstColumn(rs[k+1 : min(len(rs), k+4)]) {
				out = append(out, strings.TrimSpace(s.text()))
			}
			return out
		}
	}
	return nil
}
