package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"schemabot/corpus"
)

func init() {
	register(&subcommand{name: "check", summary: "report what was read from each document before deploying it (--json for scripts)", run: runCheck})
}

// maxUndatedShown bounds the unreadable calendar entries listed per
// document in the text report; --json always lists them all.
const maxUndatedShown = 10

// checkJSON is the command-line contract of `schemabot check --json`. The
// first seven keys are the stable ones; the others give the detail.
type checkJSON struct {
	Doc         string   `json:"doc"`
	Title       string   `json:"title"`
	Departement string   `json:"departement"`
	Period      string   `json:"period"`
	Axes        int      `json:"axes"`
	Fiches      int      `json:"fiches"`
	Warnings    []string `json:"warnings"`

	Adopted       string `json:"adopted"`
	Signatory     string `json:"signatory"`
	SignatoryRole string `json:"signatory_role"`
	// AxisLabels are the axes as a reader names them, in document order.
	AxisLabels []string `json:"axis_labels"`
	// FichesFromTOC counts the fiches known only from the table of
	// contents: they have a title but no pilot, calendar or indicator.
	FichesFromTOC int `json:"fiches_from_toc"`
	// Pilots and Partners count the fiches that name at least one.
	Pilots   int `json:"pilots"`
	Partners int `json:"partners"`
	// FichesDated counts the fiches with at least one dated milestone.
	FichesDated     int           `json:"fiches_dated"`
	Milestones      int           `json:"milestones"`
	DatedMilestones int           `json:"dated_milestones"`
	Undated         []undatedJSON `json:"undated"`
	Glossary        int           `json:"glossary"`
	Sections        int           `json:"sections"`
	// SectionsWithText counts the sections that have a body, the text the
	// bot can quote when a question is not about a fiche.
	SectionsWithText int `json:"sections_with_text"`
	// Usable is false when the document has no fiche, no axis and no
	// section with text: the bot has nothing to answer from.
	Usable bool `json:"usable"`
}

// undatedJSON is a calendar entry whose date could not be read.
type undatedJSON struct {
	Fiche string `json:"fiche"`
	Label string `json:"label"`
	Raw   string `json:"raw"`
	Line  int    `json:"line"`
}

func runCheck(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "check")
	common := addCommon(fs, env)
	asJSON := fs.Bool("json", false, "print a JSON array, one object per document")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return misuse("checkArgument", fs.Arg(0))
	}
	lib, err := common.library(ctx)
	if err != nil {
		return err
	}
	reports := make([]checkJSON, 0, len(lib.Docs))
	var unusable []string
	for _, d := range lib.Docs {
		r := checkDocument(d)
		reports = append(reports, r)
		if !r.Usable {
			unusable = append(unusable, r.Doc)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(reports); err != nil {
			return err
		}
	} else {
		for i := range reports {
			if i > 0 {
				fmt.Fprintln(env.Stdout)
			}
			printCheck(env.Stdout, env.lang, &reports[i])
		}
		fmt.Fprintf(env.Stdout, "\n%s\n", say(env.lang, "checkSummary", nouns(env.lang, len(reports), "checkedDocuments"), len(unusable)))
	}
	if len(unusable) > 0 {
		// The report is printed first so the administrator sees why; the
		// error gives scripts a non-zero exit status.
		return fail("nothingUsable", strings.Join(unusable, ", "))
	}
	return nil
}

// checkDocument summarises what the parser found in d.
func checkDocument(d *corpus.Document) checkJSON {
	r := checkJSON{
		Doc: d.ID, Title: d.Title, Departement: d.Departement, Period: d.Period(),
		Axes: len(d.Axes), Fiches: len(d.Fiches), Warnings: nonNil(d.Warnings),
		Adopted: d.Adopted, Signatory: d.Signatory, SignatoryRole: d.SignatoryRole,
		AxisLabels: []string{}, Undated: []undatedJSON{},
		Glossary: len(d.Glossary), Sections: len(d.Sections),
	}
	for _, a := range d.Axes {
		r.AxisLabels = append(r.AxisLabels, a.Label())
	}
	for _, f := range d.Fiches {
		if f.FromTOC {
			r.FichesFromTOC++
		}
		if !f.Pilots.Empty() {
			r.Pilots++
		}
		if !f.Partners.Empty() {
			r.Partners++
		}
		dated := false
		for _, m := range f.Milestones {
			r.Milestones++
			if m.Dated() {
				r.DatedMilestones++
				dated = true
				continue
			}
			r.Undated = append(r.Undated, undatedJSON{Fiche: f.ID, Label: m.Label, Raw: m.Raw, Line: m.Span.StartLine})
		}
		if dated {
			r.FichesDated++
		}
	}
	for _, s := range d.Sections {
		if strings.TrimSpace(s.Text) != "" {
			r.SectionsWithText++
		}
	}
	r.Usable = r.Fiches > 0 || r.Axes > 0 || r.SectionsWithText > 0
	return r
}

