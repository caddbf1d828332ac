package library

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture: what a report prints that is not evidence (imprints,
// copyright and charity lines, contact blocks, back matter, a title page's
// masthead and subtitle) is told here by its wording and left out of the
// stored body.

var (
	legalRe = lazyre.New(`(?i)^(?:©|copyright\b|crown copyright)|\bISBN\b|\bISSN\b|all rights reserved|\bregistered charity\b|company limited by guarantee|^(?:to cite|please cite|cite this|suggested citation)\b|^this (?:inspection|review|report|briefing|research|study|paper|guidance) was (?:carried out|written|led|conducted|produced|prepared|authored) by:|^sources?:|charity (?:registration )?(?:number|no\.?)\s*\d|company (?:number|no\.?|registration)\s*\d|registered (?:in england|office)|open government licen[cs]e|^published (?:by|in|on behalf of)\b|^first published\b|^(?:[\w-]+\s+)?edition (?:was |first )?published\b|^produced (?:with the support of|in partnership with|on behalf of)\b|^disclaimer\b|^(?:the )?[^.,;:]{1,80} (?:is|are) hosted (?:by|at|within)\b|^produced by (?:the )?[^.,]{1,80}?\b(?:team|unit|service|directorate|department|office|division|observatory)\b|^this (?:chapter|report|briefing|document|paper|publication|bulletin) is (?:one|part) of (?:a|the|our) series\b|^if you (?:need|would like|require|want) (?:this|these|a copy of this|a copy of these) (?:documents?|reports?|publications?|chapters?|information|pages?|leaflets?) in (?:an?other|an alternative|a different|other|alternative) (?:formats?|languages?)|^(?:lead )?author(?:s|\(s\))?:|^next review (?:due|date)\b|^this (?:publication|report|document) (?:is|was) (?:available|published|licensed)|^this (?:report|briefing|paper|publication|document|review|guide|study|chapter) was (?:written|authored|prepared|compiled) by\s+\S|\bthe views expressed (?:in this (?:report|publication|document|paper|briefing) )?are (?:those of the|the) authors?\b|\bposed by models?\b|^(?:cover |front cover )?(?:photograph|photo|image|illustration|picture)s?(?: credits?)?\s*(?::|©|\bby\b|\bcourtesy\b)|\bcontains (?:ordnance survey|os) data\b|\bopenstreetmap contributors\b|\bcrown copyright and database rights?\b|^about this (?:briefing|report|paper|publication|document|booklet)\s*:?\s*(?:it\s+was\s+)?written by\b|^(?:this|the) (?:booklet|leaflet|guide|briefing|summary|report|document|publication) is (?:also )?available in (?:an? )?(?:easy read|large print|braille|audio|other formats|alternative formats|other languages)|^(?:(?:panel|committee|board|review|steering group|working group|task and finish group)\s+)?members(?:hip)?(?:\s+of\s+the\s+(?:panel|committee|board|group|review))?\s*:`)
	// contactTokenRe: an e-mail or web address, a UK phone number or a
	// postcode.
	contactTokenRe = `(?i:\bfreepost\b)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|\bwww\.\S+|\S+\.(?:org|com|gov|nhs|ac|co)\.uk\S*|\S+\.(?:org|com|net)\b\S*|(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b`
	// copyrightCRe is "(c)" written for "©": before a year or a name and a
	// year ("(c) 2024", "(c) Crown copyright", "(c) The King's Fund 2024"),
	// never the third of a lettered list ("(c) fund youth-friendly
	// services by 2027").
	copyrightCRe  = lazyre.New(`^\([cC]\)\s+(?:(?:19|20)\d\d\b|[Cc]rown\b|\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|for|and|&))*,?\s+(?:19|20)\d\d\b)`)
	contactOnlyRe = lazyre.New(contactTokenRe)
	contactRe     = lazyre.New(`(?i)` + contactTokenRe + `|@[\w.-]*\w|\b(?:telephone|tel|phone|textphone|email|e-mail|web|website|fax|twitter|follow us(?: on)?|find us(?: on)?|contact us|visit|call|x|t|facebook|instagram|linkedin|bluesky|threads|youtube|tiktok)\b:?`)
	// contactHintRe is in every contact line: an @, a digit, a web or
	// e-mail address, or the name of a social network.
	contactHintRe = lazyre.New(`(?i)[@0-9]|www\.|://|\.(?:org|com|net|gov|nhs|ac|co)\b|\b(?:twitter|facebook|instagram|linkedin|bluesky|threads|youtube|tiktok)\b`)
	closingRe     = lazyre.New(`(?i)^(?:yours (?:sincerely|faithfully|truly)|kind regards|best wishes|with best wishes|regards)[,.]?$`)
)

// furniture: an imprint, copyright or contact block, not evidence. A
// heading is furniture only when it is a contact or imprint line set
// large, as a back cover sets its address, handles and charity number.
func furniture(u *unit) bool {
	if u.kind != paraUnit && u.kind != itemUnit && u.kind != headingUnit {
		return false
	}
	if u.kind != headingUnit && isBoilerplateParagraph(u.text) {
		return true
	}
	words := len(strings.Fields(u.text))
	if words <= 60 && mayBeLegal(u.text) && (legalRe.MatchString(u.text) || copyrightCRe.MatchString(u.text)) {
		return true
	}
	if words > 60 {
		return false
	}
	contact := false
	for _, p := range u.lines {
		if isFurnitureText(p.text) && u.kind != headingUnit {
			// "Sign up for our research bulletin at ..." under the
			// back cover's address.
			continue
		}
		// Every contact line has an @, a digit, a web address or a
		// social network's name: most lines are told at a glance.
		if !contactHintRe.MatchString(p.text) {
			return false
		}
		rest := contactRe.ReplaceAllString(p.text, " ")
		hasContact := rest != p.text
		if !hasContact || len(strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })) >= 6 && !postcodeLine(p.text) {
			return false
		}
		contact = true
	}
	return contact
}

