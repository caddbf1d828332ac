package library

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	p := os.Getenv("PDF")
	if p == "" {
		t.Skip()
	}
	im, err := Import(p, Meta{Type: "report", Publisher: os.Getenv("PUB")})
	fmt.Println("ERR", err)
	fmt.Printf("TITLE %q\nPUB %q\nDATE %v\nGUESSED %q\n", im.Source.Title, im.Source.Publisher, im.Source.Date, im.Guessed)
	fmt.Println(im.Body)
	for _, it := range im.Items {
		fmt.Printf("ITEM %s p%d [%s] %q\n", it.Kind, it.Page, it.Section, it.Text)
	}
}
