// Package basket is the briefing basket: the ordered item ids a briefing
// writer has marked, saved as JSON in the state folder after every change
// (atomically), so it survives restarts and crashes.
package basket

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/evidence"
)

// Basket is the marked item ids, in the order the briefing will use.
type Basket struct {
	IDs []string
}

type file struct {
	Version int      `json:"version"`
	Items   []string `json:"items"`
}

// Load reads a basket; a missing file is an empty basket. Every entry must
// be a whole item id by the one id rule (evidence.CheckItemID): a file
// edited by hand into something else is refused, naming the entry, and
// left as it is.
func Load(path string) (Basket, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Basket{}, nil
	}
	if err != nil {
		if info, serr := os.Stat(path); serr == nil && info.IsDir() {
			return Basket{}, fmt.Errorf("%s is a folder, not the basket file: move it away", path)
		}
		return Basket{}, err
	}
	var f file
	if err := json.Unmarshal(data, &f); err != nil {
		return Basket{}, fmt.Errorf("%s: not a basket file: %v", path, err)
	}
	for i, id := range f.Items {
		if err := evidence.CheckItemID(id); err != nil {
			return Basket{}, fmt.Errorf("%s: entry %d: %v", path, i+1, err)
		}
	}
	return Basket{IDs: f.Items}, nil
}

// Save writes the basket atomically.
func (b Basket) Save(path string) error {
	ids := b.IDs
	if ids == nil {
		ids = []string{}
	}
	data, err := json.MarshalIndent(file{Version: 1, Items: ids}, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'))
}

// Has reports whether an id is in the basket.
func (b Basket) Has(id string) bool { return b.index(id) >= 0 }

func (b Basket) index(id string) int {
	for i, x := range b.IDs {
		if x == id {
			return i
		}
	}
	return -1
}

// Add appends ids not already in the basket and says how many were new.
func (b *Basket) Add(ids ...string) int {
	n := 0
	for _, id := range ids {
		if !b.Has(id) {
			b.IDs = append(b.IDs, id)
			n++
		}
	}
	return n
}

// Remove takes ids out and says how many were there.
func (b *Basket) Remove(ids ...string) int {
	n := 0
	for _, id := range ids {
		if i := b.index(id); i >= 0 {
			b.IDs = append(b.IDs[:i:i], b.IDs[i+1:]...)
			n++
		}
	}
	return n
}

// Toggle adds an id or takes it out, and reports whether it is now in.
func (b *Basket) Toggle(id string) bool {
	if b.Remove(id) == 1 {
		return false
	}
	b.Add(id)
	return true
}

// Move moves the id at i by delta places, within bounds, and returns its
// new position.
func (b *Basket) Move(i, delta int) int {
	j := max(0, min(len(b.IDs)-1, i+delta))
	if i < 0 || i >= len(b.IDs) || i == j {
		return i
	}
	id := b.IDs[i]
	b.IDs = append(b.IDs[:i:i], b.IDs[i+1:]...)
	b.IDs = append(b.IDs[:j], append([]string{id}, b.IDs[j:]...)...)
	return j
}
