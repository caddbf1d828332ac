package evidence

import (
	"github.com/cypx/cypx/internal/lazyre"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How an author field is read into names. A field is split at its
// semicolons, then each part into tokens at its commas and at "and" and
// "&"; tokens are then joined back where they write one name:
//
//   - a body's remit written as a list, "Department for Environment,
//     Food and Rural Affairs" (remitNames);
//   - a person written surname first, "Smith, Jane", "Smith, J."
//     (surnameFirstNames);
//   - "and" inside a body's name, "Department of Health and Social Care",
//     but not between a person and a body, "Jane Smith and NHS Providers"
//     (bodyNames).
//
// Before that, a person's body in brackets is dropped and other brackets
// hidden from the splitting (withoutAffiliations), and "et al." marks
// authors not named (authorTokens).
//
// Every style, record format and `cypx check` reads names through Authors,
// so they cite one reading.

// nameToken is one piece of an author field and the separator written
// before it (", ", " and ", " & ", or "" for the first).
type nameToken struct{ sep, text string }

// authorTokens splits one semicolon-separated part of an author field at
// its commas and at "and" and "&", each token without the words that
// name no one (nameWords, withoutPostNominals). A token left empty ("PhD"
// after a comma, a stray U+FFFC) is dropped.
//
// "et al." closing a name, or "others" or "colleagues" after "and", is no
// name: it says the field names some of more authors (more).
func authorTokens(part string) (out []nameToken, more bool) {
	for i, piece := range strings.Split(part, ",") {
		sep := ", "
		if i == 0 {
			sep = ""
		}
		for _, and := range splitAnd(piece) {
			if and.sep != "" {
				// ", and " (the serial comma) keeps its comma as written.
				sep = strings.TrimSuffix(sep, " ") + and.sep
			}
			for k, side := range slashSides(and.text) {
				if k > 0 {
					sep = "/"
				}
				n := nameWords(side)
				if loc := etAlRe.FindStringIndex(n); loc != nil {
					n, more = strings.TrimSpace(n[:loc[0]]), true
				}
				n = withoutPostNominals(n)
				if isAnd(sep) && othersWords[n] {
					n, more = "", true
				}
				if len(out) > 0 && roleAlone(n) {
					n = ""
				}
				// A token left empty leaves its separator to the next.
				if n != "" {
					out = append(out, nameToken{sep: sep, text: n})
					sep = ""
				}
			}
		}
	}
	if len(out) > 0 {
		out[0].sep = ""
	}
	return out, more
}

// roleAlone reports whether a token is only an editor's role or a title
// that is no surname ("editor", "eds.", "Dr", "Prof."), written after a
// name and a comma:
// it names no one. "Ed" alone is a given name ("Miliband, Ed"), so the
// role is "ed." in lower case, or "Eds."; before, "Jane Smith, editor"
// was cited "(Smith and editor, 2024)".
func roleAlone(t string) bool {
	switch t {
	case "ed", "ed.", "eds", "eds.", "Eds", "Eds.":
		return true
	}
	switch strings.ToLower(t) {
	case "editor", "editors", "ed. by", "edited by":
		return true
	}
	// Titles that are no surname too ("Lord", "Baron" are).
	switch strings.TrimSuffix(t, ".") {
	case "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Mx", "Rev", "Revd", "Cllr":
		return true
	}
	return false
}

// bracketRe is a part of an author field in brackets, with the space
// before it.
var bracketRe = lazyre.New(`\s*\([^()]*\)`)

// acronymRe is a body's abbreviation: "RCPCH", "DfE", "NHSE".
var acronymRe = lazyre.New(`^\(\p{Lu}[\p{L}&]*\p{Lu}[\p{L}]*\)$`)

// withoutAffiliations is an author field part without what its brackets
// hold after a person's name ("Jane Smith (NHS Providers)": where she
// works, no name and no author) or a body's abbreviation ("... Child
// Health (RCPCH)", cited by its name in full). Other brackets
// ("Healthwatch (Westmere)") are kept as written, their commas and "and"
// no separators. Before, "Jane Smith
// (NHS Providers)" was one body, cited whole, and "Royal College of
// Paediatrics and Child Health (RCPCH)" two bodies.
func withoutAffiliations(part string) string {
	if !strings.Contains(part, "(") {
		return part
	}
	var out strings.Builder
	last := 0
	for _, loc := range bracketRe.FindAllStringIndex(part, -1) {
		before, span := part[last:loc[0]], part[loc[0]:loc[1]]
		out.WriteString(before)
		last = loc[1]
		if acronymRe.MatchString(strings.TrimSpace(span)) || personNamed(nameWords(lastName(out.String()))) {
			continue
		}
		out.WriteString(bracketMask.Replace(span))
	}
	out.WriteString(part[last:])
	return out.String()
}

// lastName is the text of a field after its last separator: the name
// that a bracket after it follows.
func lastName(s string) string {
	end := 0
	for _, sep := range []string{",", " and ", " & "} {
		if i := strings.LastIndex(s, sep); i >= 0 && i+len(sep) > end {
			end = i + len(sep)
		}
	}
	return s[end:]
}

// bracketMask hides the separators inside brackets kept in a name, and
// bracketUnmask brings them back once the names are read.
var (
	bracketMask   = strings.NewReplacer(",", "\x1e", " and ", "\x1fand\x1f", " & ", "\x1f&\x1f", " ", "\x1f")
	bracketUnmask = strings.NewReplacer("\x1e", ",", "\x1f", " ")
)

// etAlRe is "et al." ending a name ("Jane Smith et al.") or written alone.
var etAlRe = lazyre.New(`(?i)(?:^|\s)et\.?\s*al\.?$`)

// othersWords stand after "and" for authors not named ("Jane Smith and
// colleagues").
var othersWords = map[string]bool{"others": true, "colleagues": true, "co-authors": true, "coauthors": true}

// splitAnd splits text at " and " and " & ", each piece with the word
// written before it. A piece after a comma that opens with its "and"
// (the serial comma: "Food, and Rural Affairs") has the space before it.
func splitAnd(text string) []nameToken {
	var out []nameToken
	sep := ""
	for {
		i, word := nextAnd(text)
		if i < 0 {
			return append(out, nameToken{sep: sep, text: text})
		}
		out = append(out, nameToken{sep: sep, text: text[:i]})
		sep, text = word, text[i+len(word):]
	}
}

// nextAnd is where the first " and " or " & " in text is, and which, as
// written. "and" is read in any case ("AND", "And"): a field written in
// capitals, or a byline that writes its "and" so, parts its names as any
// other. Before, "JANE SMITH AND BOB LEE" was read as one person of five
// words, and no person (hostile check 50).
func nextAnd(text string) (int, string) {
	a, b := indexAnd(text), strings.Index(text, " & ")
	switch {
	case a < 0 && b < 0:
		return -1, ""
	case b < 0 || a >= 0 && a < b:
		return a, text[a : a+len(" and ")]
	}
	return b, " & "
}

// indexAnd is where the first " and " in text is, in any case, or -1.
func indexAnd(text string) int {
	for i := 0; i+len(" and ") <= len(text); i++ {
		if text[i] == ' ' && text[i+4] == ' ' && strings.EqualFold(text[i+1:i+4], "and") {
			return i
		}
	}
	return -1
}

// readNames joins an author field part's tokens back into the names they
// write, in the order remits, surnames first, then bodies' "and".
func readNames(toks []nameToken) []nameToken {
	if len(toks) < 2 {
		return toks
	}
	return bodyNames(surnameFirstNames(remitNames(toks)))
}

// isAnd reports whether a separator is "and" or "&" (", and " too).
func isAnd(sep string) bool {
	return len(sep) >= len(" and ") && strings.EqualFold(sep[len(sep)-len(" and "):], " and ") || strings.HasSuffix(sep, " & ")
}

// joined is a and b as one token, with the separator written between.
func joined(a, b nameToken) nameToken { return nameToken{sep: a.sep, text: a.text + b.sep + b.text} }

// remitNames keeps whole a body named for its remit in a list: a body
// with "of" or "for" in its name, then items after commas, the last after
// "and" ("Department of Health, Social Services and Public Safety",
// "Department for Digital, Culture, Media and Sport"), each item a
// subject, not a person or a body of its own. Before, the commas split
// it: "Department for Environment, Food and Rural Affairs" was cited as
// three authors, one of them "Affairs, R.". A list that does not end in
// "and" and holds a word alone ("Department for Education, Ofqual"), or
// names a body or a person ("Department for Education, NHS England and
// Ofsted", "Department for Education, Local Government Association"),
// stays a list.
func remitNames(toks []nameToken) []nameToken {
	var out []nameToken
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if end := remitEnd(toks, i); end > i {
			for _, item := range toks[i+1 : end+1] {
				t = joined(t, item)
			}
			i = end
		}
		out = append(out, t)
	}
	return out
}

