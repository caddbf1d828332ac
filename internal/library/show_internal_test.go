package library

import (
	"fmt"
	"os"
	"testing"
)

func TestShowImport(t *testing.T) {
	p := os.Getenv("SHOW")
	if p == "" {
		t.Skip()
	}
	im, err := Import(p, Meta{Type: "report", Publisher: os.Getenv("PUB"), Date: os.Getenv("DATE")})
	if err != nil {
		im2, err2 := Import(p, Meta{Type: "report", Publisher: "X", Date: "2024", Title: "T"})
		fmt.Println("ERR", err, err2)
		im = im2
	}
	fmt.Printf("%+v\n", im.Source)
	fmt.Println(im.Guessed, im.Warnings)
	fmt.Println("-----")
	fmt.Print(im.Body)
	fmt.Println("-----")
	for _, it := range im.Items {
		fmt.Printf("[%s] %q\n", it.Kind, it.Text)
	}
}
