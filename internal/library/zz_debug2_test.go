package library

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

func TestZZRows(t *testing.T) {
	p := os.Getenv("PDF")
	if p == "" {
		t.Skip()
	}
	out, _ := exec.Command("pdftohtml", "-xml", "-i", "-stdout", "-q", "-hidden", "-noroundcoord", "-fontfullname", p).Output()
	pages, _ := parsePDFXML(out)
	pageFurniture(pages)
	for _, pg := range pages {
		if fmt.Sprint(pg.index) != os.Getenv("PAGE") {
			continue
		}
		for _, r := range rows(pg.frags) {
			markSuperscripts(r)
			fmt.Printf("%6.1f-%6.1f ", r.y0, r.y1)
			for _, pc := range pieces(r, 0) {
				fmt.Printf("[%.0f-%.0f s%.1f b%v %q] ", pc.x0, pc.x1, pc.size, pc.bold, pc.text)
			}
			fmt.Println()
		}
	}
}
