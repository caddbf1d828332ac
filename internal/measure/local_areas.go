package measure

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// localAreaNames are England's local authority areas, as written: the
// upper-tier counties, the unitary authorities, the metropolitan and
// London boroughs, and the common names of counties and city regions
// ("Sussex", "Greater Manchester"). It is the one list of them: the
// place test of a name (IsPlaceName, PlaceNoBody), the names with "and"
// a list keeps whole (andPlaceNames) and the place an NHS trust's name
// is for (SourcePlace) all read it. Before
// (hostile check 69) no reader knew a county: "Data from Kent and Medway
// show that 41% ..." cited "Kent and Medway" as a body.
var localAreaNames = []string{
	// Counties.
	"Cambridgeshire", "Derbyshire", "Devon", "East Sussex", "Essex", "Gloucestershire", "Hampshire",
	"Hertfordshire", "Kent", "Lancashire", "Leicestershire", "Lincolnshire", "Norfolk", "Nottinghamshire",
	"Oxfordshire", "Staffordshire", "Suffolk", "Surrey", "Warwickshire", "West Sussex", "Worcestershire",
	// Unitary authorities.
	"Bath and North East Somerset", "Bedford", "Blackburn with Darwen", "Blackpool",
	"Bournemouth, Christchurch and Poole", "Bracknell Forest", "Brighton and Hove", "Bristol", "Buckinghamshire",
	"Central Bedfordshire", "Cheshire East", "Cheshire West and Chester", "Cornwall", "Cumberland", "Darlington",
	"Derby", "Dorset", "County Durham", "Durham", "East Riding of Yorkshire", "Halton", "Hartlepool", "Herefordshire",
	"Isle of Wight", "Isles of Scilly", "Kingston upon Hull", "Hull", "Leicester", "Luton", "Medway", "Middlesbrough",
	"Milton Keynes", "North East Lincolnshire", "North Lincolnshire", "North Northamptonshire", "North Somerset",
	"North Yorkshire", "Northumberland", "Nottingham", "Peterborough", "Plymouth", "Portsmouth", "Reading",
	"Redcar and Cleveland", "Rutland", "Shropshire", "Slough", "Somerset", "South Gloucestershire", "Southampton",
	"Southend-on-Sea", "Southend", "Stockton-on-Tees", "Stoke-on-Trent", "Swindon", "Telford and Wrekin", "Thurrock",
	"Torbay", "Warrington", "West Berkshire", "West Northamptonshire", "Westmorland and Furness", "Wiltshire",
	"Windsor and Maidenhead", "Wokingham", "York",
	// Metropolitan boroughs.
	"Barnsley", "Birmingham", "Bolton", "Bradford", "Bury", "Calderdale", "Coventry", "Doncaster", "Dudley",
	"Gateshead", "Kirklees", "Knowsley", "Leeds", "Liverpool", "Manchester", "Newcastle upon Tyne", "Newcastle",
	"North Tyneside", "Oldham", "Rochdale", "Rotherham", "St Helens", "Salford", "Sandwell", "Sefton", "Sheffield",
	"Solihull", "South Tyneside", "Stockport", "Sunderland", "Tameside", "Trafford", "Wakefield", "Walsall", "Wigan",
	"Wirral", "Wolverhampton",
	// London boroughs and the City.
	"Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing", "Enfield",
	"Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow",
	"Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
	"Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth",
	"Westminster", "City of London",
	// Common names of counties and city regions.
	"Bedfordshire", "Berkshire", "Cheshire", "Cumbria", "Northamptonshire", "Greater Manchester", "Merseyside",
	"South Yorkshire", "West Yorkshire", "East Yorkshire", "Tyne and Wear", "Cleveland", "Teesside", "Sussex",
	"Greater London",
}

// localAreas is localAreaNames as a set.
var localAreas = func() map[string]bool {
	m := make(map[string]bool, len(localAreaNames))
	for _, n := range localAreaNames {
		m[n] = true
	}
	return m
}()

// andPlaceNames are the English places whose names hold "and": in a list
// they are one item, never two ("Brighton and Hove and Medway" lists two
// places, "Bath and North East Somerset, Kent and Surrey" three).
var andPlaceNames = func() []string {
	var out []string
	for _, n := range localAreaNames {
		if strings.Contains(n, " and ") {
			out = append(out, n)
		}
	}
	return out
}()

// isLocalArea reports s, "the" before it or not, as one local authority
// area's name and nothing more: "Kent", "the Wirral", "Brighton and Hove";
// never a body named for one ("Kent County Council").
func isLocalArea(s string) bool {
	return localAreas[strings.TrimPrefix(s, "the ")]
}

