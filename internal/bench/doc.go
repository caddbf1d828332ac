// Package bench holds cypx's benchmarks over generated libraries of 10,000
// and 100,000 items: search as you type, the whole keystroke path of the
// explorer, opening a cached index, building one, and linked findings.
//
//	go test ./internal/bench -run '^$' -bench . -benchmem
//
// The 100k benchmarks are skipped under -short. Generated corpora and their
// cached indexes are kept in the system's temp folder and reused.
package bench
