package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// labelCountStops are label words that make the number after a label no
// count of what the label names: a statistic of another kind ("Average
// wait in weeks: 18", "Rate per 1,000 pupils: 12", "Median age: 9"), a
// document's or a meeting's parts ("Pages: 36", "Apologies: 2") or a
// register's number ("Registered charity: 1094").
var labelCountStops = map[string]bool{"average": true, "median": true, "mean": true, "rate": true, "rates": true,
	"per": true, "percent": true, "percentage": true, "proportion": true, "share": true, "ratio": true,
	"score": true, "scores": true, "cost": true, "costs": true, "spend": true, "budget": true, "age": true,
	"ages": true, "aged": true, "longest": true, "shortest": true, "maximum": true, "minimum": true,
	"target": true, "targets": true, "pages": true, "registered": true,
	"numbers": true, "year": true, "years": true,
	"rank": true, "ranking": true, "hours": true, "days": true, "weeks": true, "months": true, "minutes": true,
	"slides": true, "apologies": true, "attendees": true, "items": true, "papers": true, "attachments": true,
	"appendices": true, "annexes": true, "enclosures": true, "words": true}

// recordLabelWords name a record's number ("Page: 4", "Ref: 1,234"): a
// stop anywhere in a label (labelCountStops), and among the heads of the
// labels identifierLabel reads (idLabelWords). One list, so the two agree.
var recordLabelWords = []string{"page", "number", "no", "ref", "reference", "version"}

func init() {
	for _, w := range recordLabelWords {
		labelCountStops[w], idLabelWords[w] = true, true
	}
}

// labelCountVerbs name those a label counts by what was done to them:
// "Waiting over 26 weeks: 310", "Children seen: 96".
var labelCountVerbs = map[string]bool{"waiting": true, "waited": true, "seen": true, "referred": true,
	"treated": true, "assessed": true, "admitted": true, "supported": true}

// labelCountNames are labels in the singular that name a number of
// people all the same: "Caseload: 12", "Backlog: 15"; and "Waiting list:
// 12", the number on it ("list" only after "waiting": "Step 3:" or a
// list's "List 2:" still counts nothing). Before (hostile check 59), a
// small value under them was no figure, though "Waiting list: 2,100" was.
// "Staff: 45" and "Vacancies: 2" count a workforce's people and empty
// posts as "Headcount: 45" does: a PDF's label pairs, each a line of its
// own, gave no figure (hostile check 62).
var labelCountNames = map[string]bool{"caseload": true, "backlog": true, "headcount": true, "staff": true, "vacancies": true}

// workforceNoteRe is a note at a label's end saying how its people are
// counted, "Staff (FTE)", "Nurses (WTE)", "Staff (headcount)": no
// statistic of another kind, so the label still counts (hostile check
// 63: "Staff (FTE): 45" held no item). The label's year may follow it,
// "Health visitors (FTE) 2024" (hostile check 64: no item); group 1 is
// the year, a period the period reader dates the count by.
var workforceNoteRe = lazyre.New(`\s*` + measure.WorkforceNote + `(\s+` + labelYearRe + `)?\s*$`)

// labelPairGapRe is a gap of two spaces or more that sets a second
// "label: value" pair beside the first on one line.
var labelPairGapRe = lazyre.New(` {2,}`)

// labelPairAfterRe follows a label's value that another label and its
// value follow on the line, two spaces or more apart: "Beds open: 3
// Cots open: 3".
var labelPairAfterRe = lazyre.New(`^ {2,}\p{Lu}[^:\n]{0,60}: +\d`)

// labelPairAfter reports another "label: value" pair after s[:b] on its
// line (labelPairAfterRe): the value at b ends its pair, and is no count
// of the next label's first word. Before (hostile check 59), "Beds open:
// 3   Cots open: 3" was one figure, "3 Cots", measured "beds open:: 3".
func labelPairAfter(s string, b int) bool {
	return labelPairAfterRe.MatchString(s[b:])
}

