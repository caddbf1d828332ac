package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// decimalParagraphNumberRe is a board paper's or a report's paragraph
// number in the decimal form, "2.1 ", "3.4.2 ", "1.1. ", "(2.11) ",
// before the paragraph's first word, with the list letter or numeral of
// its first part ("4.4 (a) ", "4.4 (iii) ") if it has one.
var decimalParagraphNumberRe = lazyre.New(`^\s*(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|\(\d{1,2}(?:\.\d{1,2}){1,2}\))\s+(?:\((?:[a-h]|[ivx]{1,4})\)\s+)?`)

// paragraphNumberLen is the length of the paragraph number a sentence
// opens with ("2.1 Only 54% of Year 6 children ...", "2.1 54% of ..."),
// or 0: a number in the decimal form before a capital letter, a quotation
// mark, a bracket or a figure (a digit or a currency sign: "2.2 1,150
// children", "2.10 £4.5m"), never a value ("2.5 million children", "1.5
// per 1,000"), in a sentence that ends with its stop, never a form's
// question. Before (hostile check 66), "2.1" opened the quote and the
// measure ("2.1 were weighed and measured") and was a word of the key, so
// the same measure in another paper's paragraph 3.4 never met it; before
// hostile check 67 it stayed so before a figure.
func paragraphNumberLen(s string) int {
	if t := strings.TrimLeft(s, " \t"); t == "" || (t[0] != '(' && (t[0] < '0' || t[0] > '9')) {
		return 0 // most sentences open with a word: no regexp for them
	}
	loc := decimalParagraphNumberRe.FindStringIndex(s)
	if loc == nil || !endsSentence(s) {
		// "1.5 Total income in your last financial year £186,400": a
		// form's numbered question, quoted whole as the form sets it.
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[loc[1]:])
	// A value is never followed by a second figure: "2.2 1,150" is a
	// paragraph number and a count.
	if !unicode.IsUpper(r) && !isOpeningMark(r) && !unicode.IsDigit(r) && !isCurrencySign(r) {
		return 0
	}
	return loc[1]
}

// isOpeningMark: a quotation mark or a bracket that may open a sentence.
func isOpeningMark(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '(', '[':
		return true
	}
	return false
}

// isCurrencySign: a sign that opens a sum of money, "£4.5m".
func isCurrencySign(r rune) bool {
	return r == '£' || r == '$' || r == '€'
}

// endsSentence: s ends with a full stop, a question or an exclamation
// mark, closing quotation marks and brackets aside.
func endsSentence(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "*_\"'”’)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}
