package links

// AsBefore makes e read each measure search for each item, and every
// candidate's terms, as the engine did before it kept the searches
// (measureset.go) and read only the terms it weighs: for tests comparing
// the two.
func AsBefore(e *Engine) *Engine {
	e.asBefore = true
	return e
}

// PerHit makes e pass over a pooled measure's statistics one by one for
// each statistic's note, as it did before it read them by class
// (pooledOthersPerHit): for tests comparing the two.
func PerHit(e *Engine) *Engine {
	e.perHit = pooledOthersPerHit
	return e
}