// remitEnd is the index of the last item of the remit list that the
// body at toks[i] heads, or i when it heads none.
func remitEnd(toks []nameToken, i int) int {
	if i+1 >= len(toks) || toks[i+1].sep != ", " || !hasInnerWord(toks[i].text, "of", "for") || !Corporate(toks[i].text) {
		return i
	}
	phrases := true
	for j := i + 1; j < len(toks) && remitItem(toks[j].text); j++ {
		phrases = phrases && strings.Contains(toks[j].text, " ")
		if !isAnd(toks[j].sep) {
			if j == len(toks)-1 && phrases {
				// The field ends on subjects of two words or more, no
				// person's name and no body's: "Department of Health,
				// Social Care" is one body, not "Care, S.".
				return j
			}
			continue
		}
		if j > i+1 {
			return j
		}
		return i
	}
	return i
}

// remitItem reports whether a token may be an item of a body's remit
// ("Food", "Rural Affairs", "Social Services", "Local Government"): a
// few words, not a person, not "the" something, and no body's name
// unless only by a word a remit names ("Government", "Services").
func remitItem(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 3 || personShaped(t) || startsLower(words[0]) || initialsOnly(t) {
		return false
	}
	for _, w := range words {
		if corporateWords[w] && !remitWords[w] || placeWords[w] {
			return false
		}
	}
	return !hasInnerWord(t, "of", "for", "the")
}

