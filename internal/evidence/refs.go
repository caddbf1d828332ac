package evidence

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The references of each style, one function a style, each following its
// guide's pattern for reports, web pages, news articles, press releases,
// blog posts and data sets. A source with no date, no URL, no place or no
// personal author drops the parts that need them as its guide says.

// harvardReference is a Cite Them Right Harvard reference:
//
//	NHS Providers (2024) Forgotten generation: shaping better services for
//	children and young people. Available at: URL (Accessed: 22 November 2026).
//	Gault, B. (2024) 'Most trusts say …', Healthcare Leader, 15 July.
//	Available at: URL (Accessed: 22 November 2026).
func harvardReference(s Source, letter string, accessed time.Time) Rich {
	var b rich
	year := yearText(s.Date, "no date") + letter
	k := kindOf(s)
	title, stop := endTitle(s.Title)
	dayMonth := harvardDayMonth(s.Date)
	switch {
	case (k == kindNews || k == kindBlog) && !personal(s):
		// A story with no byline is cited by its paper: *The Guardian* (2021).
		b.italic(s.Publisher).plain(" (" + year + ") '" + title + "'")
		if dayMonth != "" {
			b.plain(", " + dayMonth)
		}
		b.plain(".")
	case k == kindNews || k == kindBlog:
		b.plain(harvardNames(authorList(s.Author)) + " (" + year + ") '" + title + "', ").italic(s.Publisher)
		if dayMonth != "" {
			b.plain(", " + dayMonth)
		}
		b.plain(".")
	default:
		author := s.Publisher
		if personal(s) {
			author = harvardNames(authorList(s.Author))
		}
		b.plain(author + " (" + year + ") ").italic(title).plain(stop)
		if k == kindPressRelease {
			b.plain(" Press release.")
			if dayMonth != "" {
				b.plain(" " + dayMonth + ".")
			}
		}
		if k == kindData {
			b.plain(" [Dataset].")
		}
		if (k == kindReport || k == kindData) && (personal(s) || s.URL == "") {
			// The publisher, where the author does not name it (and, for
			// print, where there is no URL to find the work by).
			pub := s.Publisher
			if s.Place != "" {
				pub = s.Place + ": " + pub
			}
			if personal(s) || s.Place != "" {
				b.plain(" " + pub + ".")
			}
		}
	}
	if s.URL != "" {
		b.plain(" Available at: ").url(s.URL).plain(" (Accessed: " + accessedOf(s, accessed).Long() + ").")
	}
	return b.r
}

// harvardDayMonth is the day and month a dated item gives after its title
// ("15 July"), or the month alone.
func harvardDayMonth(d Date) string {
	switch {
	case d.Month == 0:
		return ""
	case d.Day == 0:
		return monthName(d.Month)
	}
	return strconv.Itoa(d.Day) + " " + monthName(d.Month)
}

// harvardNames writes authors as a Harvard reference list does: "Gault,
// B.", "Gault, B. and Lee, S.", "Gault, B., Lee, S. and Khan, A.", and the
// first with "et al." for four or more, as the in-text citation does, or
// where the field names some of more (MoreAuthors).
func harvardNames(names []string, more bool) string {
	if len(names) >= 4 || more {
		return invertedInitials(names[0], stopped) + " et al."
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = invertedInitials(n, stopped)
	}
	return joinAnd(out, ", ", " and ")
}

