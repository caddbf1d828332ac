package extract

import "strings"

// Numbers written in words, as UK newsrooms and reports write them:
// "Eighty-two per cent", "twenty-three trusts", "two million children".

var (
	unitWords = map[string]float64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	}
	teenWords = map[string]float64{
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]float64{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	scaleWords = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}
)

// wordAt is the lower-cased word of ASCII letters starting at i, and where it ends.
func wordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	return strings.ToLower(s[i:j]), j
}

// wordNumberAt reads a number in words starting at i ("twenty-three",
// "two hundred and fifty", "a million", "eighty two"). It returns the value,
// where the number ends, whether the value was built from more than one
// word (a compound or a scale), and ok.
func wordNumberAt(s string, i int) (v float64, end int, compound, ok bool) {
	if i > 0 && isLetter(s[i-1]) {
		return 0, i, false, false
	}
	w, j := wordAt(s, i)
	small := 0.0
	switch {
	case w == "a" || w == "an":
		// "a hundred", "a million": only with a scale word after.
		k := skipSpace(s, j)
		sw, sj := wordAt(s, k)
		if sc, isScale := scaleWords[sw]; isScale && k > j {
			return sc, sj, true, true
		}
		return 0, i, false, false
	case unitWords[w] > 0:
		small = unitWords[w]
	case teenWords[w] > 0:
		small = teenWords[w]
	case tensWords[w] > 0:
		small = tensWords[w]
		// "twenty-three", "twenty three"
		if j < len(s) && (s[j] == '-' || s[j] == ' ') {
			if uw, uj := wordAt(s, j+1); unitWords[uw] > 0 {
				small += unitWords[uw]
				j = uj
				compound = true
			}
		}
	default:
		return 0, i, false, false
	}
	v, end = small, j
	// "two hundred (and fifty)", "three thousand", "1.5 million" is read elsewhere.
	for {
		k := skipSpace(s, end)
		if k == end {
			break
		}
		sw, sj := wordAt(s, k)
		sc, isScale := scaleWords[sw]
		if !isScale {
			break
		}
		v *= sc
		end, compound = sj, true
		if sc == 100 {
			// "two hundred and fifty"
			if k2 := skipSpace(s, end); k2 > end {
				if aw, aj := wordAt(s, k2); aw == "and" {
					if rest, rend, _, rok := wordNumberAt(s, skipSpace(s, aj)); rok && rest < 100 {
						v += rest
						end = rend
					}
				}
			}
		}
	}
	if end < len(s) && isLetter(s[end]) {
		return 0, i, false, false
	}
	return v, end, compound, true
}

func skipSpace(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// wordNumberBefore finds a number in words ending exactly at end ("Eighty-two"
// before " per cent"), trying up to five words back; start is where it
// begins.
func wordNumberBefore(s string, end int) (start int, v float64, ok bool) {
	best := -1
	var bestV float64
	i := end
	for words := 0; words < 5 && i > 0; words++ {
		// Step back over one word and the space or hyphen before it.
		j := i
		for j > 0 && (s[j-1] == ' ' || s[j-1] == '-') {
			j--
		}
		k := j
		for k > 0 && isLetter(s[k-1]) {
			k--
		}
		if k == j {
			break
		}
		if val, e, _, good := wordNumberAt(s, k); good && e == end {
			best, bestV = k, val
		}
		i = k
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, bestV, true
}
