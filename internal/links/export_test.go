package links

// WithoutMeasureSets makes e read each measure search as before the
// engine kept them (measureset.go), for tests comparing the two.
func WithoutMeasureSets(e *Engine) *Engine {
	e.measures.off = true
	return e
}

// DebugMeasure is a test aid.
func DebugMeasure(e *Engine, it interface{}) {}