// apaReference is an APA 7th reference:
//
//	NHS Providers. (2024). Forgotten generation: Shaping better services
//	for children and young people. URL
//	Gault, B. (2024, July 15). Most trusts say … Healthcare Leader. URL
//	NHS England. (2024, March 5). Title [Press release]. URL
//
// Reports give the year; web pages, news, press releases and blog posts
// the date. The publisher is left out when it is the author. A work with
// no date, whose page may change, says when it was retrieved.
func apaReference(s Source, letter string, accessed time.Time) Rich {
	var b rich
	author := s.Publisher
	if personal(s) {
		author = apaNames(authorList(s.Author))
	}
	if !strings.HasSuffix(author, ".") {
		author += "."
	}
	k := kindOf(s)
	date := yearText(s.Date, "n.d.")
	// The letter goes with the year, before a month: "(2024b, March)";
	// it was "(2024, Marchb)".
	if s.Date.IsZero() && letter != "" {
		date += "-" + letter
	} else {
		date += letter
	}
	if !s.Date.IsZero() && s.Date.Month > 0 && k != kindReport && k != kindData {
		date += ", " + monthName(s.Date.Month)
		if s.Date.Day > 0 {
			date += " " + strconv.Itoa(s.Date.Day)
		}
	}
	b.plain(author + " (" + date + "). ")
	title, stop := endTitle(sentenceCase(s.Title))
	site := ""
	if personal(s) {
		site = s.Publisher
	}
	switch k {
	case kindBlog:
		// A blog post's title is plain; the blog is in italics.
		b.plain(title + stop + " ").italic(s.Publisher).plain(".")
	case kindPressRelease:
		b.italic(title).plain(" [Press release].")
		if site != "" {
			b.plain(" " + site + ".")
		}
	case kindData:
		b.italic(title).plain(" [Data set].")
		if site != "" {
			b.plain(" " + site + ".")
		}
	case kindNews:
		// A story on a news website is cited as a web page: the title in
		// italics, the site after it unless the site is the author.
		b.italic(title).plain(stop)
		if site != "" {
			b.plain(" " + site + ".")
		}
	default:
		b.italic(title).plain(stop)
		if site != "" {
			b.plain(" " + site + ".")
		}
	}
	if s.URL != "" {
		if s.Date.IsZero() {
			acc := accessedOf(s, accessed)
			b.plain(" Retrieved " + monthName(acc.Month) + " " + strconv.Itoa(acc.Day) + ", " + strconv.Itoa(acc.Year) + ", from ").url(s.URL)
		} else {
			b.plain(" ").url(s.URL)
		}
	}
	out := b.r
	// The reference ends with the URL, or a full stop; never both.
	if n := len(out); n > 0 {
		out[n-1].Text = strings.TrimRight(out[n-1].Text, " ")
	}
	return out
}

// apaNames writes authors as APA does: "Gault, B.", "Gault, B., & Lee,
// S.", "Gault, B., Lee, S., & Khan, A." (up to 20, then the first 19, an
// ellipsis and the last); those named and "et al." where the field names
// some of more (MoreAuthors).
func apaNames(names []string, more bool) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = invertedInitials(n, spacedStops)
	}
	if more {
		// Authors not named: those named, then "et al.".
		return strings.Join(out, ", ") + ", et al."
	}
	if len(out) > 20 {
		return strings.Join(out[:19], ", ") + ", . . . " + out[len(out)-1]
	}
	if len(out) == 2 {
		return out[0] + ", & " + out[1]
	}
	return joinAnd(out, ", ", ", & ")
}

