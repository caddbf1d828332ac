package measure

import (
	"fmt"
	"strings"
	"testing"
)

func TestZZCompF79a(t *testing.T) {
	for _, s := range []string{"In 2023, uptake of MMR2 at 5 years was 88.1% in Kent, 85.4% in Medway and 84.5% in England (2022: 89.0%, 86.1% and 85.7%).", "In 2023, uptake was 88.1% (2022: 89.0%, 86.1%)."} {
		k := strings.IndexByte(s, '(')
		fmt.Printf("%q %+v\n", s, Comparators(s, k))
	}
}
