package evidence

import (
	"github.com/cypx/cypx/internal/lazyre"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The in-text citations of the author–date styles (Harvard, APA) name the
// author's surname, or the organisation when no person is named, then the
// year, so each leads to the reference that starts with the same name and
// year. Vancouver numbers works; footnotes cite in notes.

// LabelFunc names a source inside an in-text citation ("NHS Providers,
// 2024"). A briefing pack passes its own, which adds a letter to the year
// when the pack cites two works of one author in one year.
type LabelFunc func(Source) string

// InlineCitation is the inline Harvard citation of a source: (NHS Providers, 2024).
func InlineCitation(s Source) string {
	return "(" + CitationLabel(s) + ")"
}

// ItemCitation is the inline Harvard citation of one item, with its page
// when the source is paginated: (CQC, 2018, p. 12). Coverage whose finding
// was found in its primary source cites the primary first:
// (NHS Providers, 2024; reported by Gault, 2024).
func ItemCitation(it Item) string { return ItemCitationBy(it, CitationLabel) }

// ItemCitationBy is ItemCitation with sources named by label.
func ItemCitationBy(it Item, label LabelFunc) string {
	return "(" + itemLabel(it, label, "cited in") + ")"
}

// ItemLabel is an item's in-text citation in an author–date style without
// its brackets, for a line that cites an item beside a value ("Other
// sources give 46% for this measure: Tes, 2024"): the same page,
// attribution and primary source as its citation, in APA's form in APA
// ("Smith & Doe, 2024, as cited in …"). Vancouver's number and the footnote
// style's note mean nothing on a line of their own, so those styles are
// named by Harvard's author and year, as their detail pane's quick label is.
func ItemLabel(it Item, st Style) string {
	if st == APA {
		return itemLabel(it, apaLabel, "as cited in")
	}
	return itemLabel(it, CitationLabel, "cited in")
}

// SourceLabel names a source by author and year as a style's in-text
// citation does, for a line that names a work (cypx show's primary):
// "Smith & Doe, 2024" in APA, "Smith and Doe, 2024" in Harvard, and
// Harvard's form in Vancouver and the footnote style, as ItemLabel.
func SourceLabel(s Source, st Style) string {
	if st == APA {
		return apaLabel(s)
	}
	return CitationLabel(s)
}

func itemLabel(it Item, label LabelFunc, citedIn string) string {
	return citationRuns(it, plainName, citedIn, "; reported by ", func(b *rich, w CitedWork) {
		b.plain(label(w.Source) + pageText(w.Page))
	}).String()
}

// CitedWork is one work an item's citation names, with the page cited.
type CitedWork struct {
	Source Source
	Page   int
}

// CitedWorks are the works an item is cited to, with their pages: the
// primary a coverage reports first, then the source reporting it, or the
// source alone.
func CitedWorks(it Item) []CitedWork {
	if it.Primary != nil {
		return []CitedWork{{*it.Primary, it.PrimaryPage}, {it.Source, it.Page}}
	}
	return []CitedWork{{it.Source, it.Page}}
}

// citationRuns is the one shape of every citation of an item, in every
// style and form (in text, narrative, Markdown, Word, a footnote): the
// body its sentence attributes the figure to (attribution), named by
// name and followed by citedIn, then each of its CitedWorks as work
// writes it, joined by reportedBy. Each writer only says how a work and
// a name are written; before, seven writers each spelt out the shape,
// and two had drifted (a Markdown or Word citation put the attributed
// body inside the link to the work, Vancouver's outside it). The body
// leads coverage's citation too ("Health Foundation, cited in Acme
// Trust, 2024; reported by News Corp, 2024"): the primary first once
// dropped it, citing Acme Trust for a figure Acme gives as another's.
func citationRuns(it Item, name func(string) string, citedIn, reportedBy string, work func(*rich, CitedWork)) Rich {
	var b rich
	if a := attribution(it); a != "" {
		b.plain(name(a) + ", " + citedIn + " ")
	}
	for i, w := range CitedWorks(it) {
		if i > 0 {
			b.plain(reportedBy)
		}
		work(&b, w)
	}
	return b.r
}

// plainName writes a body's name as it is, for plain text.
func plainName(s string) string { return s }

// pageText is a page as an author–date citation gives it after its work
// (", p. 12"), or nothing for no page. Coverage cites the primary's page
// after the primary and its own after itself: "(Kent County Council,
// 2025, p. 12; reported by Brown, 2025, p. 3)" (hostile check 69, F13:
// both were left out).
func pageText(page int) string {
	if page <= 0 {
		return ""
	}
	return ", p. " + strconv.Itoa(page)
}

// attribution is the body an item's sentence gives its figure to, as its
// citation names it, or "" where naming it would only repeat the work
// cited: the primary a story covers (namesWork), or the item's own source,
// its publisher or an author by name ("Jane Smith found that 14% …" in
// Jane Smith's report; extraction compares the attribution with the
// publisher alone). Every citation of an item reads it here. Before, that
// item was cited "(Jane Smith, cited in Smith, 2024)".
func attribution(it Item) string {
	if it.Cites == "" || it.Primary != nil && namesWork(it.Cites, *it.Primary) || namesOwnWork(it.Cites, it.Source) {
		return ""
	}
	return it.Cites
}

// namesOwnWork reports whether an attribution is, whole, the name of a
// work's publisher, its authors as cited ("Smith and Doe") or one author
// by full name: a part of a name ("the NHS" in NHS Providers' report) may
// be another body, and stays named.
func namesOwnWork(cites string, s Source) bool {
	c := normName(cites)
	if c == "" {
		return false
	}
	if c == normName(s.Publisher) || c == normName(AuthorLabel(s)) || acronymOf(cites, s.Publisher) {
		return true
	}
	for _, name := range Authors(s.Author) {
		if normName(name) == c {
			return true
		}
	}
	return false
}

// acronymOf reports an attribution that is a publisher's initials ("the
// CQC" of the Care Quality Commission, "RCPCH" of the Royal College of
// Paediatrics and Child Health): the publisher itself, not a body its
// work cites. Before (hostile check 70, G29), "according to the CQC" in
// coverage of the CQC's review was cited "CQC, cited in Care Quality
// Commission, 2023".
func acronymOf(cites, publisher string) bool {
	a, _, _ := strings.Cut(strings.TrimSpace(cites), ",")
	a = strings.TrimPrefix(strings.TrimPrefix(a, "the "), "The ")
	if len(a) < 2 || len(a) > 8 || strings.ToUpper(a) != a || strings.ContainsAny(a, " .") {
		return false
	}
	i := Initials(strings.TrimPrefix(publisher, "The "))
	return i != "" && i == a
}

// Initials are the initials of a name's capitalised words, "ONS" of
// "Office for National Statistics" (its small words are not capitalised),
// or "" for a name of fewer than two: the one reading of a body's
// acronym, which citations (acronymOf) and the link judge's attributions
// ask.
func Initials(name string) string {
	var b strings.Builder
	words := 0
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
			words++
		}
	}
	if words < 2 {
		return ""
	}
	return b.String()
}

