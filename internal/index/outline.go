package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/cypx/cypx/internal/evidence"
)

// An outline is what an item with figures stores beside its whole JSON
// for Request.Admit: what decides whether its figures compare with another
// item's, and nothing else. That is its kind, its citation of another
// body, its source's id, title, publisher, date and about (what tells one
// report from another, and which report it covers), and each figure
// without its offset and with only its record's measure key, place,
// period and change. At 100,000 items a measure search returns up to 600
// items, of which a comparison table links with a fifth; decoding every one
// whole was more than half the table's time (BenchmarkFigureTable). JSON
// outlines still took a quarter of the time of a whole item, so outlines
// are written in the plain binary form below (strings as a length and
// bytes, counts as varints, numbers as IEEE 754 bits), read in a twelfth
// (BenchmarkOutline: 2.5 µs against 29 µs an item).

// errOutline is an outline cut short or otherwise unreadable.
var errOutline = errors.New("outline cut short")

// outlineOf writes the outline of an item.
func outlineOf(it evidence.Item) []byte {
	var b []byte
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	num := func(x float64) { b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x)) }
	str(string(it.Kind))
	str(it.Cites)
	s := it.Source
	str(s.ID)
	str(s.Title)
	str(s.Publisher)
	str(s.About)
	for _, n := range []int{s.Date.Year, s.Date.Month, s.Date.Day} {
		b = binary.AppendVarint(b, int64(n))
	}
	b = binary.AppendUvarint(b, uint64(len(it.Figures)))
	for _, f := range it.Figures {
		lo, hi := 0.0, 0.0
		if f.IsRange() {
			lo, hi = f.Low, f.High // as the item's JSON keeps them: only for a range
		}
		num(f.Value)
		num(lo)
		num(hi)
		for _, x := range []string{f.Text, string(f.Unit), string(f.Role), f.Qualifier, f.Key, f.Place, f.Period, f.Change} {
			str(x)
		}
	}
	return b
}

// outlineReader reads an outline, remembering the first failure.
type outlineReader struct {
	b   []byte
	err error
}

func (r *outlineReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err, r.b = errOutline, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *outlineReader) varint() int {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err, r.b = errOutline, nil
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *outlineReader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err, r.b = errOutline, nil
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *outlineReader) num() float64 {
	if len(r.b) < 8 {
		r.err, r.b = errOutline, nil
		return 0
	}
	x := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return x
}

// readOutline reads what outlineOf wrote, as the partial item
// Request.Admit is given.
func readOutline(id string, b []byte) (evidence.Item, error) {
	r := &outlineReader{b: b}
	it := evidence.Item{ID: id, Kind: evidence.Kind(r.str()), Cites: r.str()}
	it.Source = evidence.Source{ID: r.str(), Title: r.str(), Publisher: r.str(), About: r.str()}
	it.Source.Date = evidence.Date{Year: r.varint(), Month: r.varint(), Day: r.varint()}
	n := r.uvarint()
	if n > uint64(len(r.b)) { // each figure takes more than a byte
		return evidence.Item{}, fmt.Errorf("index: outline of item %s: %w", id, errOutline)
	}
	it.Figures = make([]evidence.Figure, n)
	for i := range it.Figures {
		f := &it.Figures[i]
		f.Value, f.Low, f.High = r.num(), r.num(), r.num()
		f.Text, f.Unit, f.Role, f.Qualifier = r.str(), evidence.Unit(r.str()), evidence.Role(r.str()), r.str()
		f.Key, f.Place, f.Period, f.Change = r.str(), r.str(), r.str(), r.str()
	}
	if r.err != nil || len(r.b) != 0 {
		return evidence.Item{}, fmt.Errorf("index: outline of item %s: %w", id, errOutline)
	}
	return it, nil
}

// admits asks admit about the stored item (doc, with its outline when it
// has figures): an item without figures has no outline and is read whole,
// which holds everything an outline would.
func admits(admit func(evidence.Item) bool, id string, doc, outlined []byte) (bool, error) {
	if admit == nil {
		return true, nil
	}
	if outlined == nil {
		h, err := decodeHit(id, doc, 0)
		if err != nil {
			return false, err
		}
		return admit(h.Item), nil
	}
	o, err := readOutline(id, outlined)
	if err != nil {
		return false, err
	}
	return admit(o), nil
}
