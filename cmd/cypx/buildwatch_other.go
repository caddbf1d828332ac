//go:build !unix

package main

// buildWatcher: the watcher is a Unix program's (a descriptor passed to
// it); there is none here.
func buildWatcher() bool { return false }

// watchBuild does nothing here: a fault in a build ends the process with
// the runtime's report alone.
func watchBuild(dir string) (done func()) { return func() {} }
