// Package styles is the one place the explorer's look is defined: a Styles
// value built from semantic colours for a dark or light background.
// Colour downsampling and NO_COLOR are left to Bubble Tea's colour profile,
// and nothing relies on colour alone: selection and active filters also
// carry a marker or brackets.
package styles

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Palette names colours by what they mean.
type Palette struct {
	Accent, Muted, Figure, Warning, Error, Border, SelectedBg, Text, Highlight color.Color
}

// NewPalette picks the palette for a dark or light background.
func NewPalette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	return Palette{
		Accent:     ld(c("#5A3FC0"), c("#A78BFA")),
		Muted:      ld(c("#6B6B6B"), c("#8A8A8A")),
		Figure:     ld(c("#A14B00"), c("#FFB454")),
		Warning:    ld(c("#8A6D00"), c("#E6C74C")),
		Error:      ld(c("#B00020"), c("#FF6B6B")),
		Border:     ld(c("#C8C8C8"), c("#4A4A4A")),
		SelectedBg: ld(c("#EAE4FF"), c("#2D2640")),
		Text:       ld(c("#1A1A1A"), c("#E8E8E8")),
		Highlight:  ld(c("#005F87"), c("#5FD7FF")),
	}
}

// Styles holds every style the explorer uses.
type Styles struct {
	Palette Palette

	Title, Count, Muted lipgloss.Style

	Prompt lipgloss.Style

	RowLabel, Chip, ChipActive, ChipKey lipgloss.Style

	Pane, PaneFocused lipgloss.Style

	Selected, Marker, Badge, BadgeSelected, Meta lipgloss.Style

	Match, Figure lipgloss.Style

	DetailHead, FieldName, FieldValue, Citation lipgloss.Style

	StatusInfo, StatusWarning, StatusError lipgloss.Style
	// StatusNote is the note about the current query under the messages.
	StatusNote lipgloss.Style

	Overlay, OverlayTitle lipgloss.Style
}

// New builds the styles for a dark or light background.
func New(isDark bool) Styles {
	p := NewPalette(isDark)
	s := lipgloss.NewStyle
	border := lipgloss.RoundedBorder()
	return Styles{
		Palette:       p,
		Title:         s().Bold(true).Foreground(p.Accent),
		Count:         s().Foreground(p.Muted),
		Muted:         s().Foreground(p.Muted),
		Prompt:        s().Foreground(p.Accent).Bold(true),
		RowLabel:      s().Foreground(p.Muted).Width(8),
		Chip:          s().Foreground(p.Text),
		ChipActive:    s().Foreground(p.Accent).Bold(true),
		ChipKey:       s().Foreground(p.Muted),
		Pane:          s().Border(border).BorderForeground(p.Border),
		PaneFocused:   s().Border(border).BorderForeground(p.Accent),
		Selected:      s().Background(p.SelectedBg).Bold(true),
		Marker:        s().Foreground(p.Accent).Bold(true),
		Badge:         s().Foreground(p.Figure).Bold(true),
		BadgeSelected: s().Foreground(p.Figure).Background(p.SelectedBg).Bold(true),
		Meta:          s().Foreground(p.Muted),
		Match:         s().Foreground(p.Highlight).Bold(true).Underline(true),
		Figure:        s().Foreground(p.Figure).Bold(true),
		DetailHead:    s().Bold(true),
		FieldName:     s().Foreground(p.Muted),
		FieldValue:    s().Foreground(p.Text),
		Citation:      s().Foreground(p.Accent),
		StatusInfo:    s().Foreground(p.Accent),
		StatusNote:    s().Foreground(p.Muted),
		StatusWarning: s().Foreground(p.Warning).Bold(true),
		StatusError:   s().Foreground(p.Error).Bold(true),
		Overlay:       s().Border(border).BorderForeground(p.Accent).Padding(0, 1),
		OverlayTitle:  s().Bold(true).Foreground(p.Accent),
	}
}