// labelValueGoesOnRe follows a label's value that a clause after a comma
// sets beside an earlier value or says more of: "Placed out of area: 11,
// on average 63 miles from home", "Waiting over 18 weeks: 1,140, up from
// 960 in April" (set 62).
var labelValueGoesOnRe = lazyre.New(`^,\s+(?:on\s+average|up\s+from|down\s+from|compared\s+with|against|from|with|of\s+whom|including|rising\s+from|falling\s+from|\d{1,3}(?:\.\d)?\s?%\s+of)\b`)

// labelsCount reports a number that is the whole value of a "label:
// value" line whose label names what is counted, as board papers,
// dashboards and "at a glance" panels set their figures: "Children
// waiting: 412", "Referrals this quarter: 96", "Waiting over 26 weeks:
// 310". The label opens its line and holds a plural or a word such as
// "children", or a verb of what was done to those counted beside a limit
// ("Waiting over 26 weeks"); a label of a statistic of another kind, a
// numbered part, a time, a year or a phone number is none ("Step 3:",
// "Time: 10:30", "Year: 2024", "Tel: 0113 ...").
func (r *reader) labelsCount(a, b int) bool {
	s := r.s
	if strings.Trim(s[b:], " .") != "" && !labelValueGoesOnRe.MatchString(s[b:]) && !labelPairAfter(s, b) || s[a] == '0' {
		return false
	}
	lead := strings.TrimRight(s[:a], " ")
	if !strings.HasSuffix(lead, ":") || len(lead) == len(s[:a]) && a > 0 {
		return false // "10:30": no space after the colon of a time
	}
	label := strings.TrimLeft(lead[:len(lead)-1], " -•*–")
	if k := strings.LastIndexByte(label, '\n'); k >= 0 {
		label = label[k+1:]
	}
	if m := labelPairGapRe.FindAllStringIndex(label, -1); m != nil {
		label = label[m[len(m)-1][1]:] // "Beds open: 3   Cots open": the second pair's label
	}
	// A count with a fraction is of whole-time equivalents only, as its
	// note says: "Health visitors (FTE): 45.5" (hostile check 64: no
	// item), where "Children waiting: 4.5" counts no one.
	noted := workforceNoteRe.MatchString(label)
	if strings.Contains(s[a:b], ".") && !noted {
		return false
	}
	label = strings.TrimSpace(workforceNoteRe.ReplaceAllString(label, ""))
	if label == "" || !isLetter(label[0]) || strings.ContainsAny(label, ":%£()/") {
		return false
	}
	words := strings.Fields(strings.ToLower(label))
	if len(words) > 12 {
		return false // ten words and more name a measure in full: "Young people placed in mental health beds out of area: 11"
	}
	counted, done, limit := false, false, false
	for k, w := range words {
		switch {
		case (w == "year" || w == "month" || w == "week") && k > 0 && (words[k-1] == "this" || words[k-1] == "last"):
			// "Admitted so far this year: 4": when, not what, is counted.
		case (w == "a" || w == "an") && k > 0 && (words[k-1] == "over" || words[k-1] == "than" || words[k-1] == "within"):
			// "Children waiting over a year: 412": the limit in words,
			// as "over 52 weeks" is.
			limit = true
		case labelCountStops[w] && !(limit && durationUnit(w) != ""):
			return false
		case labelCountVerbs[w]:
			done = true
		case w[0] >= '0' && w[0] <= '9':
			limit = true
		case isCountedNoun(w) && durationUnit(w) == "" && !notCounted[w],
			w == "list" && k > 0 && words[k-1] == "waiting", labelCountNames[w]:
			counted = true
		}
	}
	return counted || done && limit
}

// oneOfEvery reports a oneNounInMRe match m of s as a share: "one child in every 14", "one young
// person in seven", read as "one in every 14" is. Only one of a group is
// so written; a noun that is a function word, a time ("one year in
// 10") or a count after the second number ("one school in three areas")
// makes no share.
func oneOfEvery(s string, m []int) bool {
	for _, w := range strings.Fields(strings.ToLower(s[m[5]:m[6]])) {
		if isFunctionWord(w) || countStops[w] || durationUnit(w) != "" || w == "out" || w == "every" || w == "each" {
			return false
		}
	}
	return !countedAhead(s, m[9]) || verbOfOneAhead(s, m[9])
}

