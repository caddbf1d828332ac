package query

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokKind is the kind of a lexical token.
type tokKind int

const (
	tEOF tokKind = iota
	tWord
	tPhrase
	tField
	tLParen
	tRParen
	tMinus
	tPlus
	tOr
	tAnd
	tNot
)

type token struct {
	kind tokKind
	at   int
	text string // a word, a phrase's words, a field's value
	name string // a field's name
	// quoted marks a field value given as a "phrase"; open marks a phrase
	// or quoted value with no closing quote.
	quoted, open bool
	// tight marks a bar with no space on either side ("autism|adhd",
	// "\"waiting list\"|adhd"): it joins the two parts beside it before
	// anything else, as a search box reads it.
	tight bool
	// carried marks a field value joined by a bar to the clause before
	// it (see sameField).
	carried bool
}

// Parse reads a query. An empty query (or only white space) is nil: it
// matches everything.
func Parse(q string, o Options) (Node, error) {
	if n := utf8.RuneCountInString(q); n > MaxRunes {
		return nil, &Error{Msg: fmt.Sprintf("the query is %d characters long; at most %d are read", n, MaxRunes)}
	}
	if !utf8.ValidString(q) {
		return nil, &Error{Msg: "the query is not valid UTF-8 text"}
	}
	toks, err := lex(q, o)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks, q: q, typing: o.Typing}
	n, err := p.or()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind == tRParen {
		return nil, &Error{Msg: fmt.Sprintf("the ')' at character %d has no '(' before it", col(q, t.at)), At: t.at}
	}
	if o.Typing && len(toks) > 0 && toks[len(toks)-1].kind == tWord && !unicode.IsSpace(lastRune(q)) && !loneSignLast(q) {
		n = markPrefix(n)
	}
	return n, nil
}

// col is the character (counted from 1) at byte offset at of q, as a
// message names it: a full-width or accented letter is one character,
// though two or three bytes. Before, "ａｕｔｉｓｍ OR" was told "OR at
// character 20".
func col(q string, at int) int {
	return utf8.RuneCountInString(q[:min(at, len(q))]) + 1
}

// firstRunes is s up to its n-th character, never cut inside one.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// loneSignLast reports whether q ends with a '-' or '+' of its own (not
// inside a word, as in "co-"): one the lexer leaves out while typing.
func loneSignLast(q string) bool {
	r, size := utf8.DecodeLastRuneInString(q)
	return (r == '-' || r == '+') && (len(q) == size || !isWordRune(lastRune(q[:len(q)-size])))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// lex splits a query into tokens.
func lex(q string, o Options) ([]token, error) {
	var toks []token
	i := 0
	for i < len(q) {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			toks = append(toks, token{kind: tLParen, at: i})
			i++
		case r == ')':
			toks = append(toks, token{kind: tRParen, at: i})
			i++
		case r == '|':
			end := i
			for end < len(q) && q[end] == '|' {
				end++
			}
			before, after := rune(' '), rune(' ')
			if i > 0 {
				before = lastRune(q[:i])
			}
			if end < len(q) {
				after, _ = utf8.DecodeRuneInString(q[end:])
			}
			tight := !unicode.IsSpace(before) && before != '(' && !unicode.IsSpace(after) && after != ')'
			toks = append(toks, token{kind: tOr, at: i, text: q[i:end], tight: tight})
			i = end
		case r == '"':
			text, end, open, err := quoted(q, i, o)
			if err != nil {
				return nil, err
			}
			toks = append(toks, sameField(toks, token{kind: tPhrase, at: i, text: text, open: open}))
			i = end
		case (r == '-' || r == '+') && (i == 0 || !isWordRune(lastRune(q[:i]))):
			if o.Typing && i+1 == len(q) {
				// "autism -" while the word to leave out is being
				// typed, as "autism NOT" is: nothing asked yet.
				i++
				continue
			}
			if i+1 >= len(q) || unicode.IsSpace(rune(q[i+1])) || q[i+1] == ')' {
				what := "leave out items with that word (-waiting)"
				if r == '+' {
					what = "require it (+waiting), though every word is required anyway"
				}
				return nil, &Error{Msg: fmt.Sprintf("a lone '%c' at character %d needs a word right after it, to %s", r, col(q, i), what), At: i}
			}
			kind := tMinus
			if r == '+' {
				kind = tPlus
			}
			toks = append(toks, token{kind: kind, at: i})
			i++
		default:
			t, end, err := bare(q, i, o)
			if err != nil {
				return nil, err
			}
			if t.kind == tWord {
				t = sameField(toks, t)
				t.open = t.kind == tField && o.Typing && end == len(q)
			}
			toks = append(toks, t)
			i = end
		}
	}
	for k := range toks {
		toks[k].text = Fold(toks[k].text)
	}
	return toks, nil
}