// normName is a body's name as attributions are compared: in lower case,
// its spaces folded, without a year after a comma or a leading "the".
func normName(n string) string {
	n, _, _ = strings.Cut(n, ",") // the year of "Health Foundation, 2024"
	n = strings.ToLower(strings.Join(strings.Fields(n), " "))
	return strings.TrimPrefix(n, "the ")
}

// namesWork reports whether an attribution ("Health Foundation", "The
// Health Foundation, 2024") names a work's publisher or author.
// NamesWork reports whether an attribution ("the Health Foundation",
// "News Corp, 2024") names a work's publisher or authors.
func NamesWork(cites string, s Source) bool { return namesWork(cites, s) }

func namesWork(cites string, s Source) bool {
	norm := normName
	c := norm(cites)
	if c == "" {
		return false
	}
	for _, name := range []string{s.Publisher, AuthorLabel(s)} {
		if n := norm(name); n != "" && (n == c || strings.HasPrefix(n, c+" ") || strings.HasPrefix(c, n+" ")) {
			return true
		}
	}
	if acronymOf(cites, s.Publisher) {
		return true
	}
	// An author by full name ("Jane Smith found …"), whom AuthorLabel
	// names by surname alone.
	for _, name := range Authors(s.Author) {
		if norm(name) == c {
			return true
		}
	}
	return false
}

// ItemNarrative is ItemCitation in narrative form, the author outside the
// brackets: "NHS Providers (2024, p. 12)", "Health Foundation, cited in
// NHS Providers (2024)", "Health Foundation (2024), reported by Gault
// (2024)". It is the item JSON's `citation`, whose contract has always had
// that form ("NHS Providers (2024)"); it says what ItemCitation says, the
// same words in the same order (TestJSONCitationIsTheItemsCitation).
func ItemNarrative(it Item) string { return itemNarrative(it, func(Source) string { return "" }) }

// itemNarrative is ItemNarrative with each work's year lettered by
// letter (Citer.Narrative), "" for none.
func itemNarrative(it Item, letter func(Source) string) string {
	return citationRuns(it, plainName, "cited in", ", reported by ", func(b *rich, w CitedWork) {
		l := letter(w.Source)
		if l != "" && w.Source.Date.IsZero() {
			l = "-" + l // "no date-a", as Citer.Label letters it
		}
		b.plain(AuthorLabel(w.Source) + " (" + yearText(w.Source.Date, "no date") + l + pageText(w.Page) + ")")
	}).String()
}

// CitationLabel is the Harvard citation without brackets: the author or
// organisation and the year, "NHS Providers, 2024" or "Gault, 2024"; a
// source without a date is "no date".
func CitationLabel(s Source) string {
	return AuthorLabel(s) + ", " + yearText(s.Date, "no date")
}

// apaLabel is the APA citation without brackets: "Gault & Lee, 2024",
// "Gault et al., 2024", "NHS Providers, n.d.".
func apaLabel(s Source) string {
	return apaAuthor(s) + ", " + yearText(s.Date, "n.d.")
}

// apaAuthor is the name an APA in-text citation gives a source: "Gault",
// "Gault & Lee", "Gault et al." for three or more, or the publisher.
func apaAuthor(s Source) string {
	names, more := authorList(s.Author)
	if !personal(s) {
		return s.Publisher
	}
	switch {
	case more:
	case len(names) == 1:
		return surname(names[0])
	case len(names) == 2:
		return surname(names[0]) + " & " + surname(names[1])
	}
	return surname(names[0]) + " et al."
}

