package figures_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/links"
)

// TestPackOthersSaysHowFarItIs: the statistics compared so far are told
// before each and once at the end, out of the pack's statistics only.
func TestPackOthersSaysHowFarItIs(t *testing.T) {
	items := []evidence.Item{
		{ID: "a", Kind: evidence.Statistic}, {ID: "b", Kind: evidence.Excerpt},
		{ID: "c", Kind: evidence.Statistic}, {ID: "d", Kind: evidence.Statistic},
	}
	var asked []string
	others := func(it evidence.Item, max int) (links.Others, error) {
		asked = append(asked, it.ID)
		return links.Others{}, nil
	}
	var told []string
	if _, _, err := figures.PackOthers(items, others, func(done, total int) { told = append(told, fmt.Sprintf("%d/%d", done, total)) }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"0/3", "1/3", "2/3", "3/3"}; !slices.Equal(told, want) {
		t.Errorf("progress %v, want %v", told, want)
	}
	if want := []string{"a", "c", "d"}; !slices.Equal(asked, want) {
		t.Errorf("compared %v, want %v", asked, want)
	}
	if _, _, err := figures.PackOthers(items, others, nil); err != nil {
		t.Errorf("no progress asked: %v", err)
	}
}
