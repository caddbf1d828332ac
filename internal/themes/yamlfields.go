package themes

import (
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/cypx/cypx/internal/yamlerr"
)

// decodeFields decodes a mapping node into the struct v points at, key by
// key, so that every problem is said at its own line in words: a key the
// struct does not have ("trems:" beside "terms:"), or a value of the wrong
// shape. yaml's own errors name Go types ("field colour not found in type
// struct { Themes []yaml.Node ...", "cannot unmarshal !!seq into string")
// and, from a node's Decode, do not report unknown keys at all. Every key's
// problem is said, the keys after a bad one still read: 'cypx check'
// stopped at the first (hostile check 56).
func decodeFields(file string, n *yaml.Node, v any) []error {
	rv := reflect.ValueOf(v).Elem()
	rt := rv.Type()
	var known []string
	fields := map[string]int{}
	for i := range rt.NumField() {
		name, _, _ := strings.Cut(rt.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			known = append(known, name)
			fields[name] = i
		}
	}
	if n.Kind != yaml.MappingNode {
		return []error{fmt.Errorf("%s:%d: want keys (%s)", file, n.Line, strings.Join(known, ", "))}
	}
	var errs []error
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		f, ok := fields[k.Value]
		if !ok {
			errs = append(errs, fmt.Errorf("%s:%d: unknown key %q (known: %s)", file, k.Line, k.Value, strings.Join(known, ", ")))
			continue
		}
		dst := rv.Field(f)
		if t := dst.Type(); t != nodeType && (t.Kind() != reflect.Slice || t.Elem() != nodeType) {
			// Nodes kept as nodes are decoded, and checked, key by key
			// later.
			if err := binaryIn(file, k.Value, val); err != nil {
				errs = append(errs, err)
				continue
			}
		}
		if err := val.Decode(dst.Addr().Interface()); err != nil {
			want := "a value of another kind"
			switch dst.Kind() {
			case reflect.String:
				want = "a single value, not a list or map"
			case reflect.Slice:
				want = "a list, as in [a, b]"
			case reflect.Map:
				want = "keys and values"
			}
			errs = append(errs, fmt.Errorf("%s:%d: %s: want %s", file, k.Line, k.Value, want))
		}
	}
	return errs
}

// nodeType is a value kept as YAML, to be decoded later.
var nodeType = reflect.TypeFor[yaml.Node]()

// binaryIn is the problem of a value tagged !!binary in n or under it
// (a term of a list), at its line. Decoded, "label: !!binary SGVsbG8="
// was the label "Hello", unsaid.
func binaryIn(file, key string, n *yaml.Node) error {
	if msg := yamlerr.Binary(key, n); msg != "" {
		return fmt.Errorf("%s:%d: %s", file, n.Line, msg)
	}
	for _, c := range n.Content {
		if err := binaryIn(file, key, c); err != nil {
			return err
		}
	}
	return nil
}

// syntaxError says a YAML syntax error as file:line: message.
func syntaxError(file string, err error) error {
	line, msg := yamlerr.Split(err)
	if line > 0 {
		return fmt.Errorf("%s:%d: %s", file, line, msg)
	}
	return fmt.Errorf("%s: %s", file, msg)
}