// PublisherLabel is who published a source and when, for list rows and
// column labels: "Healthcare Leader, 2024". It is not a citation: a
// bylined article is cited by its author.
func PublisherLabel(s Source) string {
	return s.Publisher + ", " + strconv.Itoa(s.Date.Year)
}

// AuthorLabel is the name a Harvard in-text citation gives a source: the
// authors' surnames ("Gault", "Gault and Smith", "Gault, Smith and Jones",
// "Gault et al." for four or more) or, with no author named, the publisher.
func AuthorLabel(s Source) string {
	names, more := authorList(s.Author)
	if !personal(s) {
		return s.Publisher
	}
	switch {
	case more:
	case len(names) == 1:
		return surname(names[0])
	case len(names) <= 3:
		var sur []string
		for _, n := range names {
			sur = append(sur, surname(n))
		}
		return strings.Join(sur[:len(sur)-1], ", ") + " and " + sur[len(sur)-1]
	}
	return surname(names[0]) + " et al."
}

// Reference is the full Harvard reference of a source, as plain text:
//
//	NHS Providers (2024) Forgotten generation: shaping better services for
//	children and young people. Available at: URL (Accessed: 22 November 2026).
//
// accessed dates the reference when the source itself carries no access date.
func Reference(s Source, accessed time.Time) string { return ReferenceLettered(s, "", accessed) }

// ReferenceLettered is Reference with a letter after the year (2024a), which
// a list gives two works of one author in one year.
func ReferenceLettered(s Source, letter string, accessed time.Time) string {
	return harvardReference(s, letter, accessed).String()
}

// StyleReference is the full reference of a source in a style (Vancouver's
// without its number; the footnote style's is its bibliography entry).
func StyleReference(st Style, s Source, accessed time.Time) Rich {
	return referenceIn(st, s, "", accessed)
}

func referenceIn(st Style, s Source, letter string, accessed time.Time) Rich {
	switch st {
	case APA:
		return apaReference(s, letter, accessed)
	case Vancouver:
		return vancouverReference(s, accessed)
	case Footnotes:
		return mhraNote(s, 0, accessed, true)
	}
	return harvardReference(s, letter, accessed)
}

// Authors splits a source's author field into names: "Beth Gault and Sam
// Lee", "Beth Gault, Sam Lee" and "Beth Gault; Sam Lee" each give two. A
// word with no letter in it is no part of a name (an object replacement
// character U+FFFC or a replacement character U+FFFD left by a PDF's
// metadata, a dash, a stray symbol), and a name with no such words is no
// one: without it, "Beth Gault \ufffc" was cited as "\ufffc (2024)".
//
// Letters after a name (degrees, honours, fellowships: "Beth Gault, PhD",
// "Sam Lee MBE") are no name and no author: a citation names a surname,
// and before, "Beth Gault, PhD" was cited as "(Gault and PhD, 2024)" and
// "Sam Lee MBE" as "(MBE, 2024)".
//
// A body's name is kept whole, its own commas and "and" included, and a
// person written surname first ("Smith, Jane") is one person: see
// readNames. Every style, record format and check reads authors here.
func Authors(field string) []string {
	names, _ := authorList(field)
	return names
}

// NotNames are the words of an author field that its reading (Authors)
// leaves out as naming no one: a byline's words ("By") and posts ("Health
// Reporter"), so `cypx check` can say what a hand-written field is cited
// by.
func NotNames(field string) []string {
	_, no, _ := authorParts(field)
	return no
}

// BodyAuthors are an author field's names, as every citation reads them
// (Authors), when each is a body's (Corporate); nil when the field names
// a person or no one. `cypx check` counts the bodies it tells of here, so
// it says "two bodies" of the field every style cites as two:
// before, it said "a body's name" of "The Health Foundation and the
// King's Fund", which every citation named as two bodies.
func BodyAuthors(field string) []string {
	names := Authors(field)
	for _, n := range names {
		if !Corporate(n) {
			return nil
		}
	}
	return names
}

// MoreAuthors reports whether an author field says it names some of more
// authors: "Jane Smith et al.", "Jane Smith and colleagues". Each style
// then cites the first and "et al." ("and others" in MHRA), and BibTeX
// writes "and others".
func MoreAuthors(field string) bool {
	_, more := authorList(field)
	return more
}

// authorList is an author field's names (Authors) and whether it says
// there are more (MoreAuthors).
func authorList(field string) (names []string, more bool) {
	names, _, more = authorParts(field)
	return names, more
}

// authorParts is an author field's names (Authors), the words it leaves
// out as naming no one (NotNames: a byline's words, posts) and whether it
// says there are more (MoreAuthors): one reading for all three.
func authorParts(field string) (names, no []string, more bool) {
	field = authorText(field)
	if m := bylineRe.FindStringIndex(field); m != nil && strings.TrimSpace(field[m[1]:]) != "" {
		// "By Tom Brown": the byline's words are no name, as a web
		// page's author tag's importer leaves them out too. Before
		// (hostile check 69 F14), it was cited "Brown, B.T.".
		no = append(no, strings.TrimSpace(field[:m[1]]))
		field = field[m[1]:]
	}
	if strings.TrimSpace(field) == "" {
		return nil, no, false
	}
	for _, seg := range strings.Split(field, ";") {
		toks, etAl := authorTokens(withoutAffiliations(seg))
		more = more || etAl
		for _, t := range readNames(toks) {
			if n := bracketUnmask.Replace(t.text); postAlone(n) {
				no = append(no, n)
			} else {
				names = append(names, n)
			}
		}
	}
	names = initialsLast(names, more)
	if len(names) > 0 && strings.HasPrefix(names[0], "the ") {
		// A name opening a citation or reference opens with a capital,
		// as at the start of a sentence: "(The Children's Commissioner
		// for England, 2024)", not "(the Children's ...)".
		names[0] = "The" + names[0][len("the"):]
	}
	return names, no, more
}

