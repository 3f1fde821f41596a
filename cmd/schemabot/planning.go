package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

func init() {
	register(&subcommand{name: "planning", summary: "draw the fiches' calendars as a Gantt chart on A4 pages (--output FILE.pdf|.svg|.png)", run: runPlanning})
}

func runPlanning(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "planning")
	common := addCommon(fs, env)
	out := fs.String("output", "", `write the chart to this file, in the format its extension names: .pdf (one document, one A4 page after another), .svg or .png (one file per page: name-1.svg, name-2.svg…); "-" writes one PNG image of the whole chart to standard output`)
	fs.StringVar(out, "png", "", "the former name of --output")
	docID := fs.String("doc", "", "only this document id (e.g. isere-2020-2024)")
	todayFlag := fs.String("today", "", "colour milestones by their status on this day, YYYY-MM-DD (env SCHEMABOT_TODAY; default: today)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return misuse("unexpectedArgument", fs.Arg(0))
	}
	if *out == "" {
		return misuse("planningNeedsOutput")
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
			return misuse("unknownDoc", *docID, strings.Join(libraryIDs(lib), ", "))
		}
	}
	done, err := doneMarks(ctx, common)
	if err != nil {
		return err
	}
	es := calendar.Filter{Doc: *docID}.Apply(calendar.Entries(lib, now, done))
	title := planningTitle(lib, doc, now.Format("02/01/2006"))

	if *out == "-" {
		// A pipe goes to a screen or a program: one image, as tall as
		// the chart, as in chat.
		return planningError(calendar.WritePlanningPNGAsOf(env.Stdout, es, title, now))
	}
	pl, err := calendar.NewPlanning(es, title, now)
	if err != nil {
		return planningError(err)
	}
	// The file's extension chooses the format: a chart for a report is
	// better as PDF or SVG, whose text stays text.
	format := calendar.PNG
	switch strings.ToLower(filepath.Ext(*out)) {
	case ".svg":
		format = calendar.SVG
	case ".pdf":
		format = calendar.PDF
	}
	var files []string
	if format == calendar.PDF {
		files = []string{*out}
		err = writeAtomically(files, func(i int, w io.Writer) error { return pl.WritePDF(w) })
	} else {
		files = pageFiles(*out, pl.Pages())
		err = writeAtomically(files, func(i int, w io.Writer) error { return pl.WritePage(w, i, format) })
	}
	if err != nil {
		return err
	}

	fiches := map[string]bool{}
	dated := 0
	for _, e := range es {
		if e.Dated() {
			dated++
			fiches[e.Doc+"/"+fmt.Sprint(e.Fiche)] = true
		}
	}
	counts := []any{nouns(env.lang, len(fiches), "fiches"), nouns(env.lang, dated, "datedMilestones")}
	switch {
	case pl.Pages() == 1:
		fmt.Fprintln(env.Stdout, say(env.lang, "planningWritten", append([]any{*out}, counts...)...))
	case len(files) == 1:
		fmt.Fprintln(env.Stdout, say(env.lang, "planningWrittenPDF", append([]any{*out, pl.Pages()}, counts...)...))
	default:
		fmt.Fprintln(env.Stdout, say(env.lang, "planningWrittenFiles", append([]any{pl.Pages(), files[0], files[len(files)-1]}, counts...)...))
	}
	return nil
}

// pageFiles names the files of n pages after name: name itself for one
// page, else name-1.ext, name-2.ext… in the same directory.
func pageFiles(name string, n int) []string {
	if n == 1 {
		return []string{name}
	}
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	files := make([]string, n)
	for i := range files {
		files[i] = fmt.Sprintf("%s-%d%s", stem, i+1, ext)
	}
	return files
}

// writeAtomically writes each of files with write(i, w) next to its final
// name, and renames them all only once all are written, so that a failure
// leaves no half-written chart behind.
func writeAtomically(files []string, write func(i int, w io.Writer) error) error {
	tmps := make([]string, 0, len(files))
	defer func() {
		for _, t := range tmps {
			_ = os.Remove(t) // no-op once renamed
		}
	}()
	for i, name := range files {
		tmp, err := os.CreateTemp(filepath.Dir(name), ".planning-*"+filepath.Ext(name))
		if err != nil {
			return failReason(err, "planningWrite", name)
		}
		tmps = append(tmps, tmp.Name())
		if err := write(i, tmp); err != nil {
			tmp.Close()
			return failWith(err, "planningWrite", name)
		}
		if err := tmp.Close(); err != nil {
			return failReason(err, "planningWrite", name)
		}
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			return failReason(err, "planningWrite", name)
		}
	}
	for i, name := range files {
		if err := os.Rename(tmps[i], name); err != nil {
			return failReason(err, "planningWrite", name)
		}
	}
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
		return fail("nothingToPlot")
	}
	return err
}