// sameField reads a word or phrase joined by a bar to a field clause
// before it as another value of that field: "theme:waiting-lists|
// mental-health" asks for either theme and "year:2023|2024" for either
// year. It is marked carried: a value the field does not have is the
// words typed ("publisher:\"NHS Providers\"|autism"), which only the
// index can tell. Before, the bar and what followed were read as part of the value
// ("no such theme"), and "autism|theme:send" searched the words "theme
// send".
func sameField(toks []token, t token) token {
	n := len(toks)
	if n < 2 || toks[n-1].kind != tOr || !toks[n-1].tight || toks[n-2].kind != tField {
		return t
	}
	return token{kind: tField, at: t.at, name: toks[n-2].name, text: t.text, quoted: t.kind == tPhrase, open: t.open, carried: true}
}

// Fold reads the letters and digits of a query written in compatibility
// forms as the plain ones they stand for (NFKC), one character at a time:
// full-width "ａｕｔｉｓｍ" is "autism" and the ligature in "ﬁnance" is
// "fi", as the index holds them (a PDF's ligatures are unfolded on
// import). Before, each found nothing. Only a letter or digit whose form
// is letters or digits is folded: "²", "½" and "™" are kept, as the index
// analyses them.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			f := norm.NFKC.String(string(r))
			if f != string(r) && f != "" && strings.IndexFunc(f, func(x rune) bool { return !isWordRune(x) }) < 0 {
				b.WriteString(f)
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// quoted reads a "phrase" starting at the quote at i; it returns the text
// between the quotes, where reading stopped, and whether the quote was
// left open (allowed only while typing).
func quoted(q string, i int, o Options) (string, int, bool, error) {
	end := strings.IndexByte(q[i+1:], '"')
	if end < 0 {
		if !o.Typing {
			return "", 0, false, &Error{Msg: fmt.Sprintf("the quote at character %d is never closed: add a closing \"", col(q, i)), At: i}
		}
		return q[i+1:], len(q), true, nil
	}
	return q[i+1 : i+1+end], i + 2 + end, false, nil
}

// errOpen says a field's number is still being typed.
var errOpen = errors.New("a number still being typed")

// bare reads a word, an operator or a field clause starting at i.
func bare(q string, i int, o Options) (token, int, error) {
	end := i
	for end < len(q) {
		r, size := utf8.DecodeRuneInString(q[end:])
		if unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' || r == '|' {
			break
		}
		end += size
	}
	text := q[i:end]
	switch text {
	case "OR":
		return token{kind: tOr, at: i}, end, nil
	case "AND":
		return token{kind: tAnd, at: i}, end, nil
	case "NOT":
		return token{kind: tNot, at: i}, end, nil
	}
	if name, off, ok := fieldName(text); ok {
		t := token{kind: tField, at: i, name: strings.ToLower(name)}
		valueAt := i + off
		if valueAt < len(q) && q[valueAt] == '"' {
			v, vend, open, err := quoted(q, valueAt, o)
			if err != nil {
				return token{}, 0, err
			}
			t.text, t.quoted, t.open = v, true, open
			return t, vend, nil
		}
		t.text = q[valueAt:end]
		// The last clause of a query being typed, its value not yet
		// whole ("theme:", "theme:men", "value:>"): read as what is there
		// so far, as an open quote is, never an error.
		t.open = o.Typing && end == len(q)
		if t.text == "" && !slices.Contains(Fields, t.name) {
			// "CAMHS: waiting times", a heading pasted, a note typed: a
			// colon before a space after a word that names no field is
			// punctuation. Before, it was an error suggesting CAMHS:send.
			return token{kind: tWord, at: i, text: name}, end, nil
		}
		if t.text == "" && !t.open {
			return token{}, 0, &Error{Msg: fmt.Sprintf("%s: needs a value right after the colon, as in %s:%s", name, name, exampleValue(t.name)), At: i}
		}
		return t, end, nil
	}
	return token{kind: tWord, at: i, text: text}, end, nil
}

