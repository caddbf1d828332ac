package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestExportStatusKeepsTheFilesName: at 40 columns the status after an
// export into a deep folder gives the file's name, its folder's first
// names given way to "…/" (hostile check 67); where it fits, the whole
// folder. Before, the line was cut at its end: "Exported the briefing
// pack to…".
func TestExportStatusKeepsTheFilesName(t *testing.T) {
	prefix := "Exported the briefing pack to "
	where := "/tmp/work/Children's services/Kent County/briefings/2026/briefing-2026-12-06-2.md and .docx"
	got := fittedWhere(prefix, where, 40)
	if !strings.HasSuffix(got, "briefing-2026-12-06-2.md and .docx") || !strings.HasPrefix(got, "…/") {
		t.Errorf("at 40 columns: %q", got)
	}
	if w := ansi.StringWidth(prefix + got); w > 40 && strings.Count(got, "/") > 1 {
		t.Errorf("at 40 columns: %q is %d cells with folders left to give way", got, w)
	}
	if got := fittedWhere(prefix, where, 200); got != where {
		t.Errorf("at 200 columns: %q, want the whole folder", got)
	}
}
