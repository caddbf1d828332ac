package basket_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/basket"
)

// bigBasket writes a basket file of n ids of no item, as a basket edited
// by a script might hold, and returns its path.
func bigBasket(tb testing.TB, n int) string {
	tb.Helper()
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("src%d#%08x", i%5000, i)
	}
	data, err := json.Marshal(map[string]any{"version": basket.Version, "items": ids})
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "basket.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkLoadBigBasket reads a 14 MB basket of 700,000 ids: 'cypx basket
// list' and the explorer's basket screen read it whole. "fresh" reads two
// files in turn, so each is decoded and checked; "again" reads the bytes
// this process last read, as the next mark does.
func BenchmarkLoadBigBasket(b *testing.B) {
	paths := []string{bigBasket(b, 700_000), bigBasket(b, 700_000)}
	data, _ := os.ReadFile(paths[1])
	// Every id of the second file differs from the first's: a read of one
	// after the other is a read afresh, not one of a change to check
	// (one id changed in case was such a change).
	os.WriteFile(paths[1], bytes.ReplaceAll(data, []byte(`"src`), []byte(`"SRC`)), 0o644)
	for _, bench := range []struct {
		name  string
		files int
	}{{"fresh", 2}, {"again", 1}} {
		b.Run(bench.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				bk, err := basket.Load(paths[i%bench.files])
				if err != nil || len(bk.IDs) != 700_000 {
					b.Fatal(len(bk.IDs), err)
				}
				i++
			}
		})
	}
}

// BenchmarkLookupOfABigBasket indexes a basket of 700,000 ids for the
// explorer, which builds it once a reading and asks it of every row drawn.
func BenchmarkLookupOfABigBasket(b *testing.B) {
	bk, err := basket.Load(bigBasket(b, 700_000))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if l := bk.Lookup(); !l.Has(bk.IDs[len(bk.IDs)/2]) {
			b.Fatal("an id of the basket is not found")
		}
	}
}

// BenchmarkUpdateOneID is one change of one id by Update, as a mark or an
// unmark makes it: ops alternate adding an id to the basket and taking it
// out again, so every op reads, changes and writes the file.
func BenchmarkUpdateOneID(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 700_000} {
		b.Run(fmt.Sprintf("ids=%d", n), func(b *testing.B) {
			path := bigBasket(b, n)
			const id = "marked#0a9e5eda"
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				add := i%2 == 0
				i++
				bk, err := basket.Update(path, func(bk *basket.Basket) error {
					if add {
						bk.Add(id)
					} else {
						bk.Remove(id)
					}
					return nil
				})
				if err != nil || bk.Has(id) != add {
					b.Fatal(err, bk.Has(id), add)
				}
			}
		})
	}
}

// BenchmarkSaveBigBasket writes a basket of 700,000 ids: its encoding and
// the atomic write (temporary file, fsync, rename), the floor of a mark's
// cost there.
func BenchmarkSaveBigBasket(b *testing.B) {
	bk, err := basket.Load(bigBasket(b, 700_000))
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "basket.json")
	b.ReportAllocs()
	for b.Loop() {
		if err := bk.Save(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUpdateAfterAnotherWriter is a mark (one id added by Update) on
// a basket of 700,000 ids that another process rewrote since this one last
// read it: the other writer's bytes are not the ones this process
// remembers, so the file is read afresh. The other writer adds or takes
// out an id of its own between marks, untimed.
func BenchmarkUpdateAfterAnotherWriter(b *testing.B) {
	path := bigBasket(b, 700_000)
	base, err := basket.Load(path)
	if err != nil {
		b.Fatal(err)
	}
	theirs := basket.Basket{IDs: append(base.IDs[:len(base.IDs):len(base.IDs)], "other#1a2b3c4d")}
	const id = "marked#0a9e5eda"
	b.ReportAllocs()
	// The process's CPU time is reported beside the time: on a machine
	// others are busy on, the time is theirs as much as this mark's.
	var cpu time.Duration
	i := 0
	for b.Loop() {
		b.StopTimer()
		other := base
		if i%2 == 0 {
			other = theirs
		}
		i++
		if err := other.Save(path); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		from := cpuTime()
		bk, err := basket.Update(path, func(bk *basket.Basket) error {
			bk.Add(id)
			return nil
		})
		cpu += cpuTime() - from
		if err != nil || !bk.Has(id) || len(bk.IDs) != len(other.IDs)+1 {
			b.Fatal(err, bk.Has(id), len(bk.IDs))
		}
	}
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
}
