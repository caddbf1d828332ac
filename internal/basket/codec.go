package basket

import (
	"bytes"
	"encoding/json"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/cypx/cypx/internal/evidence"
)

// A basket a script filled holds 700,000 ids, 14 MB of JSON, and every
// mark reads, changes and writes it whole under its lock. encoding/json
// read it three times over (Unmarshal, a token walk for keys given
// twice, a decode refusing unknown keys) and wrote it by reflection: some
// 1.5 s of a mark's 4 s. The file as cypx writes it is read here by one
// walk and written by one loop; anything else it might hold (an escape, a
// key of another case, a version not 1, damage) goes to encoding/json,
// whose errors name the line to fix.

// decodeFast reads data (UTF-8, no byte-order mark) when it is a basket
// file of this version in the plain form cypx writes, with each id's
// bytes printable ASCII and no escape: {"version": 1, "items": [...]},
// keys in either order, each once, any JSON white space. ok is false for
// anything else, which encoding/json then reads as before.
func decodeFast(data []byte) (items []string, ok bool) {
	p := parser{data: data}
	if !p.byte('{') {
		return nil, false
	}
	var version, listed bool
	// Room for every string the file could hold (a quote opens and
	// closes each): grown by appends, the spans of 700,000 ids were
	// copied some twenty times, a third of the decoding.
	spans := make([][2]int, 0, bytes.Count(data, []byte{'"'})/2)
	total := 0
	for {
		from, to, ok := p.span()
		if !ok || !p.byte(':') {
			return nil, false
		}
		switch key := p.data[from:to]; {
		case string(key) == "version" && !version:
			version = true
			// This version as Save writes it, alone: 1.0, 1e0, 01 and
			// other versions are for encoding/json to take or refuse.
			p.skip()
			from := p.at
			for p.at < len(p.data) && strings.IndexByte("0123456789.eE-+", p.data[p.at]) >= 0 {
				p.at++
			}
			if string(p.data[from:p.at]) != strconv.Itoa(Version) {
				return nil, false
			}
		case string(key) == "items" && !listed:
			listed = true
			if !p.byte('[') {
				return nil, false
			}
			if p.peek() == ']' {
				p.at++
				break
			}
			for {
				from, to, ok := p.span()
				if !ok {
					return nil, false
				}
				spans = append(spans, [2]int{from, to})
				total += to - from
				if p.byte(']') {
					break
				}
				if !p.byte(',') {
					return nil, false
				}
			}
		default:
			return nil, false
		}
		if p.byte('}') {
			break
		}
		if !p.byte(',') {
			return nil, false
		}
	}
	if p.skip(); p.at != len(p.data) || !version || !listed {
		return nil, false
	}
	// One string holds every id's bytes: 700,000 strings made one by one
	// were as many allocations for the collector to walk.
	// A Builder's String is its bytes, not a copy of them.
	var buf strings.Builder
	buf.Grow(total)
	for _, s := range spans {
		buf.Write(p.data[s[0]:s[1]])
	}
	all := buf.String()
	items, at := make([]string, len(spans)), 0
	for i, s := range spans {
		n := s[1] - s[0]
		items[i], at = all[at:at+n], at+n
	}
	return items, true
}

// parser walks a basket file's bytes.
type parser struct {
	data []byte
	at   int
}

// skip passes JSON white space.
func (p *parser) skip() {
	for p.at < len(p.data) {
		switch p.data[p.at] {
		case ' ', '\t', '\n', '\r':
			p.at++
		default:
			return
		}
	}
}

// peek is the next byte after white space, or 0 at the end.
func (p *parser) peek() byte {
	if p.skip(); p.at < len(p.data) {
		return p.data[p.at]
	}
	return 0
}

// byte passes c, after white space, if it comes next.
func (p *parser) byte(c byte) bool {
	if p.peek() == c && p.at < len(p.data) {
		p.at++
		return true
	}
	return false
}