// fieldName recognises "name:" at the start of a bare token: a name of
// letters and underscores, so "10:30" and "A&E:" stay words. It returns
// the name and where the value begins. A name and colon typed full-width
// ("ｔｈｅｍｅ：send", an East Asian keyboard's) are the plain ones, as
// the words of a query are (Fold); before, they were searched as a word
// and found nothing, with nothing said.
func fieldName(text string) (string, int, bool) {
	k, colon := strings.IndexByte(text, ':'), 1
	if w := strings.Index(text, "："); w >= 0 && (k < 0 || w < k) {
		k, colon = w, len("：")
	}
	if k <= 0 {
		return "", 0, false
	}
	name := Fold(text[:k])
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_') {
			return "", 0, false
		}
	}
	return name, k + colon, true
}

func exampleValue(field string) string {
	switch field {
	case "year":
		return "2024 or year:2018..2020"
	case "value":
		return ">50"
	case "kind":
		return "statistic"
	case "publisher":
		return `"NHS Providers"`
	}
	return "send"
}

// parser is a recursive-descent reader of tokens.
type parser struct {
	toks   []token
	pos    int
	q      string
	typing bool
}

func (p *parser) peek() token {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return token{kind: tEOF, at: len(p.q)}
}

func (p *parser) next() token {
	t := p.peek()
	if p.pos < len(p.toks) {
		p.pos++
	}
	return t
}

// or reads alternatives joined by OR; nil when there is nothing at all.
func (p *parser) or() (Node, error) {
	first, err := p.and()
	if err != nil {
		return nil, err
	}
	alts := []Node{}
	if first != nil {
		alts = append(alts, first)
	}
	for p.peek().kind == tOr {
		t := p.next()
		op := "OR"
		if t.text != "" {
			op = "'" + t.text + "' (OR)" // a bar is named as typed
		}
		if first == nil && len(alts) == 0 {
			return nil, &Error{Msg: fmt.Sprintf("%s at character %d needs something before it, as in autism OR adhd", op, col(p.q, t.at)), At: t.at}
		}
		n, err := p.and()
		if err != nil {
			return nil, err
		}
		if n == nil {
			if p.typing && p.peek().kind == tEOF {
				break // "autism OR" while the next word is being typed
			}
			return nil, &Error{Msg: fmt.Sprintf("%s at character %d needs something after it, as in autism OR adhd", op, col(p.q, t.at)), At: t.at}
		}
		alts = append(alts, n)
	}
	switch len(alts) {
	case 0:
		return nil, nil
	case 1:
		return alts[0], nil
	}
	return Or(alts), nil
}