// legalWords are in every line legalRe matches: a cheap test first.
var legalWords = []string{"©", "(c)", "copyright", "isbn", "issn", "rights reserved", "registered", "charity", "company", "licen", "published", "this ", "cite", "citation", "source", "produced", "if you", "author", "next review", "views expressed", "posed by", "photo", "image", "illustration", "picture", "members", "available", "disclaimer", "hosted"}

func mayBeLegal(t string) bool {
	lower := strings.ToLower(t)
	for _, w := range legalWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

var postcodeRe = lazyre.New(`\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b`)

// postcodeLine: an address line ("1 Market Square, Northfield NF1 2AB").
func postcodeLine(s string) bool {
	return postcodeRe.MatchString(s) && len(strings.Fields(s)) <= 14
}

var (
	backMatterRe = lazyre.New(`(?i)^(?:\d{1,2}\.?\s+)?(?:references|bibliography|endnotes|notes|sources|further (?:information|reading)|useful (?:links|resources|contacts)|contact(?: us| details| information)?|get in touch|keep in touch|how to contact us|acknowledge?ments|about (?:us|the authors?)|(?:chapter|document|publication) (?:information|details|control)|glossary(?: of (?:key )?terms)?|(?:list of )?(?:abbreviations|acronyms)(?: (?:and|&) (?:acronyms|abbreviations|definitions|glossary))?|definitions(?: of terms)?|key terms|terms used(?: in this (?:report|document|guideline|guidance|quality standard))?|(?:terms|words) (?:we use|we have used|used in this (?:report|document))|jargon buster|what (?:these|the|our) words mean|(?:list of )?background (?:papers|documents))$`)
	aboutRe      = lazyre.New(`(?i)^about (?:the )?(\S+(?: \S+){0,3})$`)
	ownWorkRe    = lazyre.New(`(?i)\b(?:this|the|our|these) (?:citizens['’] )?(?:report|review|briefing|survey|data|guidance|paper|study|research|visit|visits|inspection|inquiry|consultation|audit|evaluation|response|findings|recommendations|approach|methods?|methodology|evidence|census|poll|questionnaire|sample|analysis|statistics|figures|interviews|jury|juries|assembly|pilot|project|programme|participants|day|event|events|workshops?|sessions?|conference|seminar|summit|focus\s+groups?|listening events?|engagement)\b|\bthis\b`)
)

// backMatter: a heading over references, acknowledgements, contacts or a
// note about the publisher ("About the RCPCH"), not over the report's own
// findings ("About this report", an Enter and View report's "About the
// visit", a consultation reply's "About our response": "our" names the
// report's own work as "this" does, where "About our charity" names the
// publisher). The people and meetings a report's method brought together
// are its own work too: a citizens' jury report's "About the jury", "About
// the workshops", "About the pilot", a write-up's "About the day" (the
// event it reports, who came and what they did).
func backMatter(h string) bool {
	return backMatterRe.MatchString(h) && !openingAbout(h) || aboutRe.MatchString(h) && !ownWorkRe.MatchString(h) && !ownServiceAbout(h)
}

// titlePageText keeps of a title page (or a cover sheet) only paragraphs of
// sentences set near the body's size, and the heading right above one: the
// masthead, title, subtitle, date, contact lines and a cover sheet's form
// of labels and values are not evidence.
func (l *layout) titlePageText(us []*unit) []*unit {
	var out []*unit
	top := 0.0 // the title's size: the page's largest text
	for _, u := range us {
		top = max(top, u.style.size)
	}
	for i, u := range us {
		prose := func(u *unit) bool {
			return (u.kind == paraUnit || u.kind == itemUnit) && len(strings.Fields(u.text)) >= 12 &&
				terminalRe.MatchString(u.text) && u.style.size <= 1.1*l.body.size
		}
		switch {
		case prose(u):
			out = append(out, u)
		case u.kind == headingUnit && i+1 < len(us) && prose(us[i+1]) && (u.style.size < 1.3*l.body.size || u.style.bold && u.style.size < 0.8*top):
			// A bold heading set well under the title ("Foreword" over the
			// foreword's first paragraph) is the section's, as a small one
			// is; the title and a subtitle not set bold are not.
			out = append(out, u)
		}
	}
	return out
}

var (
	// officeRe names an office a signatory holds: "Independent Chair",
	// "Clinical Lead and Network Manager", "Director of Public Health".
	officeRe = lazyre.New(`(?i)\b(?:chair(?:man|woman|person)?|co-chairs?|chief executive|director|lead|manager|head of|officer|president|commissioner|chief nurse|convenor)\b`)
	// titledNameRe opens with a person's title and name: "Dr Owen Treharne".
	titledNameRe = lazyre.New(`^(?:Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Dame|Sir|Baroness|Lord|Lady|Cllr|Councillor)\.?\s+[A-Z][a-z'’-]+\s+[A-Z]`)
	// officeStartRe opens with an office: "Chair of", "Independent Chair".
	officeStartRe = lazyre.New(`(?i)^(?:(?:independent|deputy|vice|joint|interim|acting|executive|clinical|medical|managing|co-)\s*)*(?:chair(?:man|woman|person)?|chief executive|director|head of|lead|manager|officer|president|commissioner|chief nurse|convenor)\b`)
	// nameCommaRe opens with a person's name and a comma.
	nameCommaRe = lazyre.New(`^(?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Dame|Sir|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2},\s`)
	// nameLineRe is a line holding only a person's name.
	nameLineRe = lazyre.New(`^(?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Dame|Sir|Baroness|Lord|Lady|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}$`)
)

// signedOffice reports a signatory's office under a foreword or letter: a
// short line with no full stop naming an office, under a line holding a
// name or opening with a titled name itself. before are the units above u.
func signedOffice(u *unit, before []*unit) bool {
	if u.kind != paraUnit || terminalRe.MatchString(u.text) || len(strings.Fields(u.text)) > 16 || !officeRe.MatchString(u.text) {
		return false
	}
	if titledNameRe.MatchString(u.text) || nameCommaRe.MatchString(u.text) && officeStartRe.MatchString(strings.TrimSpace(u.text[strings.Index(u.text, ",")+1:])) {
		// "Jo Whitlock, Chair of Rushmere Parent Carer Forum": the name
		// and the office on one line.
		return true
	}
	// The name may be set in bold, and so read as a heading.
	return len(before) > 0 && (before[len(before)-1].kind == paraUnit || before[len(before)-1].kind == headingUnit) &&
		nameLineRe.MatchString(before[len(before)-1].text)
}
