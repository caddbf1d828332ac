package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
)

// An outline is an item with figures stored a second time beside its whole
// JSON, in the plain binary form below (strings as a length and bytes,
// counts and whole numbers as varints, numbers as IEEE 754 bits): what
// Request.Admit reads to decide whether the item's figures compare with
// another item's, and, when the item reads back from it exactly as from
// its JSON (see outlineOf), the hit itself.
//
// At 100,000 items a measure search returns up to 600 items, and a
// comparison table links with up to 490 of them; decoding each whole from
// JSON was more than half the table's time (BenchmarkFigureTable). An
// outline is read in one allocation for all its strings, which are parts
// of one copy of it (BenchmarkOutline: about a tenth of the JSON's time, at
// a load of 14 on 2 cores).
// The JSON stays the stored item every other reader and every item without
// figures uses.

// errOutline is an outline cut short or otherwise unreadable.
var errOutline = errors.New("outline cut short")

// outlineOf writes the outline of an item. Its first byte says whether the
// outline is the item whole: whether the item's JSON reads back as the
// very same item. It does unless a string is not valid UTF-8 (JSON writes
// each bad byte as U+FFFD) or a date is not one its text reads back as.
func outlineOf(it evidence.Item) []byte {
	w := outlineWriter{b: []byte{0}, whole: true}
	w.str(string(it.Kind))
	w.str(it.Cites)
	w.source(it.Source)
	w.str(it.Section)
	w.str(it.Text)
	for _, n := range []int{it.Offset, it.Line, it.Seq, it.Para, it.Page, it.CitesFrom} {
		w.b = binary.AppendVarint(w.b, int64(n))
	}
	w.str(it.Number)
	w.str(it.Header)
	if it.Primary == nil {
		w.b = append(w.b, 0)
	} else {
		w.b = append(w.b, 1)
		w.source(*it.Primary)
		w.b = binary.AppendVarint(w.b, int64(it.PrimaryPage))
	}
	w.b = binary.AppendUvarint(w.b, uint64(len(it.Figures)))
	for _, f := range it.Figures {
		lo, hi := 0.0, 0.0
		if f.IsRange() {
			lo, hi = f.Low, f.High // as the item's JSON keeps them: only for a range
		}
		w.num(f.Value)
		w.num(lo)
		w.num(hi)
		w.b = binary.AppendVarint(w.b, int64(f.Offset))
		r := f.Record
		for _, x := range []string{f.Text, string(f.Unit), string(f.Role), f.Qualifier,
			r.Measure, r.Population, r.Period, r.Place, r.Base, r.Change, r.Key} {
			w.str(x)
		}
		aim := byte(0)
		if r.Aim {
			aim = 1
		}
		w.b = append(w.b, aim)
	}
	w.b = binary.AppendUvarint(w.b, uint64(len(it.Actors)))
	for _, a := range it.Actors {
		w.str(string(a))
	}
	w.b = binary.AppendUvarint(w.b, uint64(len(it.Themes)))
	for _, t := range it.Themes {
		w.str(t)
	}
	// The outline holds no quotation's speaker: an item with one is read
	// from its JSON.
	if w.whole && it.Speaker == "" {
		w.b[0] = 1
	}
	return w.b
}

// outlineWriter writes an outline, noting whether it stays the item whole.
type outlineWriter struct {
	b     []byte
	whole bool
}

func (w *outlineWriter) str(s string) {
	w.whole = w.whole && utf8.ValidString(s)
	w.b = binary.AppendUvarint(w.b, uint64(len(s)))
	w.b = append(w.b, s...)
}

func (w *outlineWriter) num(x float64) {
	w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(x))
}

func (w *outlineWriter) date(d evidence.Date) {
	var again evidence.Date
	w.whole = w.whole && again.UnmarshalText([]byte(d.String())) == nil && again == d
	for _, n := range []int{d.Year, d.Month, d.Day} {
		w.b = binary.AppendVarint(w.b, int64(n))
	}
}

func (w *outlineWriter) source(s evidence.Source) {
	for _, x := range []string{s.ID, s.Title, s.Section, s.Publisher, s.Author, s.Place, s.URL, string(s.Type), s.About, s.Note, s.File} {
		w.str(x)
	}
	w.date(s.Date)
	w.date(s.Accessed)
}

// outlineReader reads an outline, remembering the first failure. Its
// strings are parts of s, one copy of the outline.
type outlineReader struct {
	s   string
	err error
}

func (r *outlineReader) fail() { r.err, r.s = errOutline, "" }

func (r *outlineReader) uvarint() uint64 {
	var v uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		c := r.s[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				break
			}
			r.s = r.s[i+1:]
			return v | uint64(c)<<(7*i)
		}
		v |= uint64(c&0x7f) << (7 * i)
	}
	r.fail()
	return 0
}

