package library_test

import (
	"os"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

func TestZZDump(t *testing.T) {
	p := os.Getenv("ZZ_FILE")
	if p == "" {
		t.Skip()
	}
	im, err := library.Import(p, library.Meta{Publisher: "X", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", im.Source)
	t.Log(im.Body)
}
