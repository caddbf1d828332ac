package index

import (
	"encoding/json"
	"fmt"

	"github.com/cypx/cypx/internal/evidence"
)

// outline is what an item with figures stores beside its whole JSON for
// Request.Admit: what decides whether its figures may compare with
// another item's (the kind, the source and its citation of another body,
// each figure's measure key, role and place) without the text, section,
// themes or the rest of the figures' records. At 100,000 items a measure
// search returns up to 600 items, of which a comparison admits a fifth:
// decoding whole items was more than half the time of the comparison
// table (BenchmarkFigureTable).
type outline struct {
	Kind    evidence.Kind   `json:"k"`
	Source  evidence.Source `json:"s"`
	Cites   string          `json:"c,omitempty"`
	Figures []figureOutline `json:"f"`
}

// figureOutline is the part of a figure an outline keeps.
type figureOutline struct {
	Key   string        `json:"m,omitempty"`
	Role  evidence.Role `json:"r,omitempty"`
	Place string        `json:"p,omitempty"`
}

func outlineOf(it evidence.Item) outline {
	o := outline{Kind: it.Kind, Source: it.Source, Cites: it.Cites, Figures: make([]figureOutline, len(it.Figures))}
	for i, f := range it.Figures {
		o.Figures[i] = figureOutline{Key: f.Key, Role: f.Role, Place: f.Place}
	}
	return o
}

// item is the outline as the partial item Request.Admit is given.
func (o outline) item(id string) evidence.Item {
	it := evidence.Item{ID: id, Kind: o.Kind, Source: o.Source, Cites: o.Cites, Figures: make([]evidence.Figure, len(o.Figures))}
	for i, f := range o.Figures {
		it.Figures[i].Key, it.Figures[i].Role, it.Figures[i].Place = f.Key, f.Role, f.Place
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