// span passes a string of printable ASCII with no escape, after white
// space, and gives where its text is.
func (p *parser) span() (from, to int, ok bool) {
	if !p.byte('"') {
		return 0, 0, false
	}
	from = p.at
	for ; p.at < len(p.data); p.at++ {
		switch c := p.data[p.at]; {
		case c == '"':
			p.at++
			return from, p.at - 1, true
		case c < 0x20 || c >= 0x7f || c == '\\':
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// encode is the basket file of ids: json.MarshalIndent of the file with
// two spaces, and a line break after, byte for byte (TestEncodeIsMarshalIndent),
// written with no reflection for an id that needs no escape.
func encode(ids []string) []byte { return encodeRaw(ids, nil) }

// encodeRaw is encode, each entry raw marks written as the JSON it is
// (BadEntry.Raw), not as a string of it: the one layout of the file.
func encodeRaw(ids []string, raw []bool) []byte {
	if len(ids) == 0 {
		return []byte("{\n  \"version\": " + strconv.Itoa(Version) + ",\n  \"items\": []\n}\n")
	}
	n := 64
	for _, id := range ids {
		n += len(id) + 8
	}
	out := make([]byte, 0, n)
	out = append(out, "{\n  \"version\": "...)
	out = strconv.AppendInt(out, Version, 10)
	out = append(out, ",\n  \"items\": ["...)
	for i, id := range ids {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, "\n    "...)
		if raw != nil && raw[i] {
			out = append(out, id...)
			continue
		}
		if plain(id) {
			out = append(out, '"')
			out = append(out, id...)
			out = append(out, '"')
			continue
		}
		// encoding/json's own escapes (HTML characters, controls, invalid
		// UTF-8, U+2028): Marshal of a string cannot fail.
		q, _ := json.Marshal(id)
		out = append(out, q...)
	}
	return append(out, "\n  ]\n}\n"...)
}

// plain reports an id encoding/json writes as it is, between quotes.
func plain(id string) bool {
	for i := 0; i < len(id); i++ {
		if !plainByte[id[i]] {
			return false
		}
	}
	return true
}

// plainByte marks the bytes encoding/json writes as they are in a string:
// printable ASCII but the quote, the backslash and the HTML characters.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// checkIDs is the ids of a basket file as Load gives them: each a whole
// item id (at the entry's place, from 1, when not), each once in any
// case, where it first appears. ids is reused.
func checkIDs(ids []string) ([]string, int, error) {
	seen := make(map[string]struct{}, len(ids))
	out := ids[:0]
	for i, id := range ids {
		if err := evidence.CheckItemID(id); err != nil {
			return nil, i + 1, err
		}
		k := evidence.IDKey(id)
		if _, ok := seen[k]; !ok {
			seen[k] = struct{}{}
			out = append(out, id)
		}
	}
	return out, 0, nil
}

// partition is the ids of a basket file holding entries that are no item
// id: the item ids, each once in any case, where it first appears, and
// the other entries, each at its place.
func partition(items []string) ([]string, []BadEntry) {
	seen := make(map[string]struct{}, len(items))
	var ids []string
	var bad []BadEntry
	after := ""
	for i, id := range items {
		if err := evidence.CheckItemID(id); err != nil {
			bad = append(bad, BadEntry{Text: id, At: i, Err: err, after: after})
			continue
		}
		k := evidence.IDKey(id)
		after = k
		if _, ok := seen[k]; !ok {
			seen[k] = struct{}{}
			ids = append(ids, id)
		}
	}
	return ids, bad
}

// withBad is the entries to write of a basket holding bad entries: the
// ids, each bad entry put back after the id it followed in the file
// (BadEntry.after; at the end when that id is gone another way than
// Remove), written as the file held it, and which of them are JSON as
// they stand rather than strings to quote.
func withBad(ids []string, bad []BadEntry) ([]string, []bool) {
	out := make([]string, 0, len(ids)+len(bad))
	raw := make([]bool, 0, len(ids)+len(bad))
	put := func(e BadEntry) {
		if e.file != "" {
			out, raw = append(out, e.file), append(raw, true)
			return
		}
		out, raw = append(out, e.Text), append(raw, e.Raw)
	}
	placed := make([]bool, len(bad))
	following := func(key string) {
		for i, e := range bad {
			if !placed[i] && e.after == key {
				placed[i] = true
				put(e)
			}
		}
	}
	following("")
	for _, id := range ids {
		out, raw = append(out, id), append(raw, false)
		following(evidence.IDKey(id))
	}
	for i, e := range bad {
		if !placed[i] {
			put(e)
		}
	}
	return out, raw
}

// encodeWithBad is the basket file of ids with its bad entries put back
// at their places (withBad): an entry that is no string is written as the
// JSON the file held, not as a string of it.
func encodeWithBad(ids []string, bad []BadEntry) []byte {
	entries, raw := withBad(ids, bad)
	return encodeRaw(entries, raw)
}

// checkRead is checkIDs of the ids decoded from a basket file, spared
// when they differ from the ids last read or written (lastRead) by one
// short run: then only that run is checked (readsBack), as a mark checks
// its own change. A file another process changed since this one read it
// is most often one mark away from it; checking all of its 700,000 ids
// again, a set of their keys, was some two thirds of a mark's time.
func checkRead(ids []string) ([]string, int, error) {
	lastRead.mu.Lock()
	last := lastRead.ids
	lastRead.mu.Unlock()
	if last != nil {
		if p, s := sameEnds(last, ids); len(ids)-p-s <= maxRun && readsBack(last, ids) {
			return ids, 0, nil
		}
	}
	return checkIDs(ids)
}

// lastRead is the basket file this process last read or wrote, by a hash
// of its bytes, and the ids Load gives for them. A mark in the explorer
// reads the file its last mark wrote: the bytes are compared (their hash
// and length, under a seed no file can be made to collide with), and
// when they are the same the ids are not decoded or checked again. A file
// changed by anyone else has other bytes, and is read afresh: nothing
// written elsewhere is lost by it.
var lastRead struct {
	mu   sync.Mutex
	sum  uint64
	size int
	ids  []string // never changed: each Basket gets a copy
}

var readSeed = maphash.MakeSeed()

// recalled is the ids Load gave for data, when data are the bytes last
// read or written; the slice is shared and must not be changed.
func recalled(data []byte) ([]string, bool) {
	sum := maphash.Bytes(readSeed, data)
	lastRead.mu.Lock()
	defer lastRead.mu.Unlock()
	if lastRead.ids == nil || lastRead.size != len(data) || lastRead.sum != sum {
		return nil, false
	}
	return lastRead.ids, true
}

// remember records ids as what Load gives for data; ids must not be
// changed after.
func remember(data []byte, ids []string) {
	if ids == nil {
		ids = []string{}
	}
	sum := maphash.Bytes(readSeed, data)
	lastRead.mu.Lock()
	defer lastRead.mu.Unlock()
	lastRead.sum, lastRead.size, lastRead.ids = sum, len(data), ids
}

// readsBack reports whether Load of after's encoding gives after, when
// before is what Load gave: every id whole and each once in any case. Only
// the run of ids that differs between them is checked, against the rest,
// so a mark on 700,000 ids checks one id, not all of them again.
func readsBack(before, after []string) bool {
	p, s := sameEnds(before, after)
	added := after[p : len(after)-s]
	if len(added) > maxRun {
		// A change of many ids (a reorder across the basket, many added):
		// checked whole, as Load would.
		checked, _, err := checkIDs(slices.Clone(after))
		return err == nil && len(checked) == len(after)
	}
	for j, id := range added {
		if evidence.CheckItemID(id) != nil {
			return false
		}
		for i, x := range after {
			if i != p+j && strings.EqualFold(x, id) {
				return false
			}
		}
	}
	return true
}

// sameEnds counts the ids two lists share at their start and, after that,
// at their end: what lies between is the run a change replaced, the one
// thing a mark's check (readsBack) and the screen's lookup (Lookup.Of)
// have to look at.
func sameEnds(before, after []string) (prefix, suffix int) {
	for prefix < len(before) && prefix < len(after) && before[prefix] == after[prefix] {
		prefix++
	}
	for suffix < len(before)-prefix && suffix < len(after)-prefix && before[len(before)-1-suffix] == after[len(after)-1-suffix] {
		suffix++
	}
	return prefix, suffix
}