// bylineRe is a byline's words before the names: "By", "Written by",
// "Words by", in any case.
var bylineRe = lazyre.New(`(?i)^\s*(?:(?:written|words|reporting|report)\s+)?by\s+`)

// postAlone reports a name of an author field that is a post and no
// person's or body's name: "Health Reporter" of "Tom Brown, Health
// Reporter", "Health Correspondent" alone. A post is no author: a
// citation names people and bodies, and it was cited "(Brown and
// Reporter, 2025)", or "(Correspondent, 2025)" (hostile check 69 F14).
func postAlone(name string) bool {
	return JobTitle(name) && !PersonShaped(name) && !Corporate(name)
}

// initialsLast reads a list written as Vancouver and PubMed write authors,
// each surname then its initials with no comma ("Smith J, Doe AB"), given
// name first, so SplitName finds the surnames. Before, the initials were
// cited as surnames: "(J and AB, 2024)". Only a list of two or more, each
// so written, is read so: one name ending in capitals may be a body's
// ("Age UK"). One name before "et al." is a list's first ("Smith J et
// al"), which was read before as the name "Smith J et al" and listed
// "et al, S.J.".
func initialsLast(names []string, list bool) []string {
	if len(names) < 2 && !list {
		return names
	}
	for _, n := range names {
		w := strings.Fields(n)
		if len(w) < 2 || Corporate(n) || !initialsOnly(w[len(w)-1]) || initialsOnly(w[0]) || honorifics[strings.TrimSuffix(w[0], ".")] {
			return names
		}
	}
	out := make([]string, len(names))
	for i, n := range names {
		w := strings.Fields(n)
		out[i] = spacedInitials(w[len(w)-1]) + " " + strings.Join(w[:len(w)-1], " ")
	}
	return out
}

// initialsRe is a person's initials as a reference list writes them
// after a surname: "J.", "J. A.", "J.A.", "J-P.", or one or two capitals
// without stops ("J", "JA", as Vancouver writes them).
var initialsRe = lazyre.New(`^(?:\p{Lu}\.(?:[\s-]*\p{Lu}\.)*|\p{Lu}(?:\.?\s+\p{Lu}\.?)*|\p{Lu}{1,2})$`)