// sentenceCase capitalises a title's first word and the first word after a
// colon, as APA asks; the rest is kept as written, so proper nouns and
// acronyms stay as the source gives them.
func sentenceCase(title string) string {
	t := upperFirst(strings.TrimSpace(title))
	parts := strings.Split(t, ": ")
	for i := 1; i < len(parts); i++ {
		parts[i] = upperFirst(parts[i])
	}
	return strings.Join(parts, ": ")
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// vancouverReference is a Citing Medicine (Vancouver) reference:
//
//	NHS Providers. Forgotten generation: shaping better services for
//	children and young people [Internet]. London: NHS Providers; 2024 Jul
//	[cited 2026 Nov 22]. Available from: URL
//	Gault B. Most trusts say … Healthcare Leader [Internet]. 2024 Jul 15
//	[cited 2026 Nov 22]. Available from: URL
func vancouverReference(s Source, accessed time.Time) Rich {
	var b rich
	online := s.URL != ""
	medium := ""
	if online {
		medium = " [Internet]"
	}
	date := vancouverDate(s.Date)
	cited := ""
	if online {
		cited = " [cited " + vancouverDate(accessedOf(s, accessed)) + "]"
	}
	title, stop := endTitle(s.Title)
	author := ""
	if personal(s) {
		author = vancouverNames(authorList(s.Author)) + ". "
	} else {
		author = strings.TrimSuffix(s.Publisher, ".") + ". "
	}
	publisher := s.Publisher
	if s.Place != "" {
		publisher = s.Place + ": " + publisher
	}
	switch k := kindOf(s); k {
	case kindNews, kindBlog:
		if !personal(s) {
			author = ""
		}
		b.plain(author + title + stop + " " + s.Publisher + medium + ". " + date + cited + ".")
	default:
		kindNote := medium
		switch k {
		case kindPressRelease:
			kindNote = " [press release]"
			if online {
				kindNote = " [press release on the Internet]"
			}
		case kindData:
			kindNote = " [dataset]"
			if online {
				kindNote = " [dataset on the Internet]"
			}
		}
		b.plain(author + title + kindNote + ". " + publisher + "; " + date + cited + ".")
	}
	if online {
		b.plain(" Available from: ").url(s.URL)
	}
	return b.r
}

// vancouverDate is a date as Citing Medicine writes it: "2024 Jul 15",
// "2024 Jul", "2024", or "[date unknown]".
func vancouverDate(d Date) string {
	if d.IsZero() {
		return "[date unknown]"
	}
	out := strconv.Itoa(d.Year)
	if d.Month > 0 {
		out += " " + monthName(d.Month)[:3]
		if d.Day > 0 {
			out += " " + strconv.Itoa(d.Day)
		}
	}
	return out
}

// vancouverNames writes authors as Citing Medicine does: surname and
// initials without stops, "Gault B, Lee S"; more than six, the first six
// and "et al.", as for a field that names some of more (MoreAuthors).
func vancouverNames(names []string, more bool) string {
	out := make([]string, 0, len(names))
	for i, n := range names {
		if i == 6 {
			return strings.Join(out, ", ") + ", et al"
		}
		out = append(out, invertedInitials(n, bare))
	}
	if more {
		return strings.Join(out, ", ") + ", et al"
	}
	return strings.Join(out, ", ")
}

// mhraNote is a full MHRA footnote, without its closing full stop:
//
//	NHS Providers, Forgotten Generation: Shaping Better Services for
//	Children and Young People (London: NHS Providers, 2024), p. 12 <URL>
//	[accessed 22 November 2026]
//	Beth Gault, 'Most Trusts Say …', Healthcare Leader, 15 July 2024 <URL>
//	[accessed 22 November 2026]
//
// bibliography writes the entry of a bibliography instead: the first
// author's name inverted (Gault, Beth) and no page.
func mhraNote(s Source, page int, accessed time.Time, bibliography bool) Rich {
	var b rich
	author := ""
	if personal(s) {
		names, more := authorList(s.Author)
		author = mhraNames(names, more, bibliography)
	}
	title := titleCase(strings.TrimRight(strings.TrimSpace(s.Title), "."))
	date := s.Date.Long()
	if s.Date.IsZero() {
		date = "[n.d.]"
	}
	pageText := ""
	if page > 0 && !bibliography {
		pageText = ", p. " + strconv.Itoa(page)
	}
	switch k := kindOf(s); k {
	case kindNews, kindBlog, kindWebPage:
		if author != "" {
			b.plain(author + ", ")
		} else if k == kindWebPage {
			b.plain(s.Publisher + ", ")
		}
		b.plain("‘" + title + "’")
		if k != kindWebPage || personal(s) {
			b.plain(", ").italic(s.Publisher)
		}
		b.plain(", " + date + pageText)
	case kindPressRelease:
		if author == "" {
			author = s.Publisher
		}
		b.plain(author + ", ‘" + title + "’, press release")
		if personal(s) {
			b.plain(", " + s.Publisher)
		}
		b.plain(", " + date + pageText)
	default:
		if author == "" {
			author = s.Publisher
		}
		pub := s.Publisher
		if s.Place != "" {
			pub = s.Place + ": " + pub
		}
		year := yearText(s.Date, "n.d.")
		b.plain(author + ", ").italic(title).plain(" (" + pub + ", " + year + ")" + pageText)
	}
	if s.URL != "" {
		b.plain(" ").link(s.URL).plain(" [accessed " + accessedOf(s, accessed).Long() + "]")
	}
	return b.r
}

// mhraShortNote is the short note for a work cited before: the author and
// a short title (the title up to its colon), "NHS Providers, Forgotten
// Generation, p. 12".
func mhraShortNote(s Source, page int) Rich {
	var b rich
	short := titleCase(strings.TrimRight(strings.TrimSpace(s.Title), "."))
	if i := strings.Index(short, ": "); i > 0 {
		short = short[:i]
	}
	author := s.Publisher
	if personal(s) {
		names, more := authorList(s.Author)
		author, _ = mhraParts(names[0])
		if more || len(names) > 2 {
			author += " and others"
		} else if len(names) == 2 {
			second, _ := mhraParts(names[1])
			author += " and " + second
		}
	}
	switch kindOf(s) {
	case kindNews, kindBlog:
		if personal(s) {
			b.plain(author + ", ")
		}
		b.plain("‘" + short + "’")
	case kindWebPage, kindPressRelease:
		b.plain(author + ", ‘" + short + "’")
	default:
		b.plain(author + ", ").italic(short)
	}
	if page > 0 {
		b.plain(", p. " + strconv.Itoa(page))
	}
	return b.r
}

// mhraNames writes authors as MHRA does: "Beth Gault", "Beth Gault and Sam
// Lee", "Beth Gault, Sam Lee, and Ann Khan", "Beth Gault and others" for
// four or more or a field that names some of more (MoreAuthors); in a
// bibliography the first is inverted (Gault, Beth), and a comma comes
// before its "and" as before any other ("Gault, Beth, and others").
func mhraNames(names []string, more, bibliography bool) string {
	out := make([]string, len(names))
	for i, n := range names {
		family, given := mhraParts(n)
		out[i] = strings.TrimSpace(given + " " + family)
		if i == 0 && bibliography && given != "" {
			out[i] = family + ", " + given
		}
	}
	switch {
	case (len(out) >= 4 || more) && bibliography:
		return out[0] + ", and others"
	case len(out) >= 4 || more:
		return out[0] + " and others"
	case len(out) == 3:
		return out[0] + ", " + out[1] + ", and " + out[2]
	case len(out) == 2 && bibliography:
		return out[0] + ", and " + out[1]
	case len(out) == 2:
		return out[0] + " and " + out[1]
	}
	return out[0]
}

// mhraParts is a name's family and given names as the footnote style's
// note and bibliography both write them, the note given name first, the
// entry surname first: one reading, so the two name a person alike. A
// title before a name is no part of it (SplitName), and was kept in the
// note alone: "Professor Sir Michael Marmot, …" in the note, "Marmot,
// Michael, …" in the bibliography. A person named by a title and a
// surname alone keeps the title as the given name, a peer's designation
// with the surname: "Lord Darzi of Denham", listed "Darzi of Denham,
// Lord" (before, "Darzi").
func mhraParts(name string) (family, given string) {
	family, given = SplitName(name)
	if given != "" || Corporate(name) {
		return family, given
	}
	words := strings.Fields(name)
	kept := stripTitles(words)
	if len(kept) == len(words) || len(kept) == 0 {
		return family, given
	}
	return strings.Join(kept, " "), strings.Join(words[:len(words)-len(kept)], " ")
}

// minorWords stay in lower case inside a title in title case.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true, "for": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "by": true, "with": true, "from": true,
	"as": true, "into": true, "than": true, "via": true, "per": true, "vs": true, "up": true,
}

