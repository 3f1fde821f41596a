package calendar

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// WriteICS writes the dated entries of es as an iCalendar (RFC 5545)
// calendar that Outlook, Thunderbird and phone agendas can import: one
// all-day event per milestone, spanning Start to End inclusive, with a UID
// derived from the entry's Key so that importing a newer export updates the
// events instead of duplicating them. Undated entries are left out: an agenda
// needs a day. stamp is the DTSTAMP of every event (when the export was made);
// it must not be zero.
func WriteICS(w io.Writer, es []Entry, stamp time.Time) error {
	if stamp.IsZero() {
		return errors.New("write ics: zero stamp")
	}
	cal := ics.NewCalendarFor("schemabot")
	cal.SetProductId("-//schemabot//Calendrier des fiches action//FR")
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	cal.SetXWRCalName(calendarName(es))
	for _, e := range es {
		if !e.Dated() {
			continue
		}
		ev := cal.AddEvent(e.Key + "@schemabot")
		ev.SetDtStampTime(stamp)
		ev.SetAllDayStartAt(Day(e.Start))
		ev.SetAllDayEndAt(Day(e.End).AddDate(0, 0, 1)) // DTEND of a date is exclusive
		if e.Status == Done {
			// Marked done in chat: the calendar says so rather than
			// leaving a finished milestone looking pending.
			ev.SetSummary(summary(e) + " (fait)")
		} else {
			ev.SetSummary(summary(e))
		}
		ev.SetDescription(description(e))
		ev.SetTimeTransparency(ics.TransparencyTransparent) // a milestone does not make anyone busy
	}
	if err := cal.SerializeTo(w, ics.WithNewLineWindows); err != nil {
		return fmt.Errorf("write ics: %w", err)
	}
	return nil
}

// calendarName names the calendar after its document when there is one.
func calendarName(es []Entry) string {
	doc := ""
	for _, e := range es {
		if doc != "" && e.Doc != doc {
			return "Échéances des schémas"
		}
		doc = e.Doc
	}
	if doc == "" {
		return "Échéances des schémas"
	}
	return "Échéances – " + doc
}

// summary is the event title: "Fiche 32 – Bilan".
func summary(e Entry) string {
	what := e.Label
	if what == "" {
		what = e.Raw
	}
	return "Fiche " + e.Fiche + " – " + what
}

// description gives the fiche, its pilots, the calendar text as written and
// where to read it.
func description(e Entry) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Fiche action n°%s", e.Fiche)
	if e.FicheTitle != "" {
		fmt.Fprintf(&b, " : %s", e.FicheTitle)
	}
	if len(e.Pilots) > 0 {
		fmt.Fprintf(&b, "\nPilote : %s", strings.Join(e.Pilots, " ; "))
	}
	if e.Label != "" {
		fmt.Fprintf(&b, "\nÉchéance : %s", e.Label)
	}
	if e.Raw != "" {
		fmt.Fprintf(&b, "\nCalendrier : %s", e.Raw)
	}
	b.WriteString("\nSource : " + e.Doc)
	if e.Page > 0 {
		fmt.Fprintf(&b, ", page %d", e.Page)
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ", ligne %d", e.Line)
	}
	return b.String()
}
