// Package config reads and writes cypx's settings: a small YAML file,
// $XDG_CONFIG_HOME/cypx/config.yaml ($CYPX_HOME/config/config.yaml when
// CYPX_HOME is set), which `cypx config set` writes so a choice made once
// (the citation style) holds for every command and the explorer.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/filelock"
	"github.com/cypx/cypx/internal/plainfile"
	"github.com/cypx/cypx/internal/yamlerr"
)

// maxFileBytes bounds the settings file: a few lines, and a name that
// leads somewhere else (a device, a log) is not read without end.
const maxFileBytes = 1 << 20

// Key is one setting: its name, what it means, its default and how a
// value is checked.
type Key struct {
	Name, Help, Default string
	// Check returns the value as stored, or why it cannot be.
	Check func(string) (string, error)
}

// Keys are the settings cypx knows, by name.
var Keys = []Key{
	{
		Name: "style", Default: string(evidence.DefaultStyle),
		Help: "citation style of copies, cypx cite and exported packs: harvard, apa, vancouver or footnotes",
		Check: func(v string) (string, error) {
			st, err := evidence.ParseStyle(v)
			return string(st), err
		},
	},
	{
		Name: "start_check", Default: StartCheckFiles,
		Help: "how a start checks a library of 1,000 source files or more: files (every file's size and time, at every start) or folders (its folders' times and its 64 newest files for a minute after a full check: faster at tens of thousands of files, but an older file rewritten in place may be read as it was for up to a minute)",
		Check: func(v string) (string, error) {
			if v != StartCheckFiles && v != StartCheckFolders {
				return "", fmt.Errorf("%q: want %s or %s", v, StartCheckFiles, StartCheckFolders)
			}
			return v, nil
		},
	},
}

// The values of start_check.
const (
	// StartCheckFiles checks every source file at every start (the
	// default: an edit is always seen).
	StartCheckFiles = "files"
	// StartCheckFolders trusts a large library's folders for a minute
	// after a full check (cache.Options.TrustFolders).
	StartCheckFolders = "folders"
)

// Lookup finds a key by name.
func Lookup(name string) (Key, error) {
	for _, k := range Keys {
		if k.Name == name {
			return k, nil
		}
	}
	names := make([]string, len(Keys))
	for i, k := range Keys {
		names[i] = k.Name
	}
	return Key{}, fmt.Errorf("unknown setting %q (known: %s)", name, strings.Join(names, ", "))
}

// Config is the settings as read from the file: only those set.
type Config struct {
	Path   string
	values map[string]string
	// doc is the file as read, comments and all, when it held settings:
	// Save changes its keys' values in place and keeps the rest.
	doc *yaml.Node
	// head is what a file without settings held: its comments, written
	// again above the first setting saved.
	head string
}

// Load reads the settings file at path. A missing file is no settings; a
// file that cannot be read, an unknown key or a bad value is an error
// naming the file and line, so a typo never passes silently.
func Load(path string) (*Config, error) {
	c := &Config{Path: path, values: map[string]string{}}
	data, err := plainfile.Read(path, maxFileBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		// A config folder that is a file was "stat …/config.yaml: not a
		// directory".
		return nil, atomicfile.FolderError(filepath.Dir(path), err)
	}
	// Saved as "Unicode" by a Windows editor: read by the one reader the
	// basket, the history and --meta records are read by (refused before,
	// where they were read).
	if data, err = plainfile.Text(data); err != nil {
		return nil, fmt.Errorf("%s: %v, or remove it to use the defaults", path, err)
	}
	if i := bytes.IndexFunc(data, func(r rune) bool {
		return r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || r == utf8.RuneError
	}); i >= 0 {
		// YAML refuses these without saying where.
		r, _ := utf8.DecodeRune(data[i:])
		what := fmt.Sprintf("a control character (%s)", evidence.PrintableLine(string(r)))
		if r == utf8.RuneError {
			what = "bytes that are not UTF-8 text"
		}
		return nil, fmt.Errorf("%s:%d: %s: the file is damaged; fix it, or remove it to use the defaults", path, bytes.Count(data[:i], []byte("\n"))+1, what)
	}
	// One document: a second, after "---", would be lost by Save.
	doc, err := yamlerr.Document(data)
	if err != nil {
		// "yaml: line 3: mapping values are not allowed" as file:line.
		line, msg := yamlerr.Split(err)
		if line > 0 {
			return nil, fmt.Errorf("%s:%d: %s: fix it, or remove it to use the defaults", path, line, msg)
		}
		if i := bytes.Index(append([]byte("\n"), data...), []byte("\n\t")); i >= 0 {
			return nil, fmt.Errorf("%s:%d: a tab starts the line (YAML indents with spaces): fix it, or remove the file to use the defaults", path, bytes.Count(data[:i], []byte("\n"))+1)
		}
		return nil, fmt.Errorf("%s: %v: fix it, or remove it to use the defaults", path, msg)
	}
	if len(doc.Content) == 0 {
		c.head = strings.TrimSpace(string(data))
		return c, nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: want settings as key: value lines", path, m.Line)
	}
	c.doc = doc
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		key, err := Lookup(k.Value)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, k.Line, err)
		}
		// Which of two would win is not for the file's reader to guess.
		if first, ok := seen[key.Name]; ok {
			return nil, fmt.Errorf("%s:%d: %s is set twice (first at line %d)", path, k.Line, key.Name, first)
		}
		seen[key.Name] = k.Line
		if v.Kind == yaml.AliasNode {
			// "start_check: *a" names another key's value: it was told
			// to want a single value, which it may be.
			return nil, fmt.Errorf("%s:%d: %s: a YAML alias of the anchor %s: write the value itself", path, v.Line, k.Value, evidence.QuoteInput(v.Value))
		}
		if v.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("%s:%d: %s: want a single value, not a list or map", path, v.Line, k.Value)
		}
		if msg := yamlerr.Binary(k.Value, v); msg != "" {
			return nil, fmt.Errorf("%s:%d: %s", path, v.Line, msg)
		}
		val, err := key.Check(v.Value)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %s: %v", path, v.Line, k.Value, err)
		}
		c.values[key.Name] = val
	}
	return c, nil
}

