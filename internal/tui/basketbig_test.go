package tui_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// scriptedIDs are n ids of no item, of 5,000 sources: a basket file a
// script filled.
func scriptedIDs(n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("src%d#%08x", i%5000, i)
	}
	return ids
}

// bigBasketFile writes a basket of the given ids as a script would (one
// line, no indent) and returns its hooks.
func bigBasketFile(tb testing.TB, ids []string) *basketFile {
	tb.Helper()
	f := &basketFile{path: filepath.Join(tb.TempDir(), "basket.json")}
	data, err := json.Marshal(map[string]any{"version": basket.Version, "items": ids})
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(f.path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return f
}

// liveHeap is the heap in use once collected, in MB.
func liveHeap() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / 1e6
}

// openBigBasket starts the explorer on a basket of 700,000 ids of no item
// and opens the basket screen.
func openBigBasket(b *testing.B) (*driver, *basketFile) {
	f := bigBasketFile(b, scriptedIDs(700_000))
	opts := options(b, nil)
	opts.Basket = f.hooks()
	d := &driver{tuitest.Start(b, tui.New(opts), 120, 40)}
	d.keys("esc", "b")
	return d, f
}

// BenchmarkBasketScreenOpenBig opens the basket screen on 700,000 ids:
// live-MB is the heap in use with the screen open.
func BenchmarkBasketScreenOpenBig(b *testing.B) {
	var live float64
	b.ReportAllocs()
	for b.Loop() {
		d, _ := openBigBasket(b)
		b.StopTimer()
		live = liveHeap()
		runtime.KeepAlive(d)
		b.StartTimer()
	}
	b.ReportMetric(live, "live-MB")
}

// BenchmarkBasketScreenMoveBig is one key moving the cursor on the basket
// screen of 700,000 ids.
func BenchmarkBasketScreenMoveBig(b *testing.B) {
	d, _ := openBigBasket(b)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if i++; i%2 == 0 {
			d.keys("down")
		} else {
			d.keys("up")
		}
		_ = d.screen()
	}
	b.StopTimer()
	b.ReportMetric(liveHeap(), "live-MB")
	runtime.KeepAlive(d)
}

// BenchmarkBasketMarkBig marks (and unmarks) a finding of the result list
// with a basket of 700,000 ids: the file is changed and read back.
func BenchmarkBasketMarkBig(b *testing.B) {
	d, _ := openBigBasket(b)
	d.keys("b") // back to the list
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d.keys("space")
		_ = d.screen()
	}
	b.StopTimer()
	b.ReportMetric(liveHeap(), "live-MB")
	runtime.KeepAlive(d)
}