// remitWords are words bodies are named by that a remit names too
// ("Ministry of Housing, Communities and Local Government").
var remitWords = map[string]bool{"Government": true, "Services": true, "Service": true}

// surnameFirstNames reads names written surname first, as reference
// lists and PDF metadata write them: "Smith, J." anywhere, and "Smith,
// Jane" where every name of the part is so written (or is a body's):
// "Smith, Jane", "Smith, Jane and Doe, Anne", "Ó Briain, Dara and NHS
// Providers". Before, "Smith, Jane" was two authors, cited "(Smith and
// Jane, 2024)". "Gault, Lee and Khan" is three surnames, as an in-text
// citation writes them, and "Smith, Jane, Doe, Anne" stays four names:
// which are surnames, the field does not say.
func surnameFirstNames(toks []nameToken) []nameToken {
	if !slices.ContainsFunc(toks, func(t nameToken) bool { return t.sep == ", " }) {
		return toks
	}
	full := allSurnameFirst(toks)
	var out []nameToken
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && toks[i+1].sep == ", " {
			titles, fam := splitTitles(toks[i].text)
			giv := toks[i+1].text
			initials := !initialsOnly(fam) && initialsOnly(giv)
			if initials || full && surnameShaped(fam) && givenShaped(giv) {
				if initialsOnly(giv) {
					giv = spacedInitials(giv)
				} else if first, rest, _ := strings.Cut(giv, " "); len(first) > 2 && strings.HasSuffix(first, ".") {
					// "Smith, Jane.": the stop ends the field, not an initial.
					giv = strings.TrimSpace(strings.TrimSuffix(first, ".") + " " + rest)
				}
				out = append(out, nameToken{sep: toks[i].sep, text: strings.TrimSpace(titles + " " + giv + " " + fam)})
				i++
				continue
			}
		}
		out = append(out, toks[i])
	}
	return out
}

