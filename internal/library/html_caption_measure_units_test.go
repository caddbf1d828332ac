package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestHTMLCaptionMeasureGivesCellsTheirUnit: a web page's table whose
// <caption> opens on its measure, an average of a time unit ("Median
// weeks from referral to first contact, by service"), gives its bare
// cells that unit; a row label giving its own ("(%)") keeps it. Before,
// every cell was a count.
func TestHTMLCaptionMeasureGivesCellsTheirUnit(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Therapy waits | Eastmere ICB</title></head><body><main>
<h1>Therapy waits</h1>
<p>The board publishes the waits for its children's therapy services every quarter.</p>
<table><caption>Median weeks from referral to first contact, by service</caption>
<thead><tr><th>Service</th><th>Q1</th><th>Q2</th></tr></thead>
<tbody><tr><td>Orthoptics</td><td>12</td><td>10</td></tr>
<tr><td>Seen within 18 weeks, all services (%)</td><td>71</td><td>68</td></tr></tbody></table>
</main></body></html>`
	path := filepath.Join(t.TempDir(), "waits.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Publisher: "Eastmere ICB", Type: "web-page", Date: "2025"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range im.Items {
		if !strings.HasPrefix(it.Text, "|") {
			continue
		}
		var fs []string
		for _, f := range it.Figures {
			fs = append(fs, f.Text+" "+string(f.Unit))
		}
		got = append(got, strings.Join(fs, "; "))
	}
	want := []string{"12 weeks; 10 weeks", "71 percent; 68 percent; 18 weeks weeks"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
