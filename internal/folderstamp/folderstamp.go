// Package folderstamp says whether a folder's entries changed, with one
// stat: the library's watch (has a source been added, removed or
// replaced?) and the cache's quick check (need the index be updated?)
// both compare the stamps it gives, so the two never read a change
// differently.
package folderstamp