// verbsOfOne are verbs in the singular that are also plural nouns: after
// "one child in four" the word is the verb "one child" takes ("one child
// in four waits over a year"), no noun the four count.
var verbsOfOne = map[string]bool{"waits": true, "needs": true, "uses": true, "misses": true, "lives": true,
	"attends": true, "reports": true, "experiences": true, "faces": true, "struggles": true, "visits": true,
	"returns": true, "presents": true, "contacts": true, "calls": true, "cares": true, "works": true}

// verbOfOneAhead reports the word after a share's second number at i as a
// verb in verbsOfOne with no finite verb after it: "waits more than a
// year", but "three waits are" counts waits.
func verbOfOneAhead(s string, i int) bool {
	w, end := wordAt(s, skipSpace(s, i))
	next, _ := wordAt(s, skipSpace(s, end))
	if pastVerbOfOne(strings.ToLower(w), strings.ToLower(next)) {
		return true
	}
	if !verbsOfOne[strings.ToLower(w)] {
		return false
	}
	switch strings.ToLower(next) {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must":
		return false
	}
	return true
}

// pastVerbsOfOne are verbs in the past that "one service in four" takes
// and that name nothing counted.
var pastVerbsOfOne = map[string]bool{"had": true, "was": true, "said": true, "saw": true, "took": true,
	"met": true, "kept": true, "felt": true, "found": true, "gave": true, "made": true, "lost": true, "ran": true, "spent": true}

// pastVerbOfOne reports w, after a share's second number, as the past
// verb of "one service in four" when a function word follows it: "one
// service in four relied on locums", "one trust in five had no lead",
// where locums and leads are no noun the four count; "one school in three
// deprived areas" still counts the areas, an adjective before its noun.
func pastVerbOfOne(w, next string) bool {
	if !pastVerbsOfOne[w] && !(len(w) > 4 && strings.HasSuffix(w, "ed")) {
		return false
	}
	return isFunctionWord(next) || next == "no" || next == "that" || next == "their" || next == "its"
}

// idLabelWords are the head nouns of labels whose number names one
// record rather than counting anything: "Ref: 1,234", "Case number:
// 2,045", "Invoice 1,120", "Version 1,002", "Ticket 1,455"; with
// recordLabelWords, added at start.
var idLabelWords = map[string]bool{"refs": true, "invoice": true, "order": true, "ticket": true, "case": true, "claim": true,
	"account": true, "id": true, "code": true, "serial": true, "issue": true, "edition": true, "tel": true,
	"telephone": true, "phone": true, "helpline": true, "mobile": true, "fax": true, "enquiry": true,
	"complaint": true, "incident": true, "job": true, "batch": true, "file": true, "record": true,
	"registration": true, "licence": true, "license": true, "policy": true, "receipt": true, "po": true}

// identifierLabel reports a number s[a:b] that names one record, by the
// label it follows: a "label:" whose head noun, its last word, is one of
// idLabelWords, with no noun after the number ("Case number: 2,045",
// "Our reference: 2,310"; not "Number of referrals: 1,234", whose head is
// referrals, nor "The key number: 12,000 children"), or such a noun
// written capitalised straight before the number, as a label is set
// ("Invoice 1,120", "Ticket 1,455 was raised"; not "will order 1,200
// kits"), or "no." ("Order no. 1,300"). labelsCount already refuses
// these labels for a bare number; this holds a number grouped in
// thousands to the same, which otherwise is read as a count wherever it
// stands.
func identifierLabel(s string, a, b int) bool {
	lead := strings.TrimRight(s[:a], " #")
	colon := strings.HasSuffix(lead, ":")
	lead = strings.TrimRight(strings.TrimSuffix(lead, ":"), " ")
	dot := strings.HasSuffix(lead, ".")
	lead = strings.TrimSuffix(lead, ".")
	k := len(lead)
	for k > 0 && isLetter(lead[k-1]) {
		k--
	}
	w := lead[k:]
	lw := strings.ToLower(w)
	if w == "" || !idLabelWords[lw] {
		return false
	}
	if colon {
		n := skipSpace(s, b)
		return n == len(s) || !isLetter(s[n]) || n == b
	}
	if lw == "no" {
		return dot
	}
	return !dot && w[0] >= 'A' && w[0] <= 'Z'
}
