package index

import (
	"context"
	"math"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"
)

// TermWeights returns the distinct stemmed terms of text with their inverse
// document frequency in the index, log(N/df): words most items share weigh
// little, words few items use weigh much. Links use it to tell a shared
// "public health grant" from a shared "taking place".
func (ix *Index) TermWeights(ctx context.Context, text string) (map[string]float64, error) {
	a := ix.bi.Mapping().AnalyzerNamed(en.AnalyzerName)
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	out := map[string]float64{}
	for _, tok := range a.Analyze([]byte(text)) {
		term := string(tok.Term)
		if _, done := out[term]; done || len(term) < 3 {
			continue
		}
		tfr, err := r.TermFieldReader(ctx, tok.Term, FieldText, false, false, false)
		if err != nil {
			return nil, err
		}
		df := tfr.Count()
		tfr.Close()
		out[term] = math.Log(float64(n+1) / float64(df+1))
	}
	return out, nil
}