// placeOrArea reports s as one place's name: the place list's
// (wholePlace) or a local area's.
func placeOrArea(s string) bool {
	return isLocalArea(s) || wholePlace(s)
}

// PlaceNoBody reports a name that is a place's (IsPlaceName) and no
// body's: "Kent", "Wales", "Kent and Medway", but not "Kent and Medway
// ICB", a board as well as its area, nor "Kent County Council". The
// attribution reader asks it of the name after "data from", "according
// to", "figures from": a place is no body a figure is cited to.
func PlaceNoBody(s string) bool {
	return IsPlaceName(s) && findAreas(s) == nil
}

// joinedPlaces reports s as places listed jointly, each one a place's
// name: "Kent and Medway", "Lancashire and South Cumbria" (no: Cumbria
// alone is listed, "South Cumbria" is not), "Kent, Surrey and Sussex".
func joinedPlaces(s string) bool {
	head, last, ok := strings.Cut(s, " and ")
	if !ok {
		return false
	}
	// A list of more than two: the "and" before the last.
	if k := strings.LastIndex(s, " and "); k > len(head) {
		head, last = s[:k], s[k+len(" and "):]
	}
	if !placeOrArea(strings.TrimSpace(last)) {
		return false
	}
	for _, p := range strings.Split(head, ", ") {
		if !placeOrArea(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// councilSuffixes are the words after an area's name that make a
// council's name ("Kent County Council", "Medway Council", "Leeds City
// Council"), councilPrefixes those before it ("London Borough of Camden").
var (
	councilSuffixes = []string{" Metropolitan Borough Council", " County Council", " City Council", " Borough Council",
		" District Council", " Council"}
	councilPrefixes = []string{"London Borough of ", "Royal Borough of ", "City of ", "Metropolitan Borough of "}
	// bodyForPlaceSuffixes end the name of an NHS body named for the
	// place its name opens with: "Kent Community Health NHS Foundation
	// Trust".
	bodyForPlaceSuffixes = []string{" NHS Foundation Trust", " NHS Trust", " Partnership NHS Foundation Trust"}
)

// SourcePlace is the place a source speaks for, as its publisher's name
// states it: a council's area ("Kent" of "Kent County Council", "Medway"
// of "Medway Council", "Camden" of "London Borough of Camden", whatever
// the area: a council is named for its own), an ICB's or ICS's ("Kent
// and Medway ICB" of "NHS Kent and Medway Integrated Care Board"), or the
// local area an NHS trust's name opens with ("Kent" of "Kent Community
// Health NHS Foundation Trust"); "" for any other ("NHS England", "Kent
// Online", a charity). A figure whose own words name no place takes it
// (Doc.Describe, through Input.Publisher): before (hostile check 69) Kent
// County Council's "47% of children waited ..." and Medway Council's
// "52% ..." of one year were linked as one measure's two values.
func SourcePlace(publisher string) string {
	p := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(publisher), "The "))
	if p == "" || slices.Contains(bodyNames, p) || jointBodiesRe.MatchString(p) {
		// Two bodies publishing together ("Brindlecombe City Council
		// and NHS Severnvale Integrated Care Board") speak for no one
		// area.
		return ""
	}
	if ps := findAreas(p); len(ps) == 1 && strings.TrimSpace(p[ps[0].end:]) == "" {
		return ps[0].name
	}
	for _, pre := range councilPrefixes {
		if name, ok := strings.CutPrefix(p, pre); ok && areaName(name) {
			return strings.TrimSuffix(name, " Council")
		}
	}
	for _, suf := range councilSuffixes {
		// "X Council" alone is an area's only when X is a local area the
		// list knows: "Arts Council", "Medical Research Council" name no
		// place; "X County Council", "X Borough Council" are named for X.
		if name, ok := strings.CutSuffix(p, suf); ok && areaName(name) && (suf != " Council" || isLocalArea(name)) {
			return name
		}
	}
	for _, suf := range bodyForPlaceSuffixes {
		if rest, ok := strings.CutSuffix(p, suf); ok {
			words := strings.Fields(rest)
			for n := min(len(words), 6); n >= 1; n-- {
				if name := strings.Join(words[:n], " "); isLocalArea(name) {
					return name
				}
			}
		}
	}
	return ""
}

// jointBodiesRe finds a body's word before "and" or "&" and another
// body's name after it: two publishers, no one body.
var jointBodiesRe = lazyre.New(`\b(?:Council|Trust|ICB|Board|Partnership|Authority|Service)\s+(?:and|&)\s+`)

// areaName reports a name a council may be named for: capitalised words,
// "and", "upon", "on", "of", "with" between them ("Brighton and Hove",
// "Kingston upon Thames"), no digit or "&".
func areaName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for i, w := range words {
		switch {
		case i > 0 && i < len(words)-1 && (w == "and" || w == "upon" || w == "on" || w == "of" || w == "with"):
		case isUpper(w[0]) && !strings.ContainsAny(w, "0123456789&"):
		default:
			return false
		}
	}
	return true
}