// allSurnameFirst reports whether every name of a part, between its
// "and"s, is a surname, a comma and a given name, or a body's name.
func allSurnameFirst(toks []nameToken) bool {
	pairs := 0
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].sep == ", " {
			j++
		}
		switch {
		case j-i == 2 && surnameShaped(toks[i].text) && givenShaped(toks[i+1].text):
			pairs++
		case j-i == 1 && Corporate(toks[i].text):
		default:
			return false
		}
		i = j
	}
	return pairs > 0
}

// surnameRe is a surname alone, with any particles or Gaelic prefix
// written apart: "Smith", "O'Neill", "van der Berg", "Ó Briain".
var surnameRe = lazyre.New(`^(?:(?:Ó|O|Mac|Mc|Mhic|Ní|Nic|Ni|Uí|Ua|\p{Ll}+)\s+)*\p{Lu}[\p{L}'’-]+$`)

// givenRe is given names written after a surname: "Jane", "Mary-Jo",
// "Jane A.", "Jane A. B.", up to three names, "Jane Mary" (before, two
// names were no given name: "Smith, Jane Mary" was cited "(Smith and
// Mary, 2024)").
var givenRe = lazyre.New(`^\p{Lu}[\p{L}'’-]+\.?(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s+\p{Lu}\.?)*$`)

// surnameShaped reports whether t is a surname alone, after any title
// ("Dr Smith, Jane"); a place is one ("England, Jane"), as a body's word
// is not.
func surnameShaped(t string) bool {
	_, t = splitTitles(t)
	return surnameRe.MatchString(t) && (!Corporate(t) || placeWords[t])
}

// splitTitles is a name's titles ("Dr", "Professor Sir") and the rest:
// a surname written first keeps its title before the given name, "Dr
// Smith, Jane" being "Dr Jane Smith". Before, the title stuck to the
// surname: "Dr Smith, Jane" was two authors, "Prof Smith, J." "J. Prof
// Smith".
func splitTitles(name string) (titles, rest string) {
	words := strings.Fields(name)
	kept := stripTitles(words)
	if len(kept) == len(words) {
		return "", name
	}
	return strings.Join(words[:len(words)-len(kept)], " "), strings.Join(kept, " ")
}

// givenShaped reports whether t is a given name or initials, after any
// title ("Smith, Dr Jane").
func givenShaped(t string) bool {
	t = strings.Join(stripTitles(strings.Fields(t)), " ")
	return (givenRe.MatchString(t) || initialsOnly(t)) && !Corporate(t)
}

// bodyNames joins tokens split at "and" back into one name where the
// "and" is inside a body's name: a body and a part that is no body and
// no person ("Department of Health" and "Social Care", "Health" and
// "Social Care Board"). Two bodies, two people, or a person and a body
// ("Jane Smith and NHS Providers", "Jane Smith and the Health
// Foundation") stay apart. Before, a person joined to a body by "and"
// was one body: "(Jane Smith and the Health Foundation, 2024)".
func bodyNames(toks []nameToken) []nameToken {
	var out []nameToken
	for _, t := range toks {
		if n := len(out); n > 0 && isAnd(t.sep) && oneBody(out[n-1].text, t.text) {
			out[n-1] = joined(out[n-1], t)
			continue
		}
		out = append(out, t)
	}
	return out
}

// oneBody reports whether "a and b" is one body's name.
func oneBody(a, b string) bool {
	ca, cb := Corporate(a), Corporate(b)
	switch {
	case ca == cb:
		return false
	case ca:
		return !personNamed(b)
	}
	// "the" opens a name of its own: "... and the Health Foundation".
	return !startsLower(b) && !personNamed(a)
}

// personNamed reports whether a name, beside a body's, is a person's:
// written as one (personShaped), or plainly a name (plainPersonName).
// Where "and" or a bracket parts a person from a body, a name need not
// open with a given name the list knows: "NHS Providers and Aarav Patel"
// is two authors. The stricter personShaped still decides where a name
// alone could be a body's too ("Sport England", a remit's "Rural
// Affairs").
func personNamed(name string) bool { return personShaped(name) || plainPersonName(name) }

