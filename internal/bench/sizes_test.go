package bench

import (
	"reflect"
	"testing"
)

func TestParseSizes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []size
	}{
		{"", []size{{"10k", 10000}, {"100k", 100000}}},
		{"1m", []size{{"1m", 1000000}}},
		{" 10K, 250k ,5000", []size{{"10k", 10000}, {"250k", 250000}, {"5000", 5000}}},
	} {
		got, err := parseSizes(c.in)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("parseSizes(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"ten", "0", "-5k", "1g", "10k,", "200m"} {
		if got, err := parseSizes(bad); err == nil {
			t.Errorf("parseSizes(%q) = %v, want an error", bad, got)
		}
	}
}