// Get is a setting's value and whether it was set; unset, it is the key's
// default.
func (c *Config) Get(name string) (string, bool, error) {
	k, err := Lookup(name)
	if err != nil {
		return "", false, err
	}
	if v, ok := c.values[name]; ok {
		return v, true, nil
	}
	return k.Default, false, nil
}

// Style is the configured citation style, or the default.
func (c *Config) Style() evidence.Style {
	v, _, _ := c.Get("style")
	return evidence.Style(v)
}

// TrustFolders says start_check is folders.
func (c *Config) TrustFolders() bool {
	v, _, _ := c.Get("start_check")
	return v == StartCheckFolders
}

// Set checks a value and changes the setting (in memory: Save writes it).
func (c *Config) Set(name, value string) error {
	k, err := Lookup(name)
	if err != nil {
		return err
	}
	v, err := k.Check(value)
	if err != nil {
		return err
	}
	c.values[name] = v
	return nil
}

// Unset returns a setting to its default.
func (c *Config) Unset(name string) error {
	if _, err := Lookup(name); err != nil {
		return err
	}
	delete(c.values, name)
	return nil
}

// Update changes the settings file at path safely beside other
// processes, as basket.Update changes the basket: it takes the file's
// lock (path + ".lock"), reads the file as it is now, applies change and
// saves the result, then releases the lock. When change returns an error
// nothing is written. Before, two 'cypx config set' at once each read the
// file, set their own key and saved, and one setting was lost (hostile
// check 42).
func Update(path string, change func(*Config) error) (*Config, error) {
	if err := atomicfile.MkdirAll(filepath.Dir(path)); err != nil {
		return nil, err
	}
	unlock, err := filelock.Lock(path + ".lock")
	if err != nil {
		return nil, err
	}
	defer unlock()
	c, err := Load(path)
	if err != nil {
		return nil, err
	}
	if err := change(c); err != nil {
		return nil, err
	}
	return c, c.Save()
}

// Save writes the settings atomically, creating the folder.
func (c *Config) Save() error {
	if err := atomicfile.MkdirAll(filepath.Dir(c.Path)); err != nil {
		return err
	}
	if c.doc != nil {
		// The user's file: its comments and layout stay, only the values
		// change.
		m := c.doc.Content[0]
		var kept []*yaml.Node
		set := map[string]bool{}
		// The comments written with a setting unset: a note on the line
		// above it is the user's, whatever it says, and stays. Before,
		// it went with the setting, and a file of one note and one
		// setting was left empty by 'cypx config unset'.
		var orphans []string
		for i := 0; i+1 < len(m.Content); i += 2 {
			k, v := m.Content[i], m.Content[i+1]
			val, ok := c.values[k.Value]
			if !ok {
				for _, cm := range []string{k.HeadComment, k.FootComment, v.FootComment} {
					if cm != "" {
						orphans = append(orphans, cm)
					}
				}
				continue
			}
			if len(orphans) > 0 {
				k.HeadComment = strings.Join(append(orphans, k.HeadComment), "\n")
				k.HeadComment = strings.TrimSuffix(k.HeadComment, "\n")
				orphans = nil
			}
			v.SetString(val)
			set[k.Value] = true
			kept = append(kept, k, v)
		}
		for _, n := range slices.Sorted(maps.Keys(c.values)) {
			if !set[n] {
				var k, v yaml.Node
				k.SetString(n)
				v.SetString(c.values[n])
				kept = append(kept, &k, &v)
			}
		}
		m.Content = kept
		m.Style &^= yaml.FlowStyle // a key added to "{}" goes on a line of its own
		if len(kept) == 0 {
			// No setting left: the comments alone (YAML writes an empty
			// mapping as "{}").
			var b strings.Builder
			for _, cm := range append(append([]string{c.doc.HeadComment, m.HeadComment}, orphans...), m.FootComment, c.doc.FootComment) {
				if cm != "" {
					b.WriteString(cm + "\n")
				}
			}
			return atomicfile.Write(c.Path, []byte(b.String()))
		}
		data, err := yaml.Marshal(c.doc)
		if err != nil {
			return err
		}
		return atomicfile.Write(c.Path, data)
	}
	var b bytes.Buffer
	if c.head != "" {
		b.WriteString(c.head + "\n")
	} else {
		b.WriteString("# cypx settings: cypx config set KEY VALUE, cypx config list\n")
	}
	names := make([]string, 0, len(c.values))
	for n := range c.values {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v, err := yaml.Marshal(c.values[n])
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s: %s", n, v)
	}
	return atomicfile.Write(c.Path, b.Bytes())
}