// plainPersonName reports whether a name is two or three capitalised
// words, with any surname prefixes and particles between them ("Siobhán
// Ní Bhriain", "Rachel de Souza"), none of them a word a body is named
// by (notPersonWords, corporateWords, placeWords), an acronym or a
// possessive. It guesses: a body named by two plain words ("Youth
// Access" is caught by its words, "Bright Futures" too, but not every
// such body is) reads as a person.
func plainPersonName(name string) bool {
	words := strings.Fields(name)
	named := 0
	for i, w := range words {
		switch {
		case surnamePrefixes[w] && i > 0 && i < len(words)-1:
			continue
		case startsLower(w) && i > 0 && i < len(words)-1 && !connectorWords[w]:
			continue // "de", "van der"
		case !nameWordRe.MatchString(w) || possessive(w) || corporateWords[w] || placeWords[w] || notPersonWords[w]:
			return false
		}
		named++
	}
	return named >= 2 && named <= 3
}

// nameWordRe is one word of a person's name: a capital, then letters in
// lower case, with hyphens and apostrophes ("Mensah-Bonsu", "O'Neill",
// "McDonald"); an acronym ("NHS", "UK") is none.
var nameWordRe = lazyre.New(`^\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)*$`)

// connectorWords join a body's name and never a person's.
var connectorWords = map[string]bool{"and": true, "of": true, "for": true, "the": true, "on": true, "in": true, "at": true, "to": true, "with": true}