// and reads the parts that are all required, up to OR, ')' or the end.
func (p *parser) and() (Node, error) {
	var parts []Node
	for {
		t := p.peek()
		switch t.kind {
		case tEOF, tOr, tRParen:
			switch len(parts) {
			case 0:
				return nil, nil
			case 1:
				return parts[0], nil
			}
			return And(parts), nil
		case tAnd:
			p.next()
			if len(parts) == 0 || p.peek().kind == tEOF && !p.typing || p.peek().kind == tOr || p.peek().kind == tRParen {
				if p.peek().kind == tEOF && p.typing && len(parts) > 0 {
					continue
				}
				return nil, &Error{Msg: fmt.Sprintf("AND at character %d needs something on both sides (and every word is required anyway)", col(p.q, t.at)), At: t.at}
			}
			continue
		}
		n, err := p.unary()
		if err != nil {
			return nil, err
		}
		if n != nil {
			parts = append(parts, n)
		}
	}
}

// unary reads a negation or a primary.
func (p *parser) unary() (Node, error) {
	t := p.peek()
	switch t.kind {
	case tMinus, tNot:
		p.next()
		switch p.peek().kind {
		case tEOF, tOr, tRParen, tAnd:
			if t.kind == tNot && p.typing && p.peek().kind == tEOF {
				return nil, nil // "autism NOT" while the next word is being typed
			}
			return nil, &Error{Msg: fmt.Sprintf("NOT at character %d needs a word after it, to leave out the items that have it (autism NOT adhd)", col(p.q, t.at)), At: t.at}
		}
		x, err := p.unary()
		if err != nil || x == nil {
			return x, err
		}
		if inner, ok := x.(Not); ok {
			return inner.X, nil // a double negative
		}
		return Not{x}, nil
	case tPlus:
		p.next()
	}
	return p.alternatives()
}

// alternatives reads a primary and the parts joined to it by tight bars
// ("autism|adhd", "\"waiting list\"|(asd OR adhd)", "autism|-adhd"): one
// part, each, may be negated or required. Before, a bar beside a quote or
// a bracket was read as part of the word next to it and the two parts
// were both required.
func (p *parser) alternatives() (Node, error) {
	n, err := p.primary()
	if err != nil {
		return nil, err
	}
	var alts []Node
	if n != nil {
		alts = append(alts, n)
	}
	for t := p.peek(); t.kind == tOr && t.tight; t = p.peek() {
		p.next()
		x := p.peek()
		neg := x.kind == tMinus || x.kind == tNot
		if neg || x.kind == tPlus {
			p.next()
		}
		if k := p.peek().kind; k == tEOF || k == tOr || k == tRParen || k == tAnd {
			if p.typing && k == tEOF {
				break
			}
			return nil, &Error{Msg: fmt.Sprintf("'%s' (OR) at character %d needs something after it, as in autism OR adhd", t.text, col(p.q, t.at)), At: t.at}
		}
		m, err := p.primary()
		if err != nil {
			return nil, err
		}
		if m == nil {
			continue
		}
		if neg {
			m = Not{m}
		}
		alts = append(alts, m)
	}
	switch len(alts) {
	case 0:
		return nil, nil
	case 1:
		return alts[0], nil
	}
	return Or(alts), nil
}

// primary reads a bracketed group, a phrase, a field clause or a word.
func (p *parser) primary() (Node, error) {
	t := p.next()
	switch t.kind {
	case tLParen:
		n, err := p.or()
		if err != nil {
			return nil, err
		}
		switch p.peek().kind {
		case tRParen:
			p.next()
		case tEOF:
			if !p.typing {
				return nil, &Error{Msg: fmt.Sprintf("the '(' at character %d is never closed: add a ')'", col(p.q, t.at)), At: t.at}
			}
		}
		if n == nil && !p.typing {
			return nil, &Error{Msg: fmt.Sprintf("the brackets at character %d are empty: put words between ( and )", col(p.q, t.at)), At: t.at}
		}
		return n, nil
	case tPhrase:
		text := strings.TrimSpace(t.text)
		if text == "" {
			if t.open {
				return nil, nil
			}
			return nil, &Error{Msg: fmt.Sprintf("the quotes at character %d are empty: put a phrase between them", col(p.q, t.at)), At: t.at}
		}
		return Phrase{Text: text, Open: t.open}, nil
	case tField:
		return field(t)
	case tWord:
		return word(t)
	case tRParen:
		return nil, &Error{Msg: fmt.Sprintf("the ')' at character %d has no '(' before it", col(p.q, t.at)), At: t.at}
	}
	return nil, &Error{Msg: fmt.Sprintf("unexpected %q at character %d", firstRunes(p.q[t.at:], 8), col(p.q, t.at)), At: t.at}
}

