package library

import "github.com/cypx/cypx/internal/evidence"

// Guess reads a file as Import does and says what it could tell of the
// report's metadata, asking for none: what it cannot tell is left empty.
// The explorer's import form shows the guesses for a person to correct and
// complete before anything is written, so a text file without front matter
// can be imported there too. A type the file does not give is assumed from
// the format (news for a web page, report otherwise) and said so. It never
// writes.
func Guess(path string) (Imported, error) {
	im, err := read(path)
	if err != nil {
		return Imported{}, err
	}
	if im.Source.Type == "" {
		im.Source.Type = evidence.Report
		if im.Format == "html" {
			im.Source.Type = evidence.News
		}
		im.Guessed = append(im.Guessed, "type (assumed: "+string(im.Source.Type)+")")
	}
	return im, nil
}
