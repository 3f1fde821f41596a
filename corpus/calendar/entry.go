// Package calendar turns the calendars of the fiches action into dated
// entries a team lead can act on: their status on a given day, filters by
// period, pilot or fiche, an iCalendar export and a printable planning chart.
//
// Dates are civil dates: a time.Time at midnight UTC stands for a whole day.
// The current day is always given by the caller, never read from the clock,
// so that every result can be reproduced "as of" a date.
package calendar

import (
	"strconv"
	"time"

	"schemabot/corpus"
)

// Status is where a milestone stands on a given day, in French as users read it.
type Status string

// The statuses of a milestone.
const (
	Upcoming Status = "à venir"
	Ongoing  Status = "en cours"
	Overdue  Status = "échu"
	Done     Status = "fait"
)

// Entry is one milestone with its fiche context.
type Entry struct {
	Doc        string // document id
	Fiche      string // the fiche's label
	FicheTitle string
	Pilots     []string
	Label, Raw string
	Start, End time.Time // civil dates, zero when undated
	Status     Status
	Line       int    // source line of the milestone
	Page       int    // fiche page from the table of contents, 0 when unknown
	Key        string // stable id, e.g. "isere-2020-2024/32/4" (doc/fiche/1-based index in the fiche's calendar)
}

// Dated reports whether the entry has a date range.
func (e Entry) Dated() bool { return !e.Start.IsZero() && !e.End.IsZero() }

// Day returns the civil date of t: its year, month and day in t's own
// location, at midnight UTC. Comparing civil dates is then plain time
// comparison.
func Day(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// StatusOf returns the status of m on the day today.
//
// A milestone marked done is Done whatever its dates. An undated milestone
// (its text is not a readable date) is Upcoming: nothing says it is due, so it
// is never Overdue nor Ongoing. Otherwise, with Start and End inclusive days:
// today before Start is Upcoming, today within [Start, End] is Ongoing and
// today after End is Overdue. Only the civil dates matter, not the time of day.
func StatusOf(m corpus.Milestone, today time.Time, done bool) Status {
	if done {
		return Done
	}
	if !m.Dated() {
		return Upcoming
	}
	d := Day(today)
	switch {
	case d.Before(Day(m.Start)):
		return Upcoming
	case d.After(Day(m.End)):
		return Overdue
	}
	return Ongoing
}

// Key returns the stable id of the i-th (0-based) milestone of a fiche:
// "doc/fiche/i+1".
func Key(doc, fiche string, i int) string {
	return doc + "/" + fiche + "/" + strconv.Itoa(i+1)
}

// Entries lists every milestone of lib in document, fiche, calendar order,
// with its status on the day today. done tells which milestones (by Key) are
// done; it may be nil.
func Entries(lib *corpus.Library, today time.Time, done func(key string) bool) []Entry {
	if lib == nil {
		return nil
	}
	var out []Entry
	for _, doc := range lib.Docs {
		if doc == nil {
			continue
		}
		for _, f := range doc.Fiches {
			page := f.Page
			if page == 0 {
				page = f.Span.Page
			}
			for i, m := range f.Milestones {
				key := Key(doc.ID, f.ID, i)
				isDone := done != nil && done(key)
				e := Entry{
					Doc:        doc.ID,
					Fiche:      f.ID,
					FicheTitle: f.Title,
					Pilots:     f.Pilots.Texts(), // a copy per entry: callers may edit it
					Label:      m.Label,
					Raw:        m.Raw,
					Status:     StatusOf(m, today, isDone),
					Line:       m.Span.StartLine,
					Page:       page,
					Key:        key,
				}
				if m.Dated() {
					e.Start, e.End = Day(m.Start), Day(m.End)
				}
				out = append(out, e)
			}
		}
	}
	return out
}