// word reads a plain word or a pattern (wild*, term~1). Words joined by
// a slash or a plus are both required (bars are read by the lexer and
// the parser, as OR) ("ADHD/autism",
// "autism+adhd"), as a search box reads them; before, each was read as a
// phrase ("adhd autism", in that order, side by side) and found nothing.
// Figures keep their slash ("2023/24", "24/7"): a part of them has no
// letter.
func word(t token) (Node, error) {
	for _, j := range []struct {
		seps string
		part func(rune) bool // what each part must hold
		node func([]Node) Node
	}{{"/+", unicode.IsLetter, func(ns []Node) Node { return And(ns) }}} {
		parts := splitJoins(t.text, j.seps)
		if len(parts) < 2 || slices.ContainsFunc(parts, func(p string) bool { return strings.IndexFunc(p, j.part) < 0 }) || webAddress(t.text) {
			continue
		}
		var ns []Node
		for _, p := range parts {
			n, err := word(token{kind: tWord, at: t.at, text: p})
			if err != nil {
				return nil, err
			}
			ns = append(ns, n)
		}
		return j.node(ns), nil
	}
	w := Word{Text: t.text}
	if k := strings.LastIndexByte(w.Text, '~'); k > 0 {
		n := 1
		if d := w.Text[k+1:]; d != "" {
			v, err := strconv.Atoi(d)
			if err != nil || v < 1 || v > 2 {
				return nil, &Error{Msg: fmt.Sprintf("%q: a fuzzy word takes ~1 or ~2 (the number of letters that may differ)", t.text), At: t.at}
			}
			n = v
		}
		w.Text, w.Fuzzy = w.Text[:k], n
		if r := utf8.RuneCountInString(w.Text); r > MaxPatternRunes {
			return nil, &Error{Msg: fmt.Sprintf("a fuzzy word may be at most %d characters (this one has %d)", MaxPatternRunes, r), At: t.at}
		}
	}
	// A question mark ending a word that holds no other pattern is the
	// question's ("waiting times for autism?"): read as a one-letter
	// wildcard, it asked for "autism" and one letter more, and found
	// nothing.
	if rest := strings.TrimRight(w.Text, "?"); rest != w.Text && strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 && !strings.ContainsAny(rest, "*?") {
		w.Text = rest
	}
	if strings.ContainsAny(w.Text, "*?") {
		if utf8.RuneCountInString(w.Text) > MaxPatternRunes {
			return nil, &Error{Msg: fmt.Sprintf("a wildcard word may be at most %d characters (this one has %d)", MaxPatternRunes, utf8.RuneCountInString(w.Text)), At: t.at}
		}
		if strings.Trim(w.Text, "*?") == "" {
			return nil, &Error{Msg: fmt.Sprintf("%q matches any word: add letters to it, or leave it out", t.text), At: t.at}
		}
		w.Wildcard = true
	}
	return w, nil
}

// splitJoins cuts w at each of seps, leaving out empty parts, but not at
// a '+' that joins two letters into one term ("A+E", see JoinedAt).
func splitJoins(w, seps string) []string {
	var parts []string
	start := 0
	for i := 0; i <= len(w); i++ {
		if i < len(w) && (strings.IndexByte(seps, w[i]) < 0 || JoinedAt(w, i)) {
			continue
		}
		if i > start {
			parts = append(parts, w[start:i])
		}
		start = i + 1
	}
	return parts
}

