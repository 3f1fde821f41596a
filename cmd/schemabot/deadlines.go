package main

import (
	"context"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"

	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

func init() {
	register(&subcommand{name: "deadlines", summary: "list the milestones of the fiches' calendars and their status (--json, --ics)", run: runDeadlines})
}

// deadlineJSON is the command-line contract of `schemabot deadlines --json`.
// The first seven fields are the contract; the others help scripts link back
// to the fiche.
type deadlineJSON struct {
	Doc        string   `json:"doc"`
	Fiche      string   `json:"fiche"`
	Label      string   `json:"label"`
	Raw        string   `json:"raw"`
	Start      *string  `json:"start"`
	End        *string  `json:"end"`
	Status     string   `json:"status"`
	Key        string   `json:"key"`
	FicheTitle string   `json:"fiche_title"`
	Pilots     []string `json:"pilots"`
	Line       int      `json:"line"`
	Page       int      `json:"page,omitempty"`
}

func runDeadlines(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "deadlines")
	common := addCommon(fs, env)
	fromFlag := fs.String("from", "", "keep milestones running on or after this day (YYYY-MM-DD)")
	toFlag := fs.String("to", "", "keep milestones running on or before this day (YYYY-MM-DD)")
	period := fs.String("period", "", `keep milestones running during a period: "2021", "S1 2021", "T3 2021", "2021-03", "ce trimestre", "le mois prochain"…`)
	docID := fs.String("doc", "", "only this document id (e.g. isere-2020-2024)")
	fiche := fs.String("fiche", "", "only this fiche (its label: 12, 1.2, A3)")
	pilot := fs.String("pilot", "", "only fiches with a pilot containing this text (case and accents ignored)")
	asJSON := fs.Bool("json", false, "print a JSON array, one object per milestone")
	asICS := fs.Bool("ics", false, "print an iCalendar file (one all-day event per dated milestone) to import in Outlook or Thunderbird")
	todayFlag := fs.String("today", "", "compute statuses as of this day, YYYY-MM-DD (env SCHEMABOT_TODAY; default: today)")
	wide := fs.Bool("wide", false, "one line per milestone with every cell whole, not fitted to the terminal or 80 columns")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return misuse("unexpectedArgument", fs.Arg(0))
	}
	if *asJSON && *asICS {
		return misuse("jsonAndICS")
	}
	if *fiche != "" && corpus.CanonicalFicheID(*fiche) == "" {
		return misuse("badFicheFlag")
	}
	now, err := asOf(env, *todayFlag)
	if err != nil {
		return err
	}
	f := calendar.Filter{Doc: *docID, Fiche: *fiche, Pilot: *pilot}
	if f.From, f.To, err = periodFlags(*fromFlag, *toFlag, *period, now); err != nil {
		return err
	}

	lib, err := common.library(ctx)
	if err != nil {
		return err
	}
	if *docID != "" && findDoc(lib, *docID) == nil {
		return misuse("unknownDoc", *docID, strings.Join(libraryIDs(lib), ", "))
	}
	done, err := doneMarks(ctx, common)
	if err != nil {
		return err
	}
	es := f.Apply(calendar.Entries(lib, now, done))

	switch {
	case *asICS:
		return calendar.WriteICS(env.Stdout, es, now)
	case *asJSON:
		return writeDeadlinesJSON(env.Stdout, es)
	}
	width := tableWidth(env.Stdout)
	if *wide {
		width = 0
	}
	return writeDeadlinesFitted(env.Stdout, env.lang, lib, es, now, width)
}

// asOf returns the day statuses are computed for: --today, else
// SCHEMABOT_TODAY, else the current time.
func asOf(env *Env, flagValue string) (time.Time, error) {
	if flagValue != "" {
		d, err := calendar.ParseDay(flagValue)
		if err != nil {
			return time.Time{}, misuse("badDay", "--today", flagValue)
		}
		return d, nil
	}
	if v := strings.TrimSpace(env.Getenv("SCHEMABOT_TODAY")); v != "" {
		d, err := calendar.ParseDay(v)
		if err != nil {
			return time.Time{}, misuse("badDay", "SCHEMABOT_TODAY", v)
		}
		return d, nil
	}
	return time.Now(), nil
}

// periodFlags reads --from, --to and --period into the filter's bounds.
func periodFlags(from, to, period string, now time.Time) (time.Time, time.Time, error) {
	if period != "" {
		if from != "" || to != "" {
			return time.Time{}, time.Time{}, misuse("periodAndRange")
		}
		f, t, err := calendar.ParseRange(period, now)
		if err != nil {
			return time.Time{}, time.Time{}, misuse("badPeriod", period)
		}
		return f, t, nil
	}
	var f, t time.Time
	var err error
	if from != "" {
		if f, err = calendar.ParseDay(from); err != nil {
			return f, t, misuse("badDay", "--from", from)
		}
	}
	if to != "" {
		if t, err = calendar.ParseDay(to); err != nil {
			return f, t, misuse("badDay", "--to", to)
		}
	}
	if !f.IsZero() && !t.IsZero() && t.Before(f) {
		return f, t, misuse("toBeforeFrom", to, from)
	}
	return f, t, nil
}

func writeDeadlinesJSON(w io.Writer, es []calendar.Entry) error {
	out := make([]deadlineJSON, 0, len(es))
	for _, e := range es {
		j := deadlineJSON{
			Doc: e.Doc, Fiche: e.Fiche, Label: e.Label, Raw: e.Raw, Status: string(e.Status),
			Key: e.Key, FicheTitle: e.FicheTitle, Pilots: e.Pilots, Line: e.Line, Page: e.Page,
		}
		if j.Pilots == nil {
			j.Pilots = []string{}
		}
		if e.Dated() {
			s, end := e.Start.Format(time.DateOnly), e.End.Format(time.DateOnly)
			j.Start, j.End = &s, &end
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// frenchDate writes a civil date as 31/12/2024.
func frenchDate(t time.Time) string { return t.Format("02/01/2006") }

func findDoc(lib *corpus.Library, id string) *corpus.Document {
	for _, d := range lib.Docs {
		if strings.EqualFold(d.ID, id) {
			return d
		}
	}
	return nil
}

func libraryIDs(lib *corpus.Library) []string {
	ids := make([]string, 0, len(lib.Docs))
	for _, d := range lib.Docs {
		ids = append(ids, d.ID)
	}
	return ids
}

// countOf returns "1 fiche" or "3 fiches": n with the singular or plural
// form.
func countOf(n int, singular, plural string) string {
	if n == 1 {
		return "1 " + singular
	}
	return strconv.Itoa(n) + " " + plural
}
