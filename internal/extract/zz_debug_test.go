package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	in := os.Getenv("FIGS")
	if in == "" {
		t.Skip()
	}
	for _, s := range strings.Split(in, "\n") {
		if s == "" {
			continue
		}
		fmt.Printf("%s\n", s)
		for _, f := range Figures(s) {
			fmt.Printf("   %q %v %s role=%s low=%v high=%v\n", f.Text, f.Value, f.Unit, f.Role, f.Low, f.High)
		}
		fmt.Printf("   rec=%v actors=%v\n", isRecommendationSentence(s), recommendationActors(s, "", analyse(s)))
	}
}
