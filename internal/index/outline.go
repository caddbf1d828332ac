package index

import (
	"encoding/json"
	"fmt"

	"github.com/cypx/cypx/internal/evidence"
)

// outline is what an item with figures stores beside its whole JSON for
// Request.Admit: what decides whether its figures compare with another
// item's (the kind, the source and its citation of another body, and what
// compares each figure) without the text, section, themes or the rest of
// the figures' records: in the bundled corpus 290
// bytes against 1,400, decoded in a quarter of the time. At 100,000 items
// a measure search returns up to 600 items, of which Figures admits about
// a quarter; decoding every one whole was more than half the time of the
// comparison table (BenchmarkFigureTable).
type outline struct {
	Kind    evidence.Kind   `json:"k"`
	Source  sourceOutline   `json:"s"`
	Cites   string          `json:"c,omitempty"`
	Figures []figureOutline `json:"f"`
}

// sourceOutline is the part of a source an outline keeps: what tells one
// report from another (its id, or its publisher, title and date) and
// which report it is about, without the URL, note or file.
type sourceOutline struct {
	ID        string        `json:"i"`
	Title     string        `json:"t,omitempty"`
	Publisher string        `json:"p,omitempty"`
	Date      evidence.Date `json:"d,omitzero"`
	About     string        `json:"a,omitempty"`
}

// figureOutline is the part of a figure an outline keeps: what compares
// it with another figure of one measure (the number as written and read,
// its hedge, role and direction, and the record's measure key, place and
// period), without its offset or the rest of its record.
type figureOutline struct {
	Text      string        `json:"x"`
	Value     float64       `json:"v"`
	Unit      evidence.Unit `json:"u,omitempty"`
	Low       float64       `json:"l,omitempty"`
	High      float64       `json:"h,omitempty"`
	Role      evidence.Role `json:"r,omitempty"`
	Qualifier string        `json:"q,omitempty"`
	Key       string        `json:"m,omitempty"`
	Place     string        `json:"p,omitempty"`
	Period    string        `json:"t,omitempty"`
	Change    string        `json:"c,omitempty"`
}

func outlineOf(it evidence.Item) outline {
	src := sourceOutline{ID: it.Source.ID, Title: it.Source.Title, Publisher: it.Source.Publisher, Date: it.Source.Date, About: it.Source.About}
	o := outline{Kind: it.Kind, Source: src, Cites: it.Cites, Figures: make([]figureOutline, len(it.Figures))}
	for i, f := range it.Figures {
		o.Figures[i] = figureOutline{Text: f.Text, Value: f.Value, Unit: f.Unit, Role: f.Role, Qualifier: f.Qualifier,
			Key: f.Key, Place: f.Place, Period: f.Period, Change: f.Change}
		if f.IsRange() {
			// As the item's JSON keeps them: only for a range.
			o.Figures[i].Low, o.Figures[i].High = f.Low, f.High
		}
	}
	return o
}

// item is the outline as the partial item Request.Admit is given.
func (o outline) item(id string) evidence.Item {
	src := evidence.Source{ID: o.Source.ID, Title: o.Source.Title, Publisher: o.Source.Publisher, Date: o.Source.Date, About: o.Source.About}
	it := evidence.Item{ID: id, Kind: o.Kind, Source: src, Cites: o.Cites, Figures: make([]evidence.Figure, len(o.Figures))}
	for i, f := range o.Figures {
		it.Figures[i] = evidence.Figure{Text: f.Text, Value: f.Value, Unit: f.Unit, Low: f.Low, High: f.High, Role: f.Role, Qualifier: f.Qualifier,
			Record: evidence.Record{Key: f.Key, Place: f.Place, Period: f.Period, Change: f.Change}}
	}
	return it
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
	var o outline
	if err := json.Unmarshal(outlined, &o); err != nil {
		return false, fmt.Errorf("index: outline of item %s: %w", id, err)
	}
	return admit(o.item(id)), nil
}