// titleCase capitalises a title's principal words, as MHRA asks of titles
// in English: the first word, the first after a colon, and every word but
// articles, conjunctions and short prepositions. Words already holding
// capitals (NHS, ICBs, McKinsey) are kept as written.
func titleCase(title string) string {
	words := strings.Split(title, " ")
	first := true
	for i, w := range words {
		lower := strings.ToLower(strings.Trim(w, "‘’'\"“”()[],;:.!?"))
		if !first && minorWords[lower] {
			first = strings.HasSuffix(w, ":")
			continue
		}
		if asWritten(w) {
			first = strings.HasSuffix(w, ":")
			continue
		}
		parts := strings.Split(w, "-")
		for j, p := range parts {
			if j > 0 && minorWords[strings.ToLower(p)] {
				continue
			}
			parts[j] = upperFirstLetter(p)
		}
		words[i] = strings.Join(parts, "-")
		first = strings.HasSuffix(w, ":")
	}
	return strings.Join(words, " ")
}

// asWritten reports whether title case leaves a word as written: one
// holding a capital after its first letter ("mRNA", "eHealth", "iPad",
// "NHS") or a dot between letters, an address ("gov.uk"). Before, the
// first letter was raised whatever followed: "MRNA", "EHealth", "Gov.uk".
func asWritten(w string) bool {
	prev := rune(0)
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
		if prev == '.' && unicode.IsLetter(r) && i > 1 {
			return true
		}
		prev = r
	}
	return false
}

