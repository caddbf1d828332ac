package library

import (
	"fmt"
	"os"
	"testing"
)

// TestZZDump prints the imported file of CYPX_DUMP (scratch, not committed).
func TestZZDump(t *testing.T) {
	p := os.Getenv("CYPX_DUMP")
	if p == "" {
		t.Skip()
	}
	im, err := Import(p, Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := im.File()
	fmt.Println(string(b))
}
