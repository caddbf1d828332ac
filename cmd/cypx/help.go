package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cypx/cypx/internal/evidence"
)

// modulePath is cypx's module, which a build's information names.
const modulePath = "github.com/cypx/cypx"

// version says which cypx this is: the module version and the commit it
// was built from, as Go records them in the binary (a build outside a
// repository, or from a module archive, has no commit to give).
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(no build information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, when string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	out := v
	if rev != "" {
		out += " (commit " + rev[:min(len(rev), 12)]
		if when != "" {
			out += ", " + when
		}
		if modified {
			out += ", with uncommitted changes"
		}
		out += ")"
	}
	return out + " " + bi.GoVersion
}

// The help topics: the query grammar (cypx help search) and the source
// format (cypx help corpus), the README's sections as the terminal reads them.

const searchHelp = `Search the items. The explorer's search box reads the same grammar.

  waiting autism          items holding both words (after stemming: "waits"
                          finds "waiting")
  autism OR adhd          items holding either
  autism|adhd             either, as OR
  ADHD/autism  autism+adhd
                          both words, anywhere in the item (a figure keeps
                          its slash: 2023/24)
  (autism OR adhd) waiting
                          brackets group
  -funding, NOT funding   leaves out items holding the word
  "waiting list"          the words together, in that order
  theme:send  kind:statistic  type:news
                          items with that theme, kind or source type; an
                          unknown value is an error listing the valid ones
  actor:NHSE  actor:"Local authorities"
                          recommendations addressed to that actor
  source:ID               items of one source
  publisher:CQC  publisher:providers  publisher:"NHS Providers"
                          by the publisher's whole name, any of its words (any
                          case), or a short form the thesaurus knows
  year:2024  year:2018..2020  year:>=2022
                          sources published then
  value:>50  value:10..20  value:97
                          items with a figure of that value
  wait*  autisim~1        patterns: any ending; one letter different

Words, phrases and field clauses are all required unless OR joins them. In
the explorer the last word is also a prefix while typing ("waiti" finds
"waiting"), and an open quote or bracket is read as what is there so far;
cypx search takes its words whole. What cannot be read is explained with its
place (a lone -, ( without ), NOT with nothing after it, theme: with no value,
an unknown field) and the command exits with status 2. A query is at most
4,096 characters.

The thesaurus widens a term to the other forms of the field's acronyms,
synonyms and renamed bodies (CAMHS also finds "child and adolescent mental
health services"; CCG finds ICB) and says on stderr what it added; see
'cypx thesaurus TERM'. When nothing is found, near words the index holds are
offered (autisim: did you mean autism?).

Filters as flags: --theme ID (repeatable: any of them), --kind, --source,
--actor, --from YEAR, --to YEAR; --limit N, --offset N; --format json for
{"total", "items", "facets", "expanded", "suggestions"}.`

const corpusHelp = `A corpus is a folder: themes.yaml (optional: the bundled taxonomy is
used when absent) and sources/<id>.md, one file per source document or
excerpt. Your library ($XDG_DATA_HOME/cypx/library, filled by 'cypx add') is
a corpus too. A source file is Markdown with YAML front matter:

  ---
  title: "Forgotten generation: shaping better services for children and young people"
  section: Recommendations       # optional: which part of the document this is
  publisher: NHS Providers
  date: 2024-07-15               # YYYY-MM-DD, YYYY-MM or YYYY
  url: https://...
  type: report                   # report | survey | review | news | press-release
                                 # | blog | statement | guidance | data | web-page
  about: <another source id>     # optional: this source is coverage of that one
  author: Beth Gault             # optional: a byline; the citation names the author
  place: London                  # optional: where the publisher is (Vancouver, MHRA)
  note: "Survey of 134 trust leaders, April–May 2024"   # optional: on what basis
  accessed: 2026-11-01           # optional: the reference's accessed date
  id: my-id                      # optional: default is the file name without .md
  ---
  Paragraphs separated by blank lines; ## headings; - or • bullets; 1. numbered items.

Required: title, publisher, date, type. Unknown keys are errors, so typos
never pass silently. The body is never rewritten: every item's text is an
exact substring of it. A line <!-- page N --> marks where page N starts, so
citations can give the page; a line <!-- number c --> gives the numbered
item after it the number its page shows (a, b, c; i, ii, iii).

Items: a statistic is each sentence (or list item, or table row) holding a
figure; a recommendation is a list item under a heading of recommendations,
or a sentence whose subject is an actor followed by should, must or needs to;
an excerpt is any other run of sentences of eight words or more.

'cypx check [DIR]' prints every problem as file:line: message.`

// helpTopics adds the help topics and the query grammar to the command
// tree, and completion of the flags whose values are a fixed list.
func helpTopics(root *cobra.Command) {
	root.AddCommand(&cobra.Command{
		Use:   "corpus",
		Short: "The corpus format: source files, front matter, how items are extracted",
		Long:  corpusHelp,
	})
	for _, c := range root.Commands() {
		switch c.Name() {
		case "search":
			c.Long = searchHelp
		case "cite", "export":
			c.RegisterFlagCompletionFunc("style", fixedValues(styleNames()...))
		}
		if f := c.Flags().Lookup("format"); f != nil && c.Name() == "cite" {
			c.RegisterFlagCompletionFunc("format", fixedValues("plain", "markdown", "figure", "reference"))
		}
	}
}

func styleNames() []string {
	var out []string
	for _, st := range evidence.CiteStyles {
		out = append(out, string(st))
	}
	return out
}

func fixedValues(vs ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return vs, cobra.ShellCompDirectiveNoFileComp
	}
}

