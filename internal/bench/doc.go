// Package bench holds cypx's benchmarks over generated libraries (10,000
// and 100,000 items unless CYPX_BENCH_SIZES names others, such as
// "10k,100k,1m"): search as you type, the whole keystroke path of the
// explorer, opening a cached index, building one, and linked findings.
//
//	go test ./internal/bench -run '^$' -bench . -benchmem
//	CYPX_BENCH_SIZES=1m go test ./internal/bench -run '^$' -bench Keystroke
//
// Sizes over 10k are skipped under -short. Generated corpora and their
// cached indexes are kept in the system's temp folder and reused.
package bench
