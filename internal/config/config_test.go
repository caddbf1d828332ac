package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/config"
)

func TestSetSaveLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cypx", "config.yaml")
	c, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, set, _ := c.Get("style"); v != "harvard" || set {
		t.Fatalf("default style %q (set %v), want harvard unset", v, set)
	}
	if err := c.Set("style", "APA"); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	c, err = config.Load(path)
	if err != nil || c.Style() != "apa" {
		t.Fatalf("read back %v, %v", c.Style(), err)
	}
	if err := c.Set("style", "chicago"); err == nil || !strings.Contains(err.Error(), "harvard, apa, vancouver, footnotes") {
		t.Errorf("a bad style: %v", err)
	}
	if err := c.Set("colour", "red"); err == nil || !strings.Contains(err.Error(), "known: style") {
		t.Errorf("an unknown key: %v", err)
	}
}

func TestLoadNamesTheLineOfAProblem(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]string{
		"# mine\nstyle: harvard\nstlye: apa\n": "config.yaml:3: unknown setting \"stlye\"",
		"style: chicago\n":                     "config.yaml:1: style: unknown citation style",
		"style: [apa]\n":                       "config.yaml:1: style: want a single value",
		"- apa\n":                              "config.yaml:1: want settings as key: value lines",
		"style: apa\n\nstyle: vancouver\n":     "config.yaml:3: style is set twice (first at line 1)",
		"# mine\nstyle: \"apa\n":               "config.yaml:2: found unexpected end of stream",
		"style apa\n  x: : y\n":                "config.yaml:2: mapping values are not allowed",
		"# ok\nstyle: \x1b[31mapa\n":           `config.yaml:2: a control character (\x1b): the file is damaged`,
		"style: apa\n\x00\x01\xff":             `config.yaml:2: a control character (\x00)`,
		"# mine\n\tstyle: apa\n":               "config.yaml:2: found character that cannot start any token",
		"\tstyle: apa\n":                       "config.yaml:1: a tab starts the line",
		"style: ap\xffa\n":                     "config.yaml:1: bytes that are not UTF-8 text",
	} {
		path := filepath.Join(dir, "config.yaml")
		os.WriteFile(path, []byte(body), 0o644)
		if _, err := config.Load(path); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", body, err, want)
		}
	}
}

// TestSaveKeepsTheFilesComments: config set and unset change their key's
// line and keep what else the user wrote in the file, comments included.
// Before, every save wrote the file anew: "# apa for the journal" and any
// other note were gone after `cypx config set style vancouver`.
func TestSaveKeepsTheFilesComments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	orig := "# my settings, kept in git\n\n# apa for the journal\nstyle: apa # until March\n"
	if err := os.WriteFile(path, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Set("style", "vancouver"); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	for _, want := range []string{"# my settings, kept in git", "# apa for the journal", "style: vancouver"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("after set, the file lacks %q:\n%s", want, data)
		}
	}
	if c, err = config.Load(path); err != nil || c.Style() != "vancouver" {
		t.Fatalf("read back: %v, %v", err, c)
	}
	if err := c.Unset("style"); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(path)
	if !strings.Contains(string(data), "# my settings, kept in git") || strings.Contains(string(data), "style:") {
		t.Errorf("after unset:\n%s", data)
	}
	if c, err = config.Load(path); err != nil || c.Style() != "harvard" {
		t.Fatalf("read back after unset: %v", err)
	}
	if err := c.Set("style", "apa"); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(path)
	if !strings.Contains(string(data), "# my settings, kept in git") || !strings.Contains(string(data), "style: apa") {
		t.Errorf("set again after unset:\n%s", data)
	}
}

// TestUnsetKeepsTheNoteAboveTheSetting: a note written on the line above a
// setting, with no blank line between (as most people write one), stays
// when the setting is unset. Before, it went with the setting: a file of a
// note and a style was left empty by 'cypx config unset style'.
func TestUnsetKeepsTheNoteAboveTheSetting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte("# my own notes: use APA for the board\nstyle: harvard # for now\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Unset("style"); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "# my own notes: use APA for the board") || strings.Contains(string(data), "style:") {
		t.Errorf("after unset:\n%q", data)
	}
	if c, err = config.Load(path); err != nil || c.Style() != "harvard" {
		t.Fatalf("read back: %v", err)
	}
	if err := c.Set("style", "apa"); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(path)
	if !strings.Contains(string(data), "# my own notes: use APA for the board") || !strings.Contains(string(data), "style: apa") {
		t.Errorf("set again:\n%q", data)
	}
}

// TestStartCheck: start_check is files (every file checked) unless set to
// folders; anything else is refused, naming both values.
func TestStartCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	c, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, set, _ := c.Get("start_check"); v != config.StartCheckFiles || set || c.TrustFolders() {
		t.Fatalf("default %q (set %v, trust %v), want files", v, set, c.TrustFolders())
	}
	if err := c.Set("start_check", "quick"); err == nil || !strings.Contains(err.Error(), "files or folders") {
		t.Errorf("a bad value: %v", err)
	}
	if err := c.Set("start_check", "folders"); err != nil || !c.TrustFolders() {
		t.Errorf("folders: %v, trust %v", err, c.TrustFolders())
	}
}
