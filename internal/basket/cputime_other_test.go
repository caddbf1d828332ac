//go:build !unix

package basket_test

import "time"

// cpuTime is not read here: the benchmarks report 0.
func cpuTime() time.Duration { return 0 }
