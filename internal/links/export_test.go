package links

// AsBefore makes e read each measure search for each item, and every
// candidate's terms, as the engine did before it kept the searches
// (measureset.go) and read only the terms it weighs: for tests comparing
// the two.
func AsBefore(e *Engine) *Engine {
	e.asBefore = true
	return e
}