// notPersonWords are words bodies are named by that corporateWords
// leaves out because a surname alone may be one ("Care", "Health"), or
// because they name a body's field: a name holding one is no plain
// person's name ("Child Health", "Rural Affairs", "Young Minds").
var notPersonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		Care Health Affairs Studies Policy Research Education Skills Medicine Science Sciences Justice Rights
		Action Aid Support Matters Minds Voice Voices Access Together Futures Future Youth Children Child
		People Family Families Mental Public Social National Royal British Local International Global
		Community Communities Carers Parents Women Girls Boys Kids Learning Development Hospital Hospitals
		Clinic Practice Surgery School Schools Academy Press News Media Times Review Journal Report Works
		Project Projects Initiative Campaign Hub Lab Labs Digital Data Insight Insights Economics Consulting
		Associates Partners Solutions Commissioner Ombudsman Bureau Union Institution Watch Helpline Lives
		Housing Employment Welfare Wellbeing Medical Clinical Nursing Dental Paediatrics Psychiatry Therapy
		Disability Autism Epilepsy Diabetes Cancer Safeguarding Protection Online Midlands Yorkshire London
		Region Regional County Borough District City Safety Sport Play Food Energy Environment Transport`) {
		m[w] = true
	}
	return m
}()

// hasInnerWord reports whether one of words is a word of name other than
// its first or last ("Department of Health": "of").
func hasInnerWord(name string, words ...string) bool {
	ws := strings.Fields(name)
	for i := 1; i < len(ws)-1; i++ {
		for _, w := range words {
			if ws[i] == w {
				return true
			}
		}
	}
	return false
}

// personShaped reports whether a name is written as a person's: after a
// title ("Dr Jane England"), before letters after a name ("Mark Wales
// MBE"), with initials ("J. England", "Smith J"), or opening with a
// common given name ("Jane England"). A name this does not recognise is
// not a body for that: it is just not known to be a person.
func personShaped(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	if len(stripTitles(words)) < len(words) && len(stripTitles(words)) > 0 {
		return true
	}
	last := words[len(words)-1]
	if len(words) > 1 && postNominals[strings.ReplaceAll(last, ".", "")] {
		return true
	}
	if len(words) > 1 && initialsOnly(words[0]) && !initialsOnly(last) {
		return true
	}
	if len(words) > 1 && initialsOnly(last) && !initialsOnly(words[0]) && !corporateWords[words[0]] && !corporateWords[last] {
		return true
	}
	if !givenNames[words[0]] {
		return false
	}
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !startsLower(w) {
			return false
		}
	}
	return true
}

// PersonShaped reports whether a name is written as a person's, as the
// author field tells a person from a body (personShaped): a title before
// it, letters after it, initials, or a common given name first. An
// importer tells a person named after another ("Jane Smith, Alice Head")
// from a post ("Jane Smith, Policy Officer") so.
func PersonShaped(name string) bool { return personShaped(name) }

// stripTitles is a name's words without the titles before it ("Dr",
// "Professor Sir", "The Rt Hon", "Baroness").
func stripTitles(words []string) []string {
	for len(words) > 1 {
		switch {
		case honorifics[strings.TrimSuffix(words[0], ".")]:
			words = words[1:]
		case words[0] == "The" && len(words) > 2 && honorifics[strings.TrimSuffix(words[1], ".")]:
			words = words[1:]
		default:
			return words
		}
	}
	return words
}

// placeWords are places bodies are named by that are also surnames
// ("Sport England", "Jane England"): a name with one is a body unless it
// is written as a person's (personShaped) and ends with the place.
var placeWords = map[string]bool{"England": true, "Wales": true, "Scotland": true, "Ireland": true, "Britain": true}

// placeNamesPerson reports whether a name with a place word in it names
// a person: the place is its last word and the name is a person's.
func placeNamesPerson(words []string) bool {
	return len(words) > 1 && placeWords[words[len(words)-1]] && personShaped(strings.Join(words, " "))
}

// possessive reports whether a word is a possessive ("Children's",
// "Women’s"), which a body's name holds ("Children's Commissioner",
// "Women's Aid") and a person's does not.
func possessive(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// givenNames are given names common in Britain, which tell "Jane
// England" (a person) from "Sport England" (a body), and "Jane Smith and
// NHS Providers" (two authors) from "Health and Social Care Board" (one).
var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`
		Aaron Abdul Abigail Adam Adrian Ahmed Aidan Aisha Alan Alex Alexander Alexandra Ali Alice Alison Amanda
		Amelia Amy Andrea Andrew Angela Anil Anita Ann Anna Anne Annie Anthony Asha Ashley Barbara Barry Beatrice
		Ben Benjamin Bernard Beth Bethany Bob Brenda Brian Bridget Callum Cameron Carl Carol Caroline Catherine
		Charles Charlie Charlotte Chloe Chris Christine Christopher Claire Clare Colin Conor Craig Daniel Danielle
		Dara Darren David Dawn Dean Deborah Debbie Declan Denise Derek Diana Diane Dominic Donna Dorothy Duncan
		Edward Eileen Elaine Eleanor Elizabeth Ella Ellie Emily Emma Eric Erin Fatima Fiona Frances Francesca
		Frank Freya Gail Gareth Gary Gavin Gemma Geoffrey George Georgina Gerald Gillian Gordon Graham Grace
		Hannah Harriet Harry Hassan Hayley Heather Helen Henry Hollie Holly Hugh Iain Ian Imran Isaac Isabel
		Isabella Isobel Jack Jacob Jacqueline James Jamie Jan Jane Janet Jasmine Jason Jean Jennifer Jenny Jeremy
		Jessica Jill Jo Joan Joanna Joanne John Jonathan Joseph Josephine Joshua Joyce Judith Julia Julian Julie
		Justin Karen Kate Katherine Kathleen Kathryn Katie Kay Keith Kelly Kenneth Kerry Kevin Kieran Kim Kirsty
		Laura Lauren Leah Lee Leslie Liam Linda Lisa Liz Lorraine Louise Lucy Luke Lydia Lynn Madeleine Maria
		Marie Mark Martin Mary Matthew Maureen Megan Melanie Michael Michelle Mohammed Mohammad Muhammad Molly
		Naomi Natalie Nathan Neil Nicholas Nicola Nigel Niamh Nina Oliver Olivia Omar Owen Patricia Patrick Paul
		Paula Pauline Peter Philip Phillip Priya Rachel Rajesh Rebecca Richard Robert Robin Roger Ronald Rosie
		Ross Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Seán Shaun Sharon Sheila Simon
		Sophie Stephanie Stephen Steven Stuart Susan Suzanne Tanya Teresa Thomas Tim Timothy Tom Tony Tracey
		Tracy Valerie Vanessa Victoria Vikram Vivienne Wendy William Yasmin Yusuf Zoe Zara Áine Aoife Siobhan
		Ciara Eoin Niall Ruairí Seamus Sinéad Cerys Dafydd Rhys Sian Siân Gwen Huw Ffion Alun Iwan Eilidh Fraser
		Hamish Morag Ewan Kirsten Nuala Ada Ama Kwame Chidi Ngozi Oluwaseun Tunde Amir Arjun Deepak Sunita
		Ravi Rahul Sanjay Meera Anjali Nadia Leila Samira Tariq Usman Bilal Zainab Maryam Farah Hina Ayesha`) {
		m[n] = true
	}
	return m
}()

// slashSides is a name between commas and "and" of an author field parted
// at its slashes where every side of them is a name written as a person's
// (slashName), else the name alone: "Mira Castell/Tom Ashby" and "Mira
// Castell / Tom Ashby" are two people, as "Mira Castell; Tom Ashby" is.
// Before, with no space the two were one name, "Mira Castell/Tom Ashby",
// and a page's author tag so written gave no author; with spaces, in a
// front matter, one four-word name (hostile check 51). A slash with a side
// that is no such name stays as written: "and/or", "A/B testing",
// "she/her", a date ("4/5/2024"), an address, a body's name ("NHS
// England/Improvement").
func slashSides(name string) []string {
	if !strings.Contains(name, "/") {
		return []string{name}
	}
	sides := strings.Split(name, "/")
	for k, side := range sides {
		if k > 0 && JobTitle(side) && !PersonShaped(side) {
			// A post after the names ends them, as after a bar:
			// "Mira Castell/Research Lead" is Mira Castell. Before,
			// the post was read as a second person and cited
			// "Castell and Lead".
			sides = sides[:k]
			break
		}
	}
	if slices.ContainsFunc(sides, func(side string) bool { return !slashName(side) || JobTitle(side) && !PersonShaped(side) }) {
		return []string{name}
	}
	return sides
}

// nameParticles are the words in lower case a person's name may hold
// between its capitalised words ("Bob van der Berg").
var nameParticles = map[string]bool{"de": true, "der": true, "den": true, "van": true, "von": true, "da": true, "di": true, "du": true, "del": true, "dos": true, "das": true, "le": true, "la": true, "bin": true, "al": true}

// slashName reports whether one side of a slash in an author field is
// written as a person's name: two to four words of letters (with ' ’ . -),
// the first and last capitalised, any between capitalised or a particle,
// and no body's name (Corporate).
func slashName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || Corporate(s) {
		return false
	}
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (i == 0 || i == len(words)-1 || !nameParticles[w]) {
			return false
		}
		if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !strings.ContainsRune("'’.-", r) }) {
			return false
		}
	}
	return true
}

// postRe finds a word of a post or a role a person holds ("Policy
// Officer", "Head of Research", "she/her"), read wherever a name may be
// followed by what its bearer does: author fields, bylines, signatures.
var postRe = lazyre.New(`(?i)\b(?:head|headteacher|head\s+teacher|principal|deputy\s+head|senco|director|manager|officer|lead|adviser|advisor|analyst|chief|executive|co-?ordinator|assistant|consultant|nurse|doctor|specialist|researcher|fellow|associate|secretary|chair|chairman|chairwoman|member|editor|correspondent|reporter|president|founder|ceo|cfo|coo|trustee|governor|paediatrician|psychiatrist|psychologist|matron|practitioner|worker|administrator|intern|she/her|he/him|they/them)\b`)

// NamesAPost reports whether s holds a word of a post or a role
// ("Director", "Research Lead", "Nurse Consultant").
func NamesAPost(s string) bool { return postRe.MatchString(s) }

// JobTitle reports a post written after a person's name in an author
// field, no author: one NamesAPost knows, singular or plural ("Policy
// Officer", "Policy Officers"), or a team or desk ("Communications Team",
// "Press Office", "News Desk"). Before, "Policy Officers" was kept as a
// person and "Jane Smith, Communications Team" named no one (hostile
// check 49).
func JobTitle(n string) bool {
	words := strings.Fields(n)
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(words[len(words)-1]) {
	case "team", "teams", "desk", "office", "staff":
		return true
	}
	for i, w := range words {
		words[i] = strings.TrimSuffix(w, "s")
	}
	return postRe.MatchString(n) || postRe.MatchString(strings.Join(words, " "))
}