func (r *outlineReader) varint() int {
	u := r.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return int(v)
}

func (r *outlineReader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.s)) {
		r.fail()
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

func (r *outlineReader) num() float64 {
	if len(r.s) < 8 {
		r.fail()
		return 0
	}
	var u uint64
	for i := 7; i >= 0; i-- {
		u = u<<8 | uint64(r.s[i])
	}
	r.s = r.s[8:]
	return math.Float64frombits(u)
}

// flag reads one byte written as 0 or 1.
func (r *outlineReader) flag() bool {
	if len(r.s) < 1 || r.s[0] > 1 {
		r.fail()
		return false
	}
	b := r.s[0] == 1
	r.s = r.s[1:]
	return b
}

func (r *outlineReader) date() evidence.Date {
	return evidence.Date{Year: r.varint(), Month: r.varint(), Day: r.varint()}
}

func (r *outlineReader) source() evidence.Source {
	return evidence.Source{ID: r.str(), Title: r.str(), Section: r.str(), Publisher: r.str(), Author: r.str(), Place: r.str(),
		URL: r.str(), Type: evidence.SourceType(r.str()), About: r.str(), Note: r.str(), File: r.str(), Date: r.date(), Accessed: r.date()}
}

// count reads a number of things each taking at least least bytes.
func (r *outlineReader) count(least int) int {
	n := r.uvarint()
	if n > uint64(len(r.s)/least) {
		r.fail()
		return 0
	}
	return int(n)
}

// readOutline reads what outlineOf wrote, and whether it is the item
// whole (else only what Request.Admit is promised is sure).
func readOutline(id string, b []byte) (evidence.Item, bool, error) {
	return readOutlineString(id, string(b))
}

// readOutlineString is readOutline of an outline kept as a string, whose
// parts the item's strings are.
func readOutlineString(id string, b string) (evidence.Item, bool, error) {
	if len(b) == 0 || b[0] > 1 {
		return evidence.Item{}, false, fmt.Errorf("index: outline of item %s: %w", id, errOutline)
	}
	whole := b[0] == 1
	r := &outlineReader{s: b[1:]}
	it := evidence.Item{ID: id, Kind: evidence.Kind(r.str()), Cites: r.str(), Source: r.source(), Section: r.str(), Text: r.str(),
		Offset: r.varint(), Line: r.varint(), Seq: r.varint(), Para: r.varint(), Page: r.varint(), CitesFrom: r.varint(), Number: r.str(), Header: r.str()}
	if len(r.s) > 0 && r.s[0] == 1 {
		r.s = r.s[1:]
		p := r.source()
		it.Primary, it.PrimaryPage = &p, r.varint()
	} else if len(r.s) > 0 && r.s[0] == 0 {
		r.s = r.s[1:]
	} else {
		r.fail()
	}
	// Arrays as the JSON reads them: never nil, as MarshalJSON writes [].
	it.Figures = make([]evidence.Figure, r.count(24))
	for i := range it.Figures {
		f := &it.Figures[i]
		f.Value, f.Low, f.High = r.num(), r.num(), r.num()
		f.Offset = r.varint()
		f.Text, f.Unit, f.Role, f.Qualifier = r.str(), evidence.Unit(r.str()), evidence.Role(r.str()), r.str()
		f.Measure, f.Population, f.Period, f.Place, f.Base, f.Change, f.Key = r.str(), r.str(), r.str(), r.str(), r.str(), r.str(), r.str()
		f.Aim = r.flag()
	}
	it.Actors = make([]evidence.Actor, r.count(1))
	for i := range it.Actors {
		it.Actors[i] = evidence.Actor(r.str())
	}
	it.Themes = make([]string, r.count(1))
	for i := range it.Themes {
		it.Themes[i] = r.str()
	}
	if r.err != nil || len(r.s) != 0 {
		return evidence.Item{}, false, fmt.Errorf("index: outline of item %s: %w", id, errOutline)
	}
	return it, whole, nil
}

// storedHit is the hit a stored item makes if admit admits it (nil admits
// all; see Request.Admit): read from its outline when it has one that is
// the item whole, else decoded from its JSON (doc). An item without figures
// has no outline, and admit is given it whole.
func storedHit(admit func(evidence.Item) bool, id string, doc, outlined []byte, score float64) (Hit, bool, error) {
	if outlined != nil {
		o, whole, err := readOutline(id, outlined)
		if err != nil {
			return Hit{}, false, err
		}
		if admit != nil && !admit(o) {
			return Hit{}, false, nil
		}
		if whole {
			return Hit{Item: o, Score: score}, true, nil
		}
		admit = nil
	}
	h, err := decodeHit(id, doc, score)
	if err != nil {
		return Hit{}, false, err
	}
	if admit != nil && !admit(h.Item) {
		return Hit{}, false, nil
	}
	return h, true, nil
}
