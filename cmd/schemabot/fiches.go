package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"schemabot/corpus"
)

func init() {
	register(&subcommand{name: "fiches", summary: "list the fiches action with their fields (--json for the structured model)", run: runFiches})
}

// ficheJSON is the command-line contract of `schemabot fiches --json`.
type ficheJSON struct {
	Doc        string          `json:"doc"`
	ID         string          `json:"id"`
	Number     *int            `json:"number"` // the label as an integer; null when it is not one
	Title      string          `json:"title"`
	Axis       string          `json:"axis"`
	Page       *int            `json:"page"`
	Line       int             `json:"line"`
	Pilots     []string        `json:"pilots"`
	Partners   []string        `json:"partners"`
	Objectives []string        `json:"objectives"`
	Actions    []string        `json:"actions"`
	Indicators []string        `json:"indicators"`
	Milestones []milestoneJSON `json:"milestones"`
}

type milestoneJSON struct {
	Label string  `json:"label"`
	Raw   string  `json:"raw"`
	Start *string `json:"start"`
	End   *string `json:"end"`
	Line  int     `json:"line"`
}

func runFiches(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "fiches")
	common := addCommon(fs, env)
	asJSON := fs.Bool("json", false, "print a JSON array, one object per fiche")
	docID := fs.String("doc", "", "only this document id (e.g. isere-2020-2024)")
	wide := fs.Bool("wide", false, "one line per fiche with every cell whole, not fitted to the terminal or 80 columns")
	if err := fs.Parse(args); err != nil {
		return err
	}
	lib, err := common.library(ctx)
	if err != nil {
		return err
	}
	var docs []*corpus.Document
	for _, d := range lib.Docs {
		if *docID == "" || d.ID == *docID {
			docs = append(docs, d)
		}
		for _, w := range d.Warnings {
			fmt.Fprintln(env.Stderr, say(env.lang, "warningLine", warning(env.lang, w)))
		}
	}
	if *docID != "" && len(docs) == 0 {
		return misuse("unknownDoc", *docID, strings.Join(docIDs(lib), ", "))
	}
	if *asJSON {
		out := []ficheJSON{}
		for _, d := range docs {
			for i := range d.Fiches {
				out = append(out, toFicheJSON(&d.Fiches[i]))
			}
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	return writeFichesTable(env.Stdout, env.lang, docs, tableWidth(env.Stdout), *wide)
}

func toFicheJSON(f *corpus.Fiche) ficheJSON {
	j := ficheJSON{Doc: f.Doc, ID: f.ID, Title: f.Title, Axis: f.Axis, Line: f.Span.StartLine,
		Pilots: nonNil(f.Pilots.Texts()), Partners: nonNil(f.Partners.Texts()),
		Objectives: nonNil(f.Objectives.Texts()), Actions: nonNil(f.Actions.Texts()), Milestones: []milestoneJSON{}}
	if f.Page > 0 {
		p := f.Page
		j.Page = &p
	}
	if f.Number > 0 {
		n := f.Number
		j.Number = &n
	}
	j.Indicators = []string{}
	for _, it := range f.AllIndicators() {
		j.Indicators = append(j.Indicators, it.Text)
	}
	for _, m := range f.Milestones {
		mj := milestoneJSON{Label: m.Label, Raw: m.Raw, Line: m.Span.StartLine}
		if m.Dated() {
			s, e := m.Start.Format("2006-01-02"), m.End.Format("2006-01-02")
			mj.Start, mj.End = &s, &e
		}
		j.Milestones = append(j.Milestones, mj)
	}
	return j
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func docIDs(lib *corpus.Library) []string {
	var ids []string
	for _, d := range lib.Docs {
		ids = append(ids, d.ID)
	}
	return ids
}
