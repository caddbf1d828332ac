package measure

import (
	"sort"
	"strings"
)

// bodyNames are bodies whose names hold a place they do not describe:
// NHS England's figures are England's only when the sentence says so.
var bodyNames = []string{"NHS England", "Public Health England", "Health Education England", "Sport England",
	"Bank of England", "Arts Council England", "Commissioner for England", "Commissioner for Wales", "NHS Wales",
	"Public Health Wales", "Public Health Scotland", "Care Inspectorate Wales", "Healthcare Improvement Scotland",
	"NHS Scotland"}

// placeNames are the nations and regions of England as written, longest
// first, with the name records carry.
var placeNames = []struct{ written, name string }{
	{"Yorkshire and the Humber", "Yorkshire and the Humber"}, {"Yorkshire and Humber", "Yorkshire and the Humber"},
	{"Northern Ireland", "Northern Ireland"}, {"United Kingdom", "UK"}, {"East of England", "East of England"},
	{"East Midlands", "East Midlands"}, {"West Midlands", "West Midlands"}, {"Great Britain", "Great Britain"},
	{"North East and Yorkshire", "North East and Yorkshire"}, {"Midlands", "Midlands"},
	{"North East", "North East"}, {"North West", "North West"}, {"South East", "South East"},
	{"South West", "South West"}, {"England", "England"}, {"English", "England"}, {"London", "London"},
	{"Scotland", "Scotland"}, {"Scottish", "Scotland"}, {"Britain", "Great Britain"}, {"British", "Great Britain"},
	{"Wales", "Wales"}, {"Welsh", "Wales"}, {"UK", "UK"},
}

// placeSpan is a place found in a text.
type placeSpan struct {
	start, end int
	name       string
}

