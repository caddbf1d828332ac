package gen

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Shapes names the hostile corpora WriteShape writes: sizes at the limits
// of what a source or a corpus may hold, for measuring the memory a build
// takes. Each is described where WriteShape builds it.
var Shapes = []string{"page", "paragraphs", "figures", "sources", "nostop", "pdf"}

// WriteShape creates dir/sources holding a hostile corpus of the named
// shape (see Shapes), of about size bytes of text (0 for the shape's
// default, which is what the bounds of a build are measured on):
//
//   - page: one source of one paragraph of sentences, a third of them
//     figures, a third asks, a third prose (24 MB);
//   - paragraphs: one source of 200,000 short paragraphs, three figures in
//     every other one and an ask in the rest (10 MB);
//   - figures: 200,000 paragraphs of eight figures each, in four sources
//     (about 28 MB);
//   - sources: 50,000 sources of two short paragraphs each;
//   - nostop: one source of lines of words and figures with no full stop
//     and no blank line: one paragraph (24 MB);
//   - pdf: one source as text taken from a PDF reads: lines broken at 80
//     columns, words hyphenated across lines, a running header and a page
//     number every 50 lines (24 MB).
//
// The same shape, size and seed give the same files.
func WriteShape(dir, shape string, size int, seed uint64) error {
	src := filepath.Join(dir, "sources")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	write := func(name string, body func(w *bufio.Writer)) error {
		f, err := os.Create(filepath.Join(src, name+".md"))
		if err != nil {
			return err
		}
		w := bufio.NewWriterSize(f, 1<<16)
		fmt.Fprintf(w, "---\ntitle: \"Hostile %s %s\"\npublisher: %s\ndate: 2024-%02d-%02d\ntype: report\nurl: https://example.org/%s\n---\n",
			shape, name, publishers[r.IntN(len(publishers))], 1+r.IntN(12), 1+r.IntN(28), name)
		body(w)
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	def := func(n int) int {
		if size > 0 {
			return size
		}
		return n
	}
	switch shape {
	case "page":
		n := def(24 << 20)
		return write("page", func(w *bufio.Writer) {
			for written := 0; written < n; {
				s := sentence(r)
				k, _ := w.WriteString(s + " ")
				written += k
			}
			w.WriteString("\n")
		})
	case "paragraphs":
		n := def(10 << 20)
		return write("paragraphs", func(w *bufio.Writer) {
			for i, written := 0, 0; written < n; i++ {
				var s string
				if i%2 == 0 {
					s = fmt.Sprintf("In %d, %d%% of %d children waited %d weeks.\n\n", 2010+r.IntN(15), 1+r.IntN(99), 10+r.IntN(990), 1+r.IntN(99))
				} else {
					s = fmt.Sprintf("%s should fund area %d services.\n\n", actors[r.IntN(len(actors))], r.IntN(1000))
				}
				k, _ := w.WriteString(s)
				written += k
			}
		})
	case "figures":
		n := def(28 << 20)
		for part := range 4 {
			err := write(fmt.Sprintf("figures-%d", part), func(w *bufio.Writer) {
				for written := 0; written < n/4; {
					s := fmt.Sprintf("In area %d, %d%% of %d children waited %d weeks, %d were referred, %d%% were seen, £%d million was spent and %d staff left in %d.\n\n",
						r.IntN(1000), 1+r.IntN(99), 10+r.IntN(9990), 1+r.IntN(99), r.IntN(5000), 1+r.IntN(99), 1+r.IntN(900), r.IntN(400), 2010+r.IntN(15))
					k, _ := w.WriteString(s)
					written += k
				}
			})
			if err != nil {
				return err
			}
		}
		return nil
	case "sources":
		n := def(50_000)
		for i := range n {
			err := write(fmt.Sprintf("s%06d", i), func(w *bufio.Writer) {
				w.WriteString(sentence(r) + "\n\n" + sentence(r) + "\n")
			})
			if err != nil {
				return err
			}
		}
		return nil
	case "nostop":
		n := def(24 << 20)
		return write("nostop", func(w *bufio.Writer) {
			for written := 0; written < n; {
				s := strings.ReplaceAll(sentence(r), ".", "")
				k, _ := w.WriteString(s + " and\n")
				written += k
			}
		})
	case "pdf":
		n := def(24 << 20)
		return write("pdf", func(w *bufio.Writer) {
			var line strings.Builder
			lines, page := 0, 1
			emit := func() {
				w.WriteString(line.String() + "\n")
				line.Reset()
				lines++
				if lines%50 == 0 {
					fmt.Fprintf(w, "\nChildren's services review %d\n\n%d\n\n", 2024, page)
					page++
				}
			}
			for written := 0; written < n; {
				for _, word := range strings.Fields(sentence(r)) {
					if line.Len()+len(word)+1 > 80 {
						if len(word) > 6 && r.IntN(4) == 0 {
							cut := len(word) / 2
							line.WriteString(" " + word[:cut] + "-")
							word = word[cut:]
						}
						written += line.Len() + 1
						emit()
					}
					if line.Len() > 0 {
						line.WriteByte(' ')
					}
					line.WriteString(word)
				}
				if r.IntN(12) == 0 {
					written += line.Len() + 2
					emit()
					w.WriteString("\n")
				}
			}
			emit()
		})
	}
	return fmt.Errorf("unknown shape %q (want one of %s)", shape, strings.Join(Shapes, ", "))
}

// sentence is one sentence of a hostile page: a figure, an ask or prose.
func sentence(r *rand.Rand) string {
	subject := subjects[r.IntN(len(subjects))]
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("In %d, %d%% of children in area %d waited %d weeks for %s.", 2010+r.IntN(15), 1+r.IntN(99), r.IntN(1000), 1+r.IntN(99), subject)
	case 1:
		return fmt.Sprintf("%s should %s.", actors[r.IntN(len(actors))], fmt.Sprintf(asks[r.IntN(len(asks))], subject))
	}
	return prose[r.IntN(len(prose))]
}