// webAddress reports whether a word is a web address or a site's path
// ("www.nhs.uk/camhs", "example.org/a+b"): its part before the first
// slash holds a dot between letters, as a domain does. Its slashes and
// pluses are the address's, searched as written, as before words joined
// by a slash were read as both required: "nhs.uk/camhs" had become
// "nhs.uk" and "camhs" anywhere in an item.
func webAddress(w string) bool {
	host, _, _ := strings.Cut(w, "/")
	host, _, _ = strings.Cut(host, "+")
	for i := 1; i+1 < len(host); i++ {
		if host[i] == '.' && isWordRune(rune(host[i-1])) && unicode.IsLetter(rune(host[i+1])) {
			return true
		}
	}
	return false
}

// field reads a field clause's value: a word, a phrase, a comparison or a
// range.
func field(t token) (Node, error) {
	f := Field{Name: t.name, Value: t.text, Quoted: t.quoted, Op: Eq, Carried: t.carried}
	if t.quoted {
		// A quote left open is a value still being typed
		// ("publisher:\"", "publisher:\"NHS Pro"), read as what is there
		// so far. Before, the quote just typed was "the quotes are empty".
		f.Open = t.open
		if strings.TrimSpace(t.text) == "" && !t.open {
			return nil, &Error{Msg: fmt.Sprintf("%s: the quotes are empty: put a value between them", t.name), At: t.at}
		}
		f.Value = strings.TrimSpace(t.text)
		return f, nil
	}
	v := t.text
	if t.open {
		f.Open = true
		if v == "" {
			return f, nil
		}
	}
	num := func(s string) (float64, error) {
		x, ok := Number(s)
		if !ok && t.open {
			return 0, errOpen // a number still being typed
		}
		if !ok {
			return 0, &Error{Msg: fmt.Sprintf("%s:%s: %q is not a number", t.name, t.text, s), At: t.at}
		}
		return x, nil
	}
	for _, op := range []Op{LessE, MoreE, Less, More} {
		if rest, ok := strings.CutPrefix(v, string(op)); ok {
			x, err := num(rest)
			if err == errOpen {
				return f, nil // Open: read once it is whole
			}
			if err != nil {
				return nil, err
			}
			f.Op, f.Low = op, x
			return f, nil
		}
	}
	if lo, hi, ok := strings.Cut(v, ".."); ok {
		a, err := num(lo)
		if err == errOpen {
			return f, nil // Open: read once it is whole
		}
		if err != nil {
			return nil, err
		}
		b, err := num(hi)
		if err == errOpen {
			return f, nil // Open: read once it is whole
		}
		if err != nil {
			return nil, err
		}
		if b < a && t.open {
			return f, nil // "year:2020..2" on its way to 2024
		}
		if b < a {
			return nil, &Error{Msg: fmt.Sprintf("%s:%s: the range runs backwards (write the smaller number first)", t.name, t.text), At: t.at}
		}
		f.Op, f.Low, f.High = Range, a, b
	}
	return f, nil
}

// markPrefix makes the last word of the query a prefix: it is still
// being typed. A phrase left open is already read as the phrase so far.
func markPrefix(n Node) Node {
	switch x := n.(type) {
	case Word:
		if !x.Wildcard && x.Fuzzy == 0 {
			x.Prefix = true
		}
		return x
	case And:
		y := append(And{}, x...)
		y[len(y)-1] = markPrefix(y[len(y)-1])
		return y
	case Or:
		y := append(Or{}, x...)
		y[len(y)-1] = markPrefix(y[len(y)-1])
		return y
	case Not:
		return Not{markPrefix(x.X)}
	}
	return n
}

// Number reads the number of a year: or value: clause, "45", "45%",
// "1,200", "2.5": the whole of it, in decimal, finite. NaN compares with
// nothing and an infinity bounds nothing (each found nothing or
// everything, silently), and Go's own forms ("1_0", "0x1p4") are no
// numbers a reader writes.
func Number(s string) (float64, bool) {
	s = strings.ReplaceAll(strings.TrimSuffix(s, "%"), ",", "")
	if strings.ContainsAny(s, "_xXpP") {
		return 0, false
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, false
	}
	return x, true
}
