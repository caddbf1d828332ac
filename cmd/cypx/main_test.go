package main

import (
	"os"
	"testing"
)

// TestMain keeps the tests' caches out of the user's: CYPX_HOME points at a
// folder of the test run's own.
func TestMain(m *testing.M) {
	home, err := os.MkdirTemp("", "cypx-test-home-")
	if err != nil {
		panic(err)
	}
	os.Setenv("CYPX_HOME", home)
	code := m.Run()
	os.RemoveAll(home)
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}
