package extract_test

import (
	"bufio"
	"os"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

func TestZZProbe(t *testing.T) {
	f, err := os.Open("/tmp/devgen/probe/in.txt")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		t.Logf("%-100s => %s", line, describe(extract.Figures(line)))
	}
}