func manCmd(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the manual page, made from the commands: cypx man > cypx.1",
		Long: `Print cypx's manual page in roff, made from the commands and their flags:
  cypx man > cypx.1 && man ./cypx.1
Install it as ~/.local/share/man/man1/cypx.1 (or /usr/local/share/man/man1).`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return writeMan(c.OutOrStdout(), root, clock())
		},
	}
}

// roffText escapes text for roff: backslashes, and a line starting with a
// dot or an apostrophe, which roff would read as a request.
func roffText(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			lines[i] = `\&` + l
		}
	}
	return strings.Join(lines, "\n")
}

// roffBlock sets a help text: paragraphs as paragraphs, indented lines as
// they are (examples, tables).
func roffBlock(w io.Writer, text string) {
	for _, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		lines := strings.Split(para, "\n")
		literal := false
		for _, l := range lines[1:] {
			if strings.HasPrefix(l, "  ") {
				literal = true
			}
		}
		if literal || strings.HasPrefix(lines[0], "  ") {
			fmt.Fprintf(w, ".PP\n.nf\n%s\n.fi\n", roffText(para))
			continue
		}
		fmt.Fprintf(w, ".PP\n%s\n", roffText(strings.Join(lines, " ")))
	}
}

// writeMan writes one manual page for every command: what each does, its
// usage and its flags, then the environment, files and exit status.
func writeMan(w io.Writer, root *cobra.Command, now time.Time) error {
	fmt.Fprintf(w, ".TH CYPX 1 %q %q \"User Commands\"\n", now.Format("2006-01-02"), "cypx "+strings.Fields(version())[0])
	fmt.Fprintf(w, ".SH NAME\ncypx \\- %s\n", roffText(strings.ToLower(root.Short[:1])+root.Short[1:]))
	fmt.Fprintf(w, ".SH SYNOPSIS\n.B cypx\n[\\fIflags\\fR]\n.br\n.B cypx\n\\fIcommand\\fR [\\fIflags\\fR] [\\fIarguments\\fR]\n")
	fmt.Fprintf(w, ".SH DESCRIPTION\n")
	roffBlock(w, root.Long)
	fmt.Fprintf(w, ".SH OPTIONS\n")
	writeFlags(w, root.NonInheritedFlags())
	fmt.Fprintf(w, ".SH COMMANDS\n")
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		cmds := c.Commands()
		sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name() < cmds[j].Name() })
		for _, sub := range cmds {
			// The help topics have sections of their own.
			if sub.Hidden || sub.Name() == "help" || !sub.IsAvailableCommand() {
				continue
			}
			fmt.Fprintf(w, ".SS \"%s\"\n", roffText(strings.TrimSpace(sub.CommandPath()+" "+strings.TrimSpace(strings.TrimPrefix(sub.Use, sub.Name())))))
			text := sub.Long
			if text == "" {
				text = sub.Short
			}
			roffBlock(w, text)
			if sub.HasAvailableLocalFlags() {
				writeFlags(w, sub.NonInheritedFlags())
			}
			walk(sub)
		}
	}
	walk(root)
	fmt.Fprintf(w, ".SH \"THE CORPUS FORMAT\"\n")
	roffBlock(w, corpusHelp)
	fmt.Fprintf(w, ".SH ENVIRONMENT\n")
	for _, e := range [][2]string{
		{"CYPX_HOME", "holds the cache, state, data and config folders instead of the XDG ones (tests use it); a relative folder is taken from the folder cypx starts in"},
		{"XDG_CACHE_HOME", "the index cache: $XDG_CACHE_HOME/cypx"},
		{"XDG_STATE_HOME", "the basket: $XDG_STATE_HOME/cypx/basket.json"},
		{"XDG_DATA_HOME", "your library: $XDG_DATA_HOME/cypx/library"},
		{"XDG_CONFIG_HOME", "the settings: $XDG_CONFIG_HOME/cypx/config.yaml (cypx config)"},
		{"NO_COLOR", "NO_COLOR=1 leaves colour out of the explorer"},
		{"SSH_CONNECTION, SSH_TTY", "when set, copies go to the terminal (OSC 52) alone, not to the system clipboard"},
		{"WAYLAND_DISPLAY, DISPLAY", "choose wl-copy, or xclip and xsel, for the system clipboard"},
	} {
		fmt.Fprintf(w, ".TP\n.B %s\n%s\n", roffText(e[0]), roffText(e[1]))
	}
	fmt.Fprintf(w, ".SH \"EXIT STATUS\"\n.TP\n.B 0\nsuccess\n.TP\n.B 1\nan error: a file that cannot be read or written, an item not found, problems found by check\n.TP\n.B 2\na mistake in the command line or a query that cannot be read\n.TP\n.B 130\ninterrupted (ctrl+c), within a second whatever the command was doing: a file it was writing is left as it was or written whole, never in part\n.TP\n.B 143, 129\nterminated (SIGTERM) or hung up (SIGHUP, the terminal closed): ended as by ctrl+c\n")
	fmt.Fprintf(w, ".SH \"SEE ALSO\"\n")
	roffBlock(w, "cypx help search (the query grammar), cypx help corpus (the source format), cypx completion (shell completion for bash, zsh, fish and PowerShell).")
	return nil
}

// writeFlags lists flags as tagged paragraphs: --style string, then what it does.
func writeFlags(w io.Writer, fs *pflag.FlagSet) {
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name, usage := pflag.UnquoteUsage(f)
		head := `\fB\-\-` + roffText(f.Name) + `\fR`
		if f.Shorthand != "" {
			head = `\fB\-` + f.Shorthand + `\fR, ` + head
		}
		if name != "" {
			head += ` \fI` + roffText(name) + `\fR`
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			usage += " (default " + f.DefValue + ")"
		}
		fmt.Fprintf(w, ".TP\n%s\n%s\n", head, roffText(usage))
	})
}
