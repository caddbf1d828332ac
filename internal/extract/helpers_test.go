package extract_test

import (
	"io/fs"
	"strconv"

	bundled "github.com/cypx/cypx/corpus"
)

func bundledFS() fs.FS { return bundled.FS }

func fmtFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