// upperFirstLetter capitalises the first letter of a word, past any
// opening quote or bracket.
func upperFirstLetter(w string) string {
	for i, r := range w {
		if unicode.IsLetter(r) {
			return w[:i] + string(unicode.ToUpper(r)) + w[i+utf8.RuneLen(r):]
		}
		if unicode.IsDigit(r) {
			return w
		}
	}
	return w
}

// initialsForm is how a style writes a person's initials after the
// surname.
type initialsForm int

const (
	// stopped initials, "Gault, J.M." (Cite Them Right Harvard).
	stopped initialsForm = iota
	// spacedStops, "Gault, J. M." (APA 7th, which puts a space between
	// initials; before, APA wrote Harvard's "J.M.").
	spacedStops
	// bare initials, "Gault JM" (Vancouver).
	bare
)

// invertedInitials turns "Jane Mary Gault" into "Gault, J.M." (stopped),
// "Gault, J. M." (spacedStops) or "Gault JM" (bare). A single word is
// kept: an organisation.
func invertedInitials(name string, form initialsForm) string {
	last, given := SplitName(name)
	if given == "" {
		return last
	}
	var initials []string
	for _, p := range strings.Fields(given) {
		var one strings.Builder
		for k, piece := range strings.Split(p, "-") {
			r, _ := utf8.DecodeRuneInString(piece)
			if r == utf8.RuneError {
				continue
			}
			if k > 0 && form != bare {
				one.WriteString("-")
			}
			one.WriteRune(unicode.ToUpper(r))
			if form != bare {
				one.WriteString(".")
			}
		}
		if one.Len() > 0 {
			initials = append(initials, one.String())
		}
	}
	switch form {
	case bare:
		return last + " " + strings.Join(initials, "")
	case spacedStops:
		return last + ", " + strings.Join(initials, " ")
	}
	return last + ", " + strings.Join(initials, "")
}

// joinAnd joins names with sep, the last two with last.
func joinAnd(names []string, sep, last string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], sep) + last + names[len(names)-1]
}