// printCheck writes one document's report as labelled lines, the layout of
// the other human-readable commands: a value column that lines up.
func printCheck(w io.Writer, l lang, r *checkJSON) {
	const indent = "               " // under the value column
	line := func(label, format string, a ...any) {
		fmt.Fprintf(w, "  %-12s %s\n", say(l, label), fmt.Sprintf(format, a...))
	}
	orNone := func(s, none string) string {
		if strings.TrimSpace(s) == "" {
			return say(l, none)
		}
		return s
	}
	fmt.Fprintln(w, r.Doc)
	line("checkTitle", "%s", orNone(r.Title, "checkNoTitle"))
	line("checkDepartement", "%s", orNone(r.Departement, "checkNoDepartement"))
	line("checkPeriod", "%s", orNone(r.Period, "checkNoPeriod"))
	line("checkAdopted", "%s", orNone(r.Adopted, "checkNoAdopted"))
	sig := orNone(r.Signatory, "checkNoSignatory")
	if r.Signatory != "" && r.SignatoryRole != "" {
		sig += " — " + r.SignatoryRole
	}
	line("checkSignatory", "%s", sig)
	line("checkAxes", "%d", r.Axes)
	for _, a := range r.AxisLabels {
		fmt.Fprintf(w, "%s%s\n", indent, shorten(a, 90))
	}
	fiches := fmt.Sprintf("%d", r.Fiches)
	if r.Fiches > 0 {
		fiches = say(l, "checkFichesDetail", r.Fiches, r.Pilots, r.Partners, r.FichesDated)
		if r.FichesFromTOC > 0 {
			fiches += say(l, "checkFichesTOC", r.FichesFromTOC)
		}
	}
	line("checkFiches", "%s", fiches)
	switch {
	case r.Milestones == 0:
		line("checkCalendar", "%s", say(l, "checkNoEntry"))
	case len(r.Undated) == 0:
		line("checkCalendar", "%s", say(l, "checkAllDated", nouns(l, r.Milestones, "entries")))
	default:
		line("checkCalendar", "%s", say(l, "checkSomeUndated", nouns(l, r.Milestones, "entries"), r.DatedMilestones, len(r.Undated)))
		for i, u := range r.Undated {
			if i == maxUndatedShown {
				fmt.Fprintf(w, "%s%s\n", indent, say(l, "checkMoreUndated", len(r.Undated)-maxUndatedShown))
				break
			}
			fmt.Fprintf(w, "%s%s\n", indent, say(l, "checkUndated", u.Fiche, u.Line, shorten(u.text(), 80)))
		}
	}
	line("checkGlossary", "%s", nouns(l, r.Glossary, "entries"))
	line("checkSections", "%s", say(l, "checkSectionsText", r.Sections, r.SectionsWithText))
	if len(r.Warnings) == 0 {
		line("checkWarnings", "%s", say(l, "checkNoWarning"))
	} else {
		line("checkWarnings", "%d", len(r.Warnings))
		for _, wa := range r.Warnings {
			fmt.Fprintf(w, "%s%s\n", indent, warning(l, wa))
		}
	}
	if !r.Usable {
		fmt.Fprintln(w, say(l, "checkUnusable"))
	}
}

// text is the entry as the calendar writes it: the parser splits a line
// "label : date" in two and may leave either part empty.
func (u undatedJSON) text() string {
	switch {
	case u.Label == "" || u.Label == u.Raw:
		return u.Raw
	case u.Raw == "":
		return u.Label
	}
	return u.Label + " : " + u.Raw
}
