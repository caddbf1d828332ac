package library

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEncryptedAndMissingTools fakes poppler's answers, as a real encrypted
// PDF cannot be made without a further tool.
func TestEncryptedAndMissingTools(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "fake-pdftool")
	os.WriteFile(fake, []byte("#!/bin/sh\necho 'Command Line Error: Incorrect password' >&2\nexit 1\n"), 0o755)
	pdf := filepath.Join(dir, "locked.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.7\nnot really a pdf\n"), 0o644)
	saved1, saved2 := pdftohtml, pdfinfo
	defer func() { pdftohtml, pdfinfo = saved1, saved2 }()
	pdftohtml, pdfinfo = fake, fake
	if _, err := Import(pdf, Meta{}); err == nil || !strings.Contains(err.Error(), "encrypted PDF") {
		t.Errorf("encrypted: %v", err)
	}
	pdftohtml = filepath.Join(dir, "no-such-tool")
	if _, err := Import(pdf, Meta{}); err == nil || !strings.Contains(err.Error(), "install poppler-utils") {
		t.Errorf("missing tools: %v", err)
	}
}

// TestDamagedPDFThatStallsPopplerIsGivenUp: a poppler that never finishes
// is stopped and the import refused, not left running.
func TestDamagedPDFThatStallsPopplerIsGivenUp(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the 10 s limit")
	}
	dir := t.TempDir()
	slow := filepath.Join(dir, "slow-pdftool")
	os.WriteFile(slow, []byte("#!/bin/sh\nexec sleep 60\n"), 0o755)
	pdf := filepath.Join(dir, "damaged.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.7\ndamaged\n"), 0o644)
	saved1, saved2 := pdftohtml, pdfinfo
	defer func() { pdftohtml, pdfinfo = saved1, saved2 }()
	pdftohtml, pdfinfo = slow, slow
	if _, err := Import(pdf, Meta{}); err == nil || !strings.Contains(err.Error(), "poppler gave up after 10s") {
		t.Errorf("stalled poppler: %v", err)
	}
}
