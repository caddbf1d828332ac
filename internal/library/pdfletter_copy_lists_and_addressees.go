package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A letter's copy list and its addressee's block. Under the signature a
// letter lists who it is copied to, "cc:" over a line a person ("Dr A
// Name, Chair, Harrowby ICB"); its lines, with no sentence among them,
// were joined into one paragraph past the signature's length and kept as
// the letter's text. Over the salutation it sets its addressee's name,
// post, body and address, which were kept as a paragraph naming a street.

// copyListRe is the label of a letter's copy list, alone or opening it.
var copyListRe = lazyre.New(`(?i)^(?:cc|c\.c\.|copy|copies|copied)(?:\s+to)?\s*:`)

// dropCopyList leaves out a letter's copy list: its "cc:" label and the
// paragraphs under it on its page that end no sentence (a line a person,
// their post and body), up to the next heading.
func dropCopyList(us []*unit) []*unit {
	out := make([]*unit, 0, len(us))
	for i := 0; i < len(us); i++ {
		u := us[i]
		if u.kind == headingUnit || u.box || !copyListRe.MatchString(strings.TrimSpace(u.text)) || len(strings.Fields(u.text)) > 60 {
			out = append(out, u)
			continue
		}
		j := i + 1
		for j < len(us) && j <= i+12 && us[j].kind != headingUnit && us[j].pdfPage == u.pdfPage && !strings.HasSuffix(strings.TrimSpace(us[j].text), ".") {
			j++
		}
		i = j - 1
	}
	return out
}

// streetRe is a street address: a number and a street's name ending in
// its kind, "14 Quay Road", "3 Kirkstall Quay".
var streetRe = lazyre.New(`\b\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Road|Street|Quay|Lane|Avenue|Way|Place|Square|Court|Drive|Row|Terrace|Wharf|Park|Hill|Gardens|Crescent|Close|Walk|Parade|Gate|Yard|Mews|Green)\b`)

// dropAddressee leaves out, above a letter's salutation ("Dear Sarah,"),
// the short paragraphs that name a street and end no sentence: the
// addressee's block. A letter with no salutation keeps every paragraph.
func dropAddressee(us []*unit) []*unit {
	k := -1
	for i, u := range us {
		if u.kind == paraUnit && salutationRe.MatchString(strings.TrimSpace(u.text)) {
			k = i
			break
		}
	}
	if k <= 0 {
		return us
	}
	out := make([]*unit, 0, len(us))
	for i, u := range us {
		t := strings.TrimSpace(u.text)
		if i < k && u.kind == paraUnit && len(strings.Fields(t)) <= 20 && streetRe.MatchString(t) && !strings.HasSuffix(t, ".") {
			continue
		}
		out = append(out, u)
	}
	return out
}

// addresseeLabelRe labels a letter's addressee block: "To:", "FAO:".
var addresseeLabelRe = lazyre.New(`(?i)^(?:to|fao|f\.a\.o\.|for\s+the\s+attention\s+of|addressee)\s*:`)

// aboveAddressee is the rows above a letter's "To:" label: under it the
// letter names its addressee, their post and their body ("Chief
// Executive", "Harrowby ICB"), whose name is no masthead of the letter's
// writer.
func aboveAddressee(rs []*row) []*row {
	for k, r := range rs {
		if addresseeLabelRe.MatchString(strings.TrimSpace(r.text())) {
			return rs[:k]
		}
	}
	return rs
}
