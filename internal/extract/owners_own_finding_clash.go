package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// ownFindingRe is the writer's own finding: "our survey found", "our
	// analysis finds", "we found".
	ownFindingRe = lazyre.New(`(?i)\b(?:our\s+(?:own\s+|new\s+)?(?:survey|analysis|research|study|data|review|audit|poll|modelling|estimate|findings?)\s+(?:also\s+)?(?:found|finds|find|shows?|showed|suggests?|suggested|reveals?|revealed|estimates?|puts\s+it\s+at)|we\s+(?:also\s+)?(?:found|find|estimate|estimated|calculate|calculated))\b`)
	// othersClauseRe opens a clause naming another body's figure to
	// reject or contrast it: "Contrary to the Department's claim that",
	// "Unlike the Health Foundation, which found", "The King's Fund's
	// estimate of".
	othersClauseRe = lazyre.New(`(?i)\bcontrary\s+to\s+[^,;.]{1,80}?\s+(?:claim|claims|assertion|suggestion|statement|view|figure|figures|estimate)\s+that\b|\bunlike\s+[^,;.]{1,80}?,\s+(?:which|who)\s+(?:found|finds|reported|reports|estimated|estimates|said|says|claimed|claims|put\s+it\s+at)\b|[\p{L}][\p{L}. -]{0,60}?['’]s?\s+(?:estimate|figure|claim|projection|forecast)\s+of\s+`)
	// tooLowAfterRe follows a figure the text says is wrong: "is too
	// low", "is far too high", "understates".
	tooLowAfterRe = lazyre.New(`(?i)^[^;.]{0,40}?\b(?:is|was|are|were)\s+(?:far\s+|much\s+|probably\s+|likely\s+|clearly\s+)?too\s+(?:low|high)\b|^[^;.]{0,40}?\b(?:understates?|overstates?|underestimates?|overestimates?)\b`)
)

// ownFindingClash reports a sentence stating the writer's own finding
// ("our survey found 30%") and citing another work for a figure outside
// that finding's clause ("compared with 45% ... (NHS England, 2023)",
// "(Children's Commissioner, 2023); we found 25%"): the citation is not
// the item's, so the item cites nothing (at is where the citation
// starts).
func ownFindingClash(text string, at int) bool {
	for _, m := range ownFindingRe.FindAllStringIndex(text, -1) {
		end := len(text)
		if k := strings.IndexAny(text[m[1]:], ",;"); k >= 0 {
			end = m[1] + k
		}
		if at < m[0] || at >= end {
			return true
		}
	}
	return false
}

// othersFigures keeps another body's figures, which the sentence rejects,
// contrasts with or cites beside the writer's own finding, out of the
// item's own: they are not its headline and have no key, so no
// comparison takes them for the publisher's finding; the writer's own
// figure is the headline. Another body's figure is one in a clause
// opened by othersClauseRe (to the writer's own finding, else to the
// clause's end), and, beside the writer's own finding, one an in-text
// citation follows, the last measured one before it ("45% of children
// waiting more than 18 weeks (NHS England, 2023)": not the time limit).
// Where a later clause sets another body's finding against the cited
// body's (rival, from citedWork: "..., while the Children's Commissioner
// found 52%"), the figures from rival on are the other body's, and the
// headline is the first body's.
func othersFigures(text string, figs []evidence.Figure, rival int) {
	if len(figs) < 2 {
		return
	}
	own := ownFindingRe.FindAllStringIndex(text, -1)
	others := make([]bool, len(figs))
	any := false
	if rival >= 0 {
		for i, f := range figs {
			if f.Offset >= rival {
				others[i], any = true, true
			}
		}
	}
	for _, m := range othersClauseRe.FindAllStringIndex(text, -1) {
		end := -1
		for _, o := range own {
			if o[0] >= m[1] {
				end = o[0]
				break
			}
		}
		estimate := !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[m[0]:m[1]])), "that") && !strings.Contains(strings.ToLower(text[m[0]:m[1]]), "unlike")
		first := -1
		for i, f := range figs {
			if f.Offset >= m[1] {
				first = i
				break
			}
		}
		if first < 0 {
			continue
		}
		f := figs[first]
		if estimate && (f.Offset-m[1] > 2 || !tooLowAfterRe.MatchString(text[f.Offset+len(f.Text):])) {
			continue // "the Trust's estimate of 20% has been confirmed": no rejection
		}
		if end < 0 {
			end = len(text)
			if k := strings.IndexAny(text[f.Offset+len(f.Text):], ",;"); k >= 0 {
				end = f.Offset + len(f.Text) + k
			}
		}
		for i, g := range figs {
			if g.Offset >= m[1] && g.Offset < end {
				others[i], any = true, true
			}
		}
	}
	if len(own) > 0 {
		for _, c := range inTextCitationRe.FindAllStringIndex(text, -1) {
			if !ownFindingClash(text, c[0]) {
				continue
			}
			last := -1
			for i, f := range figs {
				if f.Offset+len(f.Text) <= c[0] && f.Role.Measured() && !strings.ContainsAny(text[f.Offset+len(f.Text):c[0]], ";") {
					last = i
				}
			}
			if last >= 0 && !inOwnClause(text, own, figs[last].Offset) {
				others[last], any = true, true
			}
		}
	}
	if !any {
		return
	}
	headline := -1
	for i := range figs {
		if others[i] {
			if figs[i].Role == evidence.RoleHeadline {
				figs[i].Role = ""
			}
			if figs[i].Role != evidence.RoleThreshold {
				figs[i].Key = ""
			}
			continue
		}
		if headline < 0 && figs[i].Role.Measured() && figs[i].Role != evidence.RoleChange && (inOwnClause(text, own, figs[i].Offset) || figs[i].Offset < rival) {
			headline = i
		}
	}
	if headline >= 0 {
		for i := range figs {
			if figs[i].Role == evidence.RoleHeadline {
				figs[i].Role = ""
			}
		}
		if figs[headline].Role == "" {
			figs[headline].Role = evidence.RoleHeadline
		}
	}
}

// inOwnClause reports a position in the clause of one of the writer's
// own findings (own): after "our survey found", before the next comma
// or semicolon.
func inOwnClause(text string, own [][]int, pos int) bool {
	for _, m := range own {
		end := len(text)
		if k := strings.IndexAny(text[m[1]:], ",;"); k >= 0 {
			end = m[1] + k
		}
		if pos >= m[1] && pos < end {
			return true
		}
	}
	return false
}
