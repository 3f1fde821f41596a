package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

func init() {
	register(&subcommand{name: "planning", summary: "draw the fiches' calendars as a printable Gantt chart (--png FILE)", run: runPlanning})
}

func runPlanning(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "planning")
	common := addCommon(fs, env)
	out := fs.String("png", "", `write the chart to this file: PNG, or SVG and PDF by the .svg, .pdf extension ("-": PNG to standard output)`)
	docID := fs.String("doc", "", "only this document id (e.g. isere-2020-2024)")
	todayFlag := fs.String("today", "", "colour milestones by their status on this day, YYYY-MM-DD (env SCHEMABOT_TODAY; default: today)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	if *out == "" {
		return fmt.Errorf("%w: --png FILE is required", errUsage)
	}
	now, err := asOf(env, *todayFlag)
	if err != nil {
		return err
	}
	lib, err := common.library(ctx)
	if err != nil {
		return err
	}
	var doc *corpus.Document
	if *docID != "" {
		if doc = findDoc(lib, *docID); doc == nil {
			return fmt.Errorf("%w: no document %q (known: %s)", errUsage, *docID, strings.Join(libraryIDs(lib), ", "))
		}
	}
	done, err := doneMarks(ctx, common)
	if err != nil {
		return err
	}
	es := calendar.Filter{Doc: *docID}.Apply(calendar.Entries(lib, now, done))
	title := planningTitle(lib, doc, now.Format("02/01/2006"))

	if *out == "-" {
		return planningError(calendar.WritePlanningPNGAsOf(env.Stdout, es, title, now))
	}
	// Write next to the target and rename, so that a failure never leaves
	// half an image behind.
	// The file's extension chooses the format: a chart for a report is
	// better as PDF or SVG, whose text stays text.
	format := calendar.PNG
	switch strings.ToLower(filepath.Ext(*out)) {
	case ".svg":
		format = calendar.SVG
	case ".pdf":
		format = calendar.PDF
	}
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".planning-*."+string(format))
	if err != nil {
		return fmt.Errorf("create %s: %w", *out, err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if err := calendar.WritePlanning(tmp, es, title, now, format); err != nil {
		tmp.Close()
		return planningError(err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	fiches := map[string]bool{}
	dated := 0
	for _, e := range es {
		if e.Dated() {
			dated++
			fiches[e.Doc+"/"+fmt.Sprint(e.Fiche)] = true
		}
	}
	fmt.Fprintf(env.Stdout, "Planning écrit dans %s : %s, %s.\n", *out,
		countOf(len(fiches), "fiche", "fiches"), countOf(dated, "échéance datée", "échéances datées"))
	return nil
}

// planningTitle names the chart after its document ("Isère 2020-2024")
// and the day of the statuses.
func planningTitle(lib *corpus.Library, doc *corpus.Document, day string) string {
	if doc == nil && len(lib.Docs) == 1 {
		doc = lib.Docs[0]
	}
	name := ""
	if doc != nil {
		name = doc.ID
		if doc.Departement != "" {
			name = strings.TrimSpace(doc.Departement + " " + doc.Period())
		}
	}
	if name == "" {
		return "Calendrier des fiches action (au " + day + ")"
	}
	return "Calendrier des fiches action – " + name + " (au " + day + ")"
}

func planningError(err error) error {
	if errors.Is(err, calendar.ErrNothingToPlot) {
		return errors.New("no dated milestone to draw: the selected documents have no calendar with readable dates")
	}
	return err
}
