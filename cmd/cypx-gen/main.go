// Command cypx-gen writes a synthetic corpus for benchmarks and load tests:
//
//	go run ./cmd/cypx-gen -items 100000 -out /tmp/corpus [-seed 1]
//	go run ./cmd/cypx-gen -shape page -out /tmp/corpus [-size BYTES]
//
// The folder gets sources/*.md of about 50 items each; cypx uses the bundled
// taxonomy for it. The same seed gives the same files.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/cypx/cypx/internal/gen"
)

func main() {
	items := flag.Int("items", 10000, "number of evidence items to generate")
	out := flag.String("out", "", "folder to write the corpus to (created if missing)")
	seed := flag.Uint64("seed", 1, "random seed; the same seed gives the same corpus")
	shape := flag.String("shape", "", "a hostile corpus instead: "+strings.Join(gen.Shapes, ", ")+" (see gen.WriteShape)")
	size := flag.Int("size", 0, "with -shape, bytes of text (sources for -shape sources); 0 for the shape's default")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: cypx-gen -items N -out DIR [-seed S]")
		os.Exit(2)
	}
	if *shape != "" {
		if err := gen.WriteShape(*out, *shape, *size, *seed); err != nil {
			fmt.Fprintln(os.Stderr, "cypx-gen:", err)
			os.Exit(1)
		}
		fmt.Printf("wrote a %s corpus to %s\n", *shape, *out)
		return
	}
	if err := gen.Write(*out, *items, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "cypx-gen:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d items to %s\n", *items, *out)
}