// spacedInitials writes initials one word each, so "JA" (Vancouver's
// way) gives two initials, not one given name.
func spacedInitials(s string) string {
	s = strings.TrimSpace(s)
	if strings.IndexFunc(s, func(r rune) bool { return !unicode.IsUpper(r) }) < 0 {
		return strings.Join(strings.Split(s, ""), " ")
	}
	// "J.A." is two initials, as "J. A." is: written as one word, it was
	// one given name, and Vancouver listed "Smith J".
	var b strings.Builder
	for i, r := range s {
		b.WriteRune(r)
		if r == '.' && i+1 < len(s) && unicode.IsUpper(rune(s[i+1])) {
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// initialsOnly reports whether s is only a person's initials, and not
// letters after a name ("MA", "RN" are degrees and titles, not initials).
func initialsOnly(s string) bool {
	s = strings.TrimSpace(s)
	return initialsRe.MatchString(s) && !postNominals[strings.ReplaceAll(s, ".", "")]
}

// authorSeparators turns the words and marks between an author field's
// names into semicolons. Made once: built for every citation, it was a
// quarter of an export's time (BenchmarkExportSharedMeasure).
var authorSeparators = strings.NewReplacer(" and ", ";", " & ", ";", ",", ";")

// withoutPostNominals is a name without the letters after it.
func withoutPostNominals(name string) string {
	words := strings.Fields(name)
	for len(words) > 0 && postNominals[strings.ReplaceAll(words[len(words)-1], ".", "")] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// postNominals are the letters that follow a name in British reports
// (written without their dots), as written: "MA" is a degree, "Ma" may
// be a surname.
var postNominals = map[string]bool{
	"PhD": true, "DPhil": true, "MD": true, "DM": true, "MBBS": true, "MBChB": true, "BM": true, "BMBS": true,
	"BSc": true, "MSc": true, "MA": true, "BA": true, "MPhil": true, "MPH": true, "MBA": true, "LLB": true, "LLM": true, "EdD": true, "DClinPsy": true, "PGCE": true,
	"RN": true, "RGN": true, "RMN": true, "RSCN": true, "RNLD": true, "RM": true, "RHV": true, "SCPHN": true,
	"OBE": true, "MBE": true, "CBE": true, "DBE": true, "KBE": true, "CB": true, "FRS": true,
	"FRCP": true, "FRCPCH": true, "FRCPsych": true, "FRCS": true, "FRCGP": true, "FRCN": true, "FFPH": true, "FMedSci": true, "FRSA": true, "FAcSS": true,
	"MRCP": true, "MRCPCH": true, "MRCPsych": true, "MRCGP": true, "MFPH": true,
	"Jr": true, "Sr": true, "II": true, "III": true, "IV": true, "QC": true, "KC": true, "MP": true,
}

// nameWords is a name with only its words that hold a letter.
func nameWords(name string) string {
	words := strings.Fields(name)
	kept := words[:0]
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// CleanAuthors is the author field without what names no one (see
// Authors): the names joined by "; " when anything was dropped, "" when
// no name is left. It reports whether anything changed: a `cypx check`
// problem when loading, a warning on import.
//
// The names are read in the field as CleanAuthorLine stores it (see
// authorText), so an escape sequence goes whole before its words are
// counted: before, "Jane Smith \x1b]8;;http://e.x\aBob\x1b]8;;\a" was
// parted at the sequence's semicolons and its words with no letter
// dropped, and the rest stored and cited as the author "http://e.xBob8"
// (hostile check 49).
func CleanAuthors(field string) (string, bool) {
	names, no, _ := authorParts(field)
	if len(names) == 0 && len(no) > 0 {
		// A post alone ("Health Correspondent") has letters: it is no
		// name (NotNames), said as such, and cited as no author.
		return field, false
	}
	if len(names) == 0 {
		return "", strings.TrimSpace(field) != ""
	}
	f := authorSeparators.Replace(authorText(field))
	for _, n := range strings.Split(f, ";") {
		if len(strings.Fields(n)) != len(strings.Fields(nameWords(n))) {
			return strings.Join(names, "; "), true
		}
	}
	return field, false
}

// authorText is an author field as its names are read (Authors,
// CleanAuthors): as CleanAuthorLine stores it, its escape sequences gone
// whole and its other control and invisible characters dropped, a line
// break between names parting them. A field with nothing to clean is
// read as it is, without allocating: Authors is read for every citation.
func authorText(field string) string {
	if safe(field, true) {
		return field
	}
	clean, _ := CleanAuthorLine(field)
	return clean
}

// CleanAuthorLine is CleanLine for an author field, which lists names:
// a line break between two names (IsLineBreak: LF and CR, NEL, U+2028
// LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR) parts them as "; " does,
// so "Jane Smith\u2028Bob Lee" is two people, where CleanLine's fold made
// it one of four names. A break inside a name or a body — where the
// line before ends in a comma, a semicolon, "and", "&", "of", "for" or
// "the", the line after opens in lower case ("Department of Health\nand
// Social Care"), or either line is one word ("Jane\u2028Smith"), see
// joinsNames — is a space, as CleanLine makes it. A soft hyphen (U+00AD)
// is a hint of where a word may break, dropped, except before a capital:
// in a list of names a capital after it opens a second word, so
// "Jane\u00adSmith" is Jane Smith, where it was stored "JaneSmith". Then
// it is CleanLine:
// escape sequences gone whole, other control and invisible characters
// dropped. It reports whether anything changed. Every author is stored
// through it: a page's tags, a PDF's Author, an e-mail's From, a front
// matter's author.
func CleanAuthorLine(field string) (string, bool) {
	if safe(field, true) {
		return field, false
	}
	read := softHyphenWords(AuthorBreaks(field))
	clean, _ := CleanLine(read)
	return clean, true // field was not safe: something was cleaned
}

// AuthorBreaks is an author field with its line breaks read as
// CleanAuthorLine reads them, each made "; " or a space, the rest left for
// CleanLine to clean (and its caller to warn of). A page's author tag is
// read by it before HTML's white space is folded.
//
// The text of an unterminated escape sequence goes first
// (UnterminatedText), its introducer left for CleanLine to drop and the
// field warned of as cleaned: "Jane Smith\x1b]8;;Unterminated Title" is
// Jane Smith, where the string's text, which a terminal never shows, was
// read as a second name (hostile check 51).
func AuthorBreaks(field string) string {
	field = dropUnterminated(field)
	if !strings.ContainsFunc(field, IsLineBreak) {
		return field
	}
	var b strings.Builder
	prev := ""
	for _, line := range strings.FieldsFunc(field, IsLineBreak) {
		read := strings.TrimSpace(DropFrom(line, UnsafeAfter))
		if read == "" {
			continue
		}
		if prev != "" {
			if joinsNames(prev, read) {
				b.WriteByte(' ')
			} else {
				b.WriteString("; ")
			}
		}
		b.WriteString(strings.Trim(line, " \t"))
		prev = read
	}
	return b.String()
}

// SoftHyphenParts reports whether the invisible character at s[i] (a
// soft hyphen U+00AD, a zero-width space, a word joiner or another
// Ignorable character CleanLine drops) parts two words of a name: inside
// a word it is read as nothing ("Ander\u00adson" is Anderson), but in a
// list of names a capital after it opens a second word ("Jane\u00adSmith"
// and "Jane\u200bSmith" are Jane Smith). It is the one rule an author
// field is stored by (CleanAuthorLine) and a page's author tag is read by.
// Before, only a soft hyphen parted names, and "Jane\u200bSmith" was
// stored "JaneSmith" (hostile check 50 (leftovers)).
func SoftHyphenParts(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	if !Ignorable(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsUpper(next)
}

// softHyphenWords is an author field with a space before each invisible
// character that parts two words (SoftHyphenParts), as CleanAuthorLine
// reads it; the character is kept for CleanLine to drop (and report).
func softHyphenWords(field string) string {
	if strings.IndexFunc(field, Ignorable) < 0 {
		return field
	}
	var b strings.Builder
	// seen is the last character a reader sees before i (-1 at the start).
	prev, seen := rune(-1), rune(-1)
	for i, r := range field {
		if seen >= 0 && seen != ' ' && UnsafeAfter(prev, r) && SoftHyphenParts(field, i) {
			b.WriteByte(' ')
			seen = ' '
		}
		b.WriteRune(r)
		if !Ignorable(r) {
			seen = r
		}
		prev = r
	}
	return b.String()
}

// joinsNames reports whether a line break between the lines before and
// after (as read) falls inside a name or a list's separator, not between
// two names (see CleanAuthorLine): a break parts names only where each
// line is a name of two words or more and the line after opens with a
// capital. "Jane\u2028Smith" is one name wrapped, "Westmere\u2028Borough
// Council" one body, and "Jane Smith\n(Westmere Borough Council)" a
// person and her body, as they were read before.
func joinsNames(before, after string) bool {
	if strings.HasSuffix(before, ",") || strings.HasSuffix(before, ";") || strings.HasSuffix(before, "&") {
		return true
	}
	words := strings.Fields(before)
	switch strings.ToLower(words[len(words)-1]) {
	case "and", "of", "for", "the":
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	return len(words) < 2 || len(strings.Fields(after)) < 2 || !unicode.IsUpper(r)
}

// surname is a name's family name: "Beth Gault" → "Gault", "Bob van der
// Berg" → "van der Berg" (see SplitName).
func surname(name string) string {
	family, _ := SplitName(name)
	return family
}

// SplitName splits a person's name into family and given names, as every
// style and record format names them: the family name is the last word,
// with the particles before it written in lower case ("van der Berg",
// "de Souza", "von Trapp": BibTeX's rule for its "von" part), and a
// title before the name ("Dr", "Prof", "Mrs") is no given name. Before,
// the last word alone was the family name and every word before it a
// given name: "Bob van der Berg" was cited "(Berg, 2024)" and listed
// "Berg, B.V.D.", and "Dr Jane Doe" listed "Doe, D.J.". A single word is
// the family name (an organisation, or a surname alone).
func SplitName(name string) (family, given string) {
	if Corporate(name) {
		return strings.Join(strings.Fields(name), " "), ""
	}
	all := strings.Fields(name)
	words := stripTitles(all)
	if len(words) < len(all) {
		// A peer is cited by the surname before the designation:
		// "Lord Darzi of Denham" is Darzi. Before, the "of" made the
		// name a body's, cited whole.
		words = withoutDesignation(words)
	}
	if len(words) < 2 {
		return strings.Join(words, " "), ""
	}
	k := len(words) - 1
	// A surname alone with its particles ("van der Berg") is all family
	// name: before, it was cited "der Berg". A name all in lower case
	// ("jane smith") still has a given name.
	least := 1
	if !startsLower(words[k]) {
		least = 0
	}
	// Irish and Scottish prefixes begin with a capital and are part of
	// the surname all the same: before, "Dara Ó Briain" was cited
	// "(Briain, 2024)" and "Seán Mac Giolla" "(Giolla, 2024)".
	for k > least && (startsLower(words[k-1]) || surnamePrefixes[words[k-1]]) {
		k--
	}
	return strings.Join(words[k:], " "), strings.Join(words[:k], " ")
}

// surnamePrefixes are the Gaelic words written apart before a surname
// ("Ó Briain", "Mac Giolla", "Ní Dhomhnaill"), as a surname's particles.
var surnamePrefixes = map[string]bool{
	"Ó": true, "O": true, "O'": true, "Ní": true, "Nic": true, "Mac": true, "Mc": true, "Mhic": true,
	"Uí": true, "Ua": true, "Ni": true,
}

// Corporate reports whether a name is a body's, not a person's: it holds
// a word bodies are named by ("Department", "Council", "Trust", "NHS",
// "UK" …) or a body's acronym ("RCPCH", "NSPCC"; not any
// capitals, as "Beth GAULT" is a person), or "of", "for" or "the" inside
// ("Department of Health and Social Care"). A body's name is one author,
// cited whole in every style and record format: before, "Department of
// Health and Social Care" was read as two people and cited "(of Health
// and Care, 2024)", and "Age UK" as a person cited "(UK, 2024)".
//
// A place ("England", "Wales") names a body too ("Sport England", "Public
// Health Wales"), but not in a person's name written as one ("Jane
// England", "Dr Mark Wales": placeNamesPerson); before, "Jane England"
// was cited whole, "(Jane England, 2024)", and "Public Health Wales"
// "(Wales, 2024)". A possessive ("Children's Commissioner", "Women's
// Aid") is a body's: before, they were cited "(Commissioner, 2024)".
func Corporate(name string) bool {
	words := strings.Fields(name)
	if newsAgency(words) {
		return true
	}
	place := false
	for i, w := range words {
		if possessive(w) {
			return true
		}
		w = strings.Trim(w, ".,;:()'’\"")
		if corporateWords[w] {
			return true
		}
		place = place || placeWords[w]
		if i > 0 && i < len(words)-1 && (w == "of" || w == "for" || w == "the") && !(w == "of" && designation(words, i)) {
			return true
		}
	}
	return place && !placeNamesPerson(words)
}

// designation reports whether the "of" at words[i] opens a peer's
// territorial designation: "Lord Darzi of Denham", "Baroness Smith of
// Basildon", a title then at least one name before the "of". A title
// with no name before the "of" ("Professor of Child Health") is a post,
// named whole.
func designation(words []string, i int) bool {
	titles := len(words) - len(stripTitles(words))
	if titles == 0 || i <= titles {
		return false
	}
	// "Lord Mayor of London" is an office, named whole, not a peer.
	for _, w := range words[titles:i] {
		if offices[w] {
			return false
		}
	}
	return true
}

// offices are the words of offices written after a peer's title: "Lord
// Mayor of London", "Lord Lieutenant of Kent", "Lord Chief Justice of
// England and Wales".
var offices = map[string]bool{
	"Mayor": true, "Mayoress": true, "Lieutenant": true, "Chancellor": true, "Chief": true, "Justice": true,
	"Speaker": true, "Provost": true, "President": true, "Advocate": true, "Privy": true, "Seal": true,
	"Bishop": true, "Archbishop": true, "Commissioner": true, "Justices": true,
}

// withoutDesignation is a titled person's name words without a peer's
// territorial designation ("Darzi of Denham" → "Darzi"): the surname is
// the word before it.
func withoutDesignation(words []string) []string {
	for i := 1; i < len(words); i++ {
		if words[i] == "of" {
			return words[:i]
		}
	}
	return words
}

// newsAgencies are the news agencies whose names hold no word of a
// body's (corporateWords), as written.
var newsAgencies = map[string]bool{
	"PA Media": true, "PA Media Group": true, "PA News": true, "PA News Agency": true, "Reuters": true,
	"Thomson Reuters": true, "Associated Press": true, "AP": true, "AFP": true, "Agence France-Presse": true,
	"Agence France Presse": true, "Bloomberg": true, "Bloomberg News": true, "Dow Jones": true,
}

// mediaWords end the names of news organisations after an acronym:
// "PA Media", "ITV News", "BBC Radio".
var mediaWords = map[string]bool{
	"Media": true, "News": true, "Press": true, "Digital": true, "Broadcasting": true, "Radio": true, "TV": true,
	"Television": true, "Publishing": true, "Newspapers": true, "Online": true,
}

// newsAgency reports a name that is a news agency's (newsAgencies) or a
// news organisation's written as an acronym and a word of the media
// ("PA Media", "ITV News"): a body, cited whole, never a person with
// initials and a surname. Before (hostile check 69 F14), an author "PA
// Media" was cited "(Media, 2025)". Only after an acronym and only as the
// name's last word is a word of the media a body's: "Media" among the
// words of a name ("Department for Culture, Media and Sport", "Jane
// Press") names no body by itself.
func newsAgency(words []string) bool {
	if newsAgencies[strings.Join(words, " ")] {
		return true
	}
	if len(words) < 2 || len(words) > 3 || !mediaWords[words[len(words)-1]] {
		return false
	}
	first := words[0]
	if len(first) < 2 || strings.ContainsRune(first, '.') {
		return false
	}
	for _, r := range first {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// corporateWords name bodies, not people, in British reports.
var corporateWords = map[string]bool{
	"Department": true, "Dept": true, "Council": true, "Trust": true, "NHS": true, "College": true, "Society": true,
	"Association": true, "Institute": true, "Foundation": true, "Commission": true, "Board": true, "Alliance": true,
	"Network": true, "Partnership": true, "Centre": true, "Center": true, "UK": true, "Ministry": true,
	"Office": true, "Agency": true, "Authority": true, "Government": true, "Committee": true, "Group": true,
	"Federation": true, "Confederation": true, "Providers": true, "Service": true, "Services": true, "University": true,
	"Unit": true, "Charity": true, "Fund": true, "Forum": true, "Coalition": true, "Consortium": true, "Collaborative": true,
	"Inspectorate": true, "Ofsted": true, "Parliament": true, "Executive": true, "Directorate": true, "Observatory": true,
	"Ltd": true, "Limited": true, "Inc": true, "Plc": true, "CIC": true,
	"NICE": true, "CQC": true, "RCPCH": true, "NSPCC": true, "ADCS": true, "LGA": true, "UKHSA": true, "OHID": true,
	"DHSC": true, "DfE": true, "ONS": true, "BMA": true, "RCN": true, "RCGP": true, "RCPsych": true, "NIHR": true,
	"ICB": true, "ICS": true, "CAMHS": true, "GOV.UK": true,
	"Barnardo's": true, "Barnardo’s": true, "Healthwatch": true, "Team": true, "Programme": true,
}

// honorifics are the titles written before a name in British reports.
var honorifics = map[string]bool{
	"Dr": true, "Prof": true, "Professor": true, "Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Mx": true,
	"Sir": true, "Dame": true, "Rev": true, "Revd": true, "Cllr": true, "Councillor": true,
	"Rt": true, "Right": true, "Hon": true, "Honourable": true, "Lord": true, "Lady": true, "Baroness": true, "Baron": true,
	"Viscount": true, "Viscountess": true, "Earl": true, "Countess": true, "Marquess": true, "Duke": true, "Duchess": true,
}

// startsLower reports whether a word begins with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// Cite renders an item in a style and format on its own, as a copy does:
// numbered 1 in Vancouver, a full first note in the footnote style. The
// quoted text is the item's exact text, with its line breaks folded to
// spaces so it pastes as one line, and a table cell that only continues
// the figure above it blank (SpanMarksBlanked).
func Cite(it Item, st Style, f Format, accessed time.Time) string {
	return CiteCopy(it, st, f, accessed).String()
}

// CiteCopy is Cite in its parts (Copy).
func CiteCopy(it Item, st Style, f Format, accessed time.Time) Copy {
	return NewCiter(st, accessed, nil).Copy(it, f)
}

// CitationOf is an item's citation alone in a style, on its own as Cite
// renders it: the in-text citation ("(NHS Providers, 2024, p. 3)",
// "(1)"), or the footnote style's note in full. A table of items (CSV)
// gives it in its citation column.
func CitationOf(it Item, st Style, accessed time.Time) string {
	c := NewCiter(st, accessed, nil).Cite(it)
	if st == Footnotes {
		return c.Note.String()
	}
	return c.InText
}

// MarkdownCitation is the inline Harvard citation with the source linked:
// ([NHS Providers, 2024](https://...)). Labels are escaped as Markdown text
// and only http(s) URLs are linked (see LinkURL), so metadata cannot add
// markup, a line or a script link to a document.
func MarkdownCitation(it Item) string { return MarkdownCitationBy(it, CitationLabel) }

// MarkdownCitationBy is MarkdownCitation with sources named by label.
func MarkdownCitationBy(it Item, label LabelFunc) string {
	return markdownInText(it, label, "cited in")
}

func markdownInText(it Item, label LabelFunc, citedIn string) string {
	return "(" + citationRuns(it, MarkdownText, citedIn, "; reported by ", func(b *rich, w CitedWork) {
		b.span(Span{Text: MarkdownText(label(w.Source) + pageText(w.Page)), Link: w.Source.URL})
	}).Markdown(plainName) + ")"
}

// linkedInText is markdownInText as runs: each label Markdown links
// carries its work's URL (Span.Link).
func linkedInText(it Item, label LabelFunc, citedIn string) Rich {
	return bracketed(citationRuns(it, plainName, citedIn, "; reported by ", func(b *rich, w CitedWork) {
		b.span(Span{Text: label(w.Source) + pageText(w.Page), Link: w.Source.URL})
	}))
}

// bracketed is runs in round brackets, as an in-text citation is written.
func bracketed(r Rich) Rich {
	var b rich
	b.plain("(")
	for _, sp := range r {
		b.span(sp)
	}
	return b.plain(")").r
}

// OneLine is text folded to one line, as a quote is copied, cited and
// exported: each line break (IsLineBreak), with the spaces and tabs
// around it, becomes one space, a tab one space, and blanks at either end
// go; every other character stays as written — runs of spaces, no-break
// spaces (U+00A0), thin and narrow spaces — so a quote on one line is its
// source's text. It was strings.Fields, which also made "45%  of" "45% of"
// and U+00A0 a plain space: the quote was no substring of its source.
func OneLine(s string) string {
	// The common case, nothing to fold, makes no allocation; a marker
	// opening a line after a break the trim takes away ("\n> 0") is still
	// a later line's, blanked as OneLineFrom blanks it (a fuzz target found
	// the two apart: a result's line showed "0" where a copy said "> 0").
	if t := strings.TrimFunc(s, isBlank); !strings.ContainsFunc(t, func(r rune) bool { return r == '\t' || IsLineBreak(r) }) && QuoteMarkers(s) == nil {
		return t
	}
	shown, _ := oneLine(s, false)
	return shown
}

// OneLineFrom is OneLine that also says where each byte of the line came
// from in s: from[k] is the offset of the byte that gave byte k, a run of
// blanks folded to one space given its first blank's. A screen that
// styles spans of s (matches, figures) styles the line by it, so the fold
// is OneLine's alone.
func OneLineFrom(s string) (line string, from []int) { return oneLine(s, true) }

// isBlank is what OneLine folds or trims: spaces, tabs and line breaks.
func isBlank(r rune) bool { return r == ' ' || r == '\t' || IsLineBreak(r) }

// oneLine folds s as OneLine says, and with track the offset each byte of
// the result came from.
func oneLine(s string, track bool) (string, []int) {
	s = BlankQuoteMarkers(s) // a quoted block's later lines read without their markers
	start := len(s) - len(strings.TrimLeftFunc(s, isBlank))
	s = strings.TrimFunc(s, isBlank)
	var b strings.Builder
	b.Grow(len(s))
	var from []int
	if track {
		from = make([]int, 0, len(s))
	}
	emit := func(out string, src int, same bool) {
		b.WriteString(out)
		for k := range len(out) {
			if !track {
				break
			}
			if same {
				from = append(from, start+src+k)
			} else {
				from = append(from, start+src)
			}
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isBlank(r) {
			emit(s[i:i+size], i, true)
			i += size
			continue
		}
		// A run of blanks holding a line break is one space; spaces and
		// tabs alone keep their width, a tab as a space.
		j, breaks := i, false
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isBlank(r) {
				break
			}
			breaks = breaks || IsLineBreak(r)
			j += size
		}
		if breaks {
			emit(" ", i, false)
		} else {
			emit(strings.Repeat(" ", j-i), i, true) // spaces and tabs: one byte each
		}
		i = j
	}
	return b.String(), from
}

// IsLineBreak reports a character that ends a line: LF, CR, VT, FF, NEL
// (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029). It
// is the one rule of them: a quote or a field folded to one line
// (OneLine, CleanLine) makes each a space; a terminal is shown NEL and
// the separators escaped (Printable), as any C1 control or format
// character, and keeps LF.
func IsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}
