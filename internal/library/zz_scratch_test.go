package library_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

func TestZZScratch(t *testing.T) {
	im, err := library.Import(os.Getenv("ZZ"), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range im.Items {
		if strings.Contains(it.Text, os.Getenv("ZZQ")) {
			fmt.Printf("%s %q\n", it.Kind, it.Text)
			for _, f := range it.Figures {
				fmt.Printf("   %q %v %v %v\n", f.Text, f.Value, f.Unit, f.Role)
			}
		}
	}
}
