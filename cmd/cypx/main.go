// Command cypx explores evidence about children and young people's health
// services in England: statistics, recommendations and excerpts from reports,
// searchable by text, theme and kind, each with its citation.
//
// With no arguments it opens the explorer; its subcommands serve scripts.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"

	"github.com/cypx/cypx/internal/evidence"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr})
	stop()
	os.Exit(code)
}

// exitError carries an exit status other than 1 (2 for usage and query errors).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// run executes the command line and returns the exit status; main is only
// the process around it, so tests can run the whole CLI in process.
func run(ctx context.Context, args []string, io stdio) int {
	root := newRoot(&app{io: io})
	root.SetArgs(args)
	root.SetIn(io.in)
	root.SetOut(io.out)
	root.SetErr(io.err)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	// Errors may quote a file, a query or a name: escaped like all output.
	fmt.Fprintln(io.err, "cypx:", evidence.Printable(err.Error()))
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}
