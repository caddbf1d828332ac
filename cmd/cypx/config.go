package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/cypx/cypx/internal/config"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/paths"
)

// settings reads the settings file once.
func (a *app) settings() (*config.Config, error) {
	if a.config != nil {
		return a.config, nil
	}
	path, err := paths.Config()
	if err != nil && !errors.Is(err, paths.ErrNoHome) {
		return nil, err
	}
	// With no home there is no settings file: the defaults are read, and
	// a change is refused (changeSettings).
	c, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	a.config = c
	return c, nil
}

// changeSettings reads, changes and saves the settings file as one step
// beside other cypx processes (config.Update, under the file's lock):
// refused when there is no folder to keep them in, and when the command
// is no longer wanted (stillWanted).
func (a *app) changeSettings(ctx context.Context, change func(*config.Config) error) (*config.Config, error) {
	path, err := paths.Config()
	if err != nil {
		return nil, err
	}
	if err := a.stillWanted(ctx); err != nil {
		return nil, err
	}
	c, err := config.Update(path, change)
	if err != nil {
		return nil, err
	}
	a.config = c
	return c, nil
}

// citeStyle is the citation style a command uses: its --style flag when
// given, else the configured one (cypx config set style), else Harvard.
func (a *app) citeStyle(flag string) (evidence.Style, error) {
	if flag != "" {
		st, err := evidence.ParseStyle(flag)
		if err != nil {
			return "", usageError("--style: %v", err)
		}
		return st, nil
	}
	c, err := a.settings()
	if err != nil {
		return "", err
	}
	return c.Style(), nil
}

// trustFolders says the user chose the quicker start check for a large
// library (cypx config set start_check folders). Settings that cannot be
// read leave the default, every file checked: the command reports them
// where it reads the style.
func (a *app) trustFolders() bool {
	c, err := a.settings()
	return err == nil && c.TrustFolders()
}

// configuredStyle reads the settings file afresh for the configured
// style: the explorer asks at each copy and export, so that a style set
// while it is open applies at once (a.settings keeps what it first read).
func configuredStyle() (evidence.Style, error) {
	path, err := paths.Config()
	if err != nil && !errors.Is(err, paths.ErrNoHome) {
		return "", err
	}
	c, err := config.Load(path)
	if err != nil {
		return "", err
	}
	return c.Style(), nil
}

func configCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or change settings (citation style, start check): get, set, unset, list, path",
		Long: `Settings are kept in $XDG_CONFIG_HOME/cypx/config.yaml
($CYPX_HOME/config/config.yaml when CYPX_HOME is set). Known settings:
  style        citation style of copies, cypx cite and exported packs:
               harvard (the default), apa, vancouver or footnotes
  start_check  how a start checks a library of 1,000 source files or more:
               files (the default: every file's size and time, every start)
               or folders (its folders' times and its 64 newest files, for
               a minute after a full check: faster at tens of thousands of
               files, but an older file rewritten in place may be read as
               it was for up to a minute)
A command's own --style flag wins over the setting.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "get KEY",
		Short: "Print a setting's value (its default when not set)",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := a.settings()
			if err != nil {
				return err
			}
			v, _, err := cfg.Get(args[0])
			if err != nil {
				return usageError("%v", err)
			}
			_, err = fmt.Fprintln(c.OutOrStdout(), cell(v))
			return err
		},
	}, &cobra.Command{
		Use:   "set KEY VALUE",
		Short: "Change a setting and save it",
		Args:  cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := a.changeSettings(c.Context(), func(cfg *config.Config) error {
				if err := cfg.Set(args[0], args[1]); err != nil {
					return usageError("%v", err)
				}
				return nil
			})
			if err != nil {
				return err
			}
			v, _, _ := cfg.Get(args[0])
			_, err = fmt.Fprintf(c.ErrOrStderr(), "%s = %s (saved in %s)\n", args[0], cell(v), cell(cfg.Path))
			return err
		},
	}, &cobra.Command{
		Use:   "unset KEY",
		Short: "Return a setting to its default",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := a.changeSettings(c.Context(), func(cfg *config.Config) error {
				if err := cfg.Unset(args[0]); err != nil {
					return usageError("%v", err)
				}
				return nil
			})
			if err != nil {
				return err
			}
			// Said as set says it: before, unset said nothing, so whether
			// it had worked, and what the setting now was, took a list.
			v, _, _ := cfg.Get(args[0])
			_, err = fmt.Fprintf(c.ErrOrStderr(), "%s = %s, the default (saved in %s)\n", args[0], cell(v), cell(cfg.Path))
			return err
		},
	}, &cobra.Command{
		Use:   "list",
		Short: "List every setting with its value, and whether it is the default",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			cfg, err := a.settings()
			if err != nil {
				return err
			}
			tw := newTable(c.OutOrStdout())
			for _, k := range config.Keys {
				v, set, _ := cfg.Get(k.Name)
				where := "(default)"
				if set {
					where = "(set)"
				}
				tw.row(k.Name, cell(v), where)
			}
			return tw.flush()
		},
	}, &cobra.Command{
		Use:   "path",
		Short: "Print where the settings file is",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			path, err := paths.Config()
			if err != nil {
				return err
			}
			_, err = fmt.Fprintln(c.OutOrStdout(), cell(path))
			return err
		},
	})
	return cmd
}
