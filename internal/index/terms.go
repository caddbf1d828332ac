package index

import (
	"context"
	"math"
	"runtime/debug"
)

// TermWeights returns the distinct stemmed terms of text with their inverse
// document frequency in the index, log(N/df): words most items share weigh
// little, words few items use weigh much. Links use it to tell a shared
// "public health grant" from a shared "taking place".
//
// Weights are remembered until the index changes: reading a term's
// document frequency opens a reader, and links ask for the same terms over
// and over.
func (ix *Index) TermWeights(ctx context.Context, text string) (_ map[string]float64, err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return nil, err
	}

	a := ix.bi.Mapping().AnalyzerNamed(textAnalyzer)
	out := map[string]float64{}
	var missing []string
	ix.wmu.Lock()
	for _, tok := range a.Analyze([]byte(text)) {
		term := string(tok.Term)
		if _, done := out[term]; done || len(term) < 3 {
			continue
		}
		if w, ok := ix.weights[term]; ok {
			out[term] = w
		} else {
			out[term] = 0
			missing = append(missing, term)
		}
	}
	ix.wmu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	r, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	found := make(map[string]float64, len(missing))
	for _, term := range missing {
		tfr, err := r.TermFieldReader(ctx, []byte(term), FieldText, false, false, false)
		if err != nil {
			return nil, err
		}
		df := tfr.Count()
		tfr.Close()
		found[term] = math.Log(float64(n+1) / float64(df+1))
		out[term] = found[term]
	}
	ix.wmu.Lock()
	if ix.weights == nil {
		ix.weights = map[string]float64{}
	}
	for t, w := range found {
		ix.weights[t] = w
	}
	ix.wmu.Unlock()
	return out, nil
}

// forgetWeights clears the remembered term weights after a change.
func (ix *Index) forgetWeights() {
	ix.wmu.Lock()
	ix.weights = nil
	ix.wmu.Unlock()
}