// sourcePlaced gives the figures of a sentence whose words name no
// place (WrittenPlace) the place of their source (SourcePlace of
// in.Publisher): "In 2023/24, 47% of children waited more than 12
// weeks" in Kent County Council's report is Kent's, and Medway
// Council's 52% of the same words is Medway's, two places no judge of
// one measure (links.Compare, the primary-source test) takes for one.
// Only a measured value (no base, no threshold, no aim) takes it, and
// not when the figure is cited to another body (in.Cites), for a table
// row (its columns may be other places'), when the sentence sets values
// beside others ("compared with", "against", "than": the other value may
// be the nation's), nor when it speaks of somewhere else in words no
// list knows ("in Dartford", "nationally", "our statistical
// neighbours"): the figure then keeps no place, as before.
func sourcePlaced(in Input) {
	if in.Cites != "" || len(in.Columns) > 0 || in.Label != "" || len(in.Labels) > 0 || strings.Contains(in.Text, "|") {
		return
	}
	place := SourcePlace(in.Publisher)
	if place == "" || elsewhereRe.MatchString(in.Text) || comparedValuesRe.MatchString(in.Text) || namesUnlistedPlace(in.Text) {
		return
	}
	for i := range in.Figures {
		f := &in.Figures[i]
		if f.Role.Measured() && !f.Aim && WrittenPlace(*f) == "" {
			f.Place = place
		}
	}
}

// comparedValuesRe finds words setting a value beside another: "compared
// with", "against", "higher than", "versus", "average", "benchmark";
// not "more than", which says a threshold.
var comparedValuesRe = lazyre.New(`(?i)\b(?:compared?|comparison|against|(?:higher|lower|better|worse|greater|fewer|less)\s+than|versus|vs|average|benchmark|equivalent|similar|rest\s+of)\b`)

// elsewhereRe finds words of a place wider than, or beside, a local
// area's ("nationally", "national average", "across the country",
// "statistical neighbours", "other areas", "UK-wide"), or of a rule set
// for every area ("the law", "statutory", "must", "the 18-week
// standard", "target", "limit"), whose values are no area's.
var elsewhereRe = lazyre.New(`(?i)\b(?:national(?:ly)?|nationwide|country(?:wide)?|UK-wide|neighbour(?:s|ing)?|other\s+(?:areas|councils|local\s+authorities|regions|ICBs|trusts)|elsewhere|region(?:al(?:ly)?)?|law|legal(?:ly)?|statutory|regulations?|must|guidance|standard|target|limit|ambition)\b`)

// partOfAreaRe opens a part of an area before its name: "rural ",
// "north ", "central ".
var partOfAreaRe = lazyre.New(`^(?:rural|urban|coastal|inner|outer|north|south|east|west|northern|southern|eastern|western|central|mid|greater)(?:-|\s+)`)

// namesUnlistedPlace reports a text naming a place after "in", "across",
// "for" or "from" with a capitalised word that is no time's or school
// year's ("in Dartford", "across Thanet"): a part of an area the lists
// do not know.
func namesUnlistedPlace(s string) bool {
	for _, lead := range []string{"in ", "In ", "across ", "Across ", "for ", "from ", "within "} {
		for from := 0; ; {
			k := strings.Index(s[from:], lead)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(lead)
			if at > 0 && isWordByteASCII(s[at-1]) {
				continue
			}
			rest := s[from:]
			if m := partOfAreaRe.FindStringIndex(rest); m != nil {
				// "in rural Wyre", "across north Kent": a part.
				rest = rest[m[1]:]
			}
			end := 0
			for end < len(rest) && (isWordByteASCII(rest[end]) || rest[end] == '-') {
				end++
			}
			w := rest[:end]
			if len(w) >= 2 && isUpper(w[0]) && w[1] >= 'a' && w[1] <= 'z' && !notPlaceWords[w] {
				return true
			}
		}
	}
	return false
}