// findPlaces lists the places a text names: nations, regions of England,
// and areas named with their ICB or ICS. Places inside the names of bodies
// (NHS England) are not places.
func findPlaces(s string) []placeSpan {
	if !hasCapitalPlaceWord(s) {
		return nil
	}
	taken := make([]bool, len(s)+1)
	for _, b := range bodyNames {
		for from := 0; ; {
			i := strings.Index(s[from:], b)
			if i < 0 {
				break
			}
			for k := from + i; k < from+i+len(b); k++ {
				taken[k] = true
			}
			from += i + len(b)
		}
	}
	var out []placeSpan
	add := func(a, b int, name string) {
		if spanTaken(taken, a, b) {
			return
		}
		for i := a; i < b; i++ {
			taken[i] = true
		}
		out = append(out, placeSpan{a, b, name})
	}
	for _, a := range findAreas(s) {
		add(a.start, a.end, a.name)
	}
	for _, p := range placeNames {
		for from := 0; ; {
			i := strings.Index(s[from:], p.written)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(p.written)
			from = b
			if a > 0 && isWordByteASCII(s[a-1]) || b < len(s) && isWordByteASCII(s[b]) {
				continue
			}
			if compassRegions[p.written] {
				if end := subArea(s, b); end > b {
					// "North West London", "North East Lincolnshire",
					// "North East and North Cumbria": an area within or
					// across the region, not the region, nor the London
					// inside its name.
					for k := a; k < end; k++ {
						taken[k] = true
					}
					continue
				}
			}
			add(a, b, p.name)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// compassRegions are the regions of England whose names also begin the
// names of areas within or across them.
var compassRegions = map[string]bool{"North East": true, "North West": true, "South East": true, "South West": true}

// subArea is the end of an area's name that goes on from a compass
// region's name ending at b: a capitalised word ("London", "Lincolnshire",
// "Ambulance"), or "and" and one that starts no region ("and North
// Cumbria", but not "and London"); b when the name ends there.
func subArea(s string, b int) int {
	word := func(i int) int { // the end of a capitalised word at i, or i
		if i >= len(s) || !isUpper(s[i]) {
			return i
		}
		j := i
		for j < len(s) && (isWordByteASCII(s[j]) || s[j] == '-' || s[j] == '\'') {
			j++
		}
		return j
	}
	if !strings.HasPrefix(s[b:], " ") {
		return b
	}
	if e := word(b + 1); e > b+1 {
		if w := s[b+1 : e]; w == "England" || w == "Region" || w == "Regional" {
			return b
		}
		return runOfWords(s, e, word)
	}
	if rest := s[b:]; strings.HasPrefix(rest, " and ") {
		at := b + len(" and ")
		for _, p := range placeNames {
			if strings.HasPrefix(s[at:], p.written) {
				return b // "North East and London": two regions
			}
		}
		if e := word(at); e > at {
			return runOfWords(s, e, word)
		}
	}
	return b
}

// runOfWords is the end of the capitalised words going on from e.
func runOfWords(s string, e int, word func(int) int) int {
	for e+1 < len(s) && s[e] == ' ' {
		n := word(e + 1)
		if n == e+1 {
			break
		}
		e = n
	}
	return e
}

func isWordByteASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// findAreas finds areas named with their ICB or ICS: "Kent and Medway
// ICB", "NHS Hampshire and Isle of Wight Integrated Care Board". The name
// is the capitalised words before the body, joined by "and", "of", "the",
// "upon" or "on".
func findAreas(s string) []placeSpan {
	var out []placeSpan
	for _, body := range []string{" ICB", " ICS", " Integrated Care Board", " Integrated Care System"} {
		for from := 0; ; {
			i := strings.Index(s[from:], body)
			if i < 0 {
				break
			}
			at := from + i
			end := at + len(body)
			from = end
			if end < len(s) && isWordByteASCII(s[end]) && s[end] != 's' {
				continue
			}
			base := max(0, at-80)
			toks := tokenize(s[base:at])
			k := len(toks)
			// next is where the text after token k-1 ends: the next
			// token's start, or the body's.
			next := func(k int) int {
				if k < len(toks) {
					return base + toks[k].start
				}
				return at
			}
			for k > 0 {
				w := toks[k-1].text
				if gap := s[base+toks[k-1].end : next(k)]; strings.ContainsAny(gap, ":;") || strings.Contains(gap, ".") && w != "St" {
					// A label or a sentence ends before the name: "Source:
					// ICB dataset" names no place "Source: ICB" (hostile
					// check 64: a table's rows took it from their caption).
					break
				}
				if isUpper(w[0]) && len(w) > 1 && !isUpper(w[1]) || w == "NHS" {
					// "NHS" opens the body's full name and is left out
					// of the place's below, but is no word of the
					// measure: "In NHS Kent and Medway ICB, 900 children".
					k--
					continue
				}
				if k > 1 && k < len(toks) && (w == "and" || w == "of" || w == "the" || w == "upon" || w == "on") {
					k--
					continue
				}
				break
			}
			for k < len(toks) && (!isUpper(toks[k].text[0]) || areaLeadWords[toks[k].text]) {
				// A name starts with a capital, and not with the word
				// that opens the sentence before it: "In Kent and Medway
				// ICB, 900 children" is of Kent and Medway ICB.
				k++
			}
			if k == len(toks) {
				continue
			}
			start := base + toks[k].start
			if c := strings.LastIndex(s[start:at], ", "); c >= 0 && commaEndsArea(s, start, start+c) {
				start += c + 2
			}
			name := strings.TrimPrefix(s[start:at], "NHS ")
			if notAreaWords[strings.Fields(name)[0]] {
				continue
			}
			out = append(out, placeSpan{start, end, name + " " + areaKind(body)})
		}
	}
	return out
}

// commaEndsArea reports a comma at c inside the capitalised run from
// start before an ICB that ends another name, not one inside the area's
// ("Bath and North East Somerset, Swindon and Wiltshire ICB"): the run
// before it is a place compared with ("Compared to Surrey, Kent and
// Medway ICB had") or a nation or region ("England, Kent and Medway
// ICB"). Before (hostile check 55) the place was "England, Kent and
// Medway ICB".
func commaEndsArea(s string, start, c int) bool {
	if comparedBeforePlaceRe.MatchString(s[:start]) {
		return true
	}
	first := strings.TrimPrefix(s[start:c], "NHS ")
	if k := strings.Index(first, ", "); k >= 0 {
		first = first[:k]
	}
	for _, p := range placeNames {
		if p.written == first {
			return true
		}
	}
	return false
}

// areaLeadWords are capitalised words that can stand before an area's
// name, opening a sentence or a clause, and never begin one: prepositions
// ("In", "Across", "Within", "For"), joining words and sentence adverbs
// ("While", "However"). "Mid", "Near" or "Over" can begin a place's name
// ("Mid and South Essex"), so they are not here.
var areaLeadWords = setOf(`In Across Within For At From Throughout Among Amongst Outside Inside Under By To Of On
Between Beyond Unlike Like Including And But Yet Or While Whilst Whereas Although Though If When Where Only Even
Both Also However Meanwhile Overall Similarly Elsewhere Nationally Locally`)

// notAreaWords open a capitalised run that is not an area's name ("The
// ICB", "Each ICS").
var notAreaWords = setOf(`The Our Each Every This That Their Its An A Local Your My All Most Many Some Any No`)

// areaKind is ICB or ICS for the words after an area's name.
func areaKind(s string) string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "System") || strings.Contains(s, "ICS") {
		return "ICS"
	}
	return "ICB"
}

// hasCapitalPlaceWord is a cheap test before the names are looked for.
func hasCapitalPlaceWord(s string) bool {
	for _, w := range []string{"Engl", "UK", "United Kingdom", "Brit", "Wales", "Welsh", "Scot", "Northern Ireland",
		"North East", "North West", "South East", "South West", "Midlands", "London", "Yorkshire", "ICB", "ICS", "Integrated Care"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// andPlaceAt is the place of andPlaceNames s opens with, whole words,
// or "".
func andPlaceAt(s string) string {
	for _, n := range andPlaceNames {
		if strings.HasPrefix(s, n) && (len(s) == len(n) || !isWordByteASCII(s[len(n)])) {
			return n
		}
	}
	return ""
}
