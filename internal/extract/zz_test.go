package extract_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

func TestZZ(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("S"), "|") {
		if s != "" {
			fmt.Printf("%q\n    %s\n", s, describe(extract.Figures(s)))
		}
	}
}
