package reminder

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"schemabot/bot"
	"schemabot/bot/chat"
	"schemabot/bot/state"
	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

// defaultPeriodDays is how far ahead `/schema echeances` looks by default.
const defaultPeriodDays = 90

// maxListed bounds the lines of one section of `/schema echeances`.
const maxListed = 40

// commands holds what the chat commands need.
type commands struct {
	lib   *corpus.Library
	st    *state.Store
	clock func() time.Time
}

// Register adds the milestone commands to core: `/schema echeances`,
// `/schema fait`, `/schema rouvrir`, `/schema planning`, and the action of
// the digests' "Marquer fait" buttons. clock gives "today" (the as-of date
// when SCHEMABOT_TODAY is set), read as a date in Europe/Paris, and the time
// recorded with a mark.
func Register(core *bot.Core, lib *corpus.Library, st *state.Store, clock func() time.Time) {
	if clock == nil {
		clock = time.Now
	}
	c := &commands{lib: lib, st: st, clock: func() time.Time { return clock().In(defaultLocation()) }}
	core.Register("echeances", "echeances [période] [document] — jalons à échéance (90 prochains jours par défaut) et jalons échus non faits", c.echeances)
	core.Register("fait", "fait <fiche> <n° du jalon | début du libellé> [document] — marquer un jalon comme fait", c.fait)
	core.Register("rouvrir", "rouvrir <fiche> <n° du jalon | début du libellé> [document] — annuler « fait » sur un jalon", c.rouvrir)
	core.Register("planning", "planning [document] — planning des jalons en image", c.planning)
	core.RegisterAction(ActionMilestoneDone, c.doneAction)
}

// userReply is an answer to the asker only.
func userReply(text string, found bool) chat.Reply {
	return chat.Reply{Answer: chat.Answer{Text: chat.Defuse(text), Found: found, Lang: chat.French}, Ephemeral: true}
}

// entries lists the library's milestones as of today, with a consistent
// snapshot of the done marks.
func (c *commands) entries(today time.Time) ([]calendar.Entry, error) {
	keys, err := c.st.DoneKeys()
	if err != nil {
		return nil, err
	}
	set := make(map[string]bool, len(keys))
	for _, k := range keys {
		set[k] = true
	}
	return calendar.Entries(c.lib, today, func(k string) bool { return set[k] }), nil
}

// splitDoc takes a document name off the first or last argument when it
// names a document of the library and something else remains.
func (c *commands) splitDoc(args []string, minRest int) ([]string, *corpus.Document) {
	if len(args) > minRest {
		if d := findDoc(c.lib, args[len(args)-1]); d != nil {
			return args[:len(args)-1], d
		}
		if d := findDoc(c.lib, args[0]); d != nil {
			return args[1:], d
		}
	}
	return args, nil
}

func (c *commands) echeances(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
	today := calendar.Day(c.clock())
	args, doc := c.splitDoc(args, 0)
	from, to := today, today.AddDate(0, 0, defaultPeriodDays)
	if len(args) > 0 {
		period := strings.Join(args, " ")
		var err error
		from, to, err = calendar.ParseRange(period, today)
		if err != nil {
			return userReply(fmt.Sprintf("Période non reconnue : « %s ». Exemples : `2021`, `S2 2021`, `T3 2021`, `mars 2021`, "+
				"`ce trimestre`, `le mois prochain`. Vous pouvez ajouter le document : %s.", period, docChoices(c.lib)), false), nil
		}
	}
	es, err := c.entries(today)
	if err != nil {
		return chat.Reply{}, err
	}
	if doc != nil {
		es = calendar.Filter{Doc: doc.ID}.Apply(es)
	}
	var overdue, inPeriod []calendar.Entry
	undated := 0
	for _, e := range es {
		switch {
		case !e.Dated():
			undated++
		case e.Status == calendar.Overdue:
			overdue = append(overdue, e)
		case !calendar.Day(e.End).Before(from) && !calendar.Day(e.End).After(to):
			inPeriod = append(inPeriod, e)
		}
	}
	sortDue(overdue)
	sortDue(inPeriod)

	var b strings.Builder
	scope := "tous les schémas"
	if doc != nil {
		scope = docName(c.lib, doc.ID)
	}
	fmt.Fprintf(&b, "**Échéances au %s — du %s au %s** (%s)\n", frDate(today), frDate(from), frDate(to), scope)
	section := func(title string, list []calendar.Entry) {
		fmt.Fprintf(&b, "\n**%s (%d)**\n", title, len(list))
		if len(list) == 0 {
			b.WriteString("Aucun.\n")
		}
		for i, e := range list {
			if i == maxListed {
				fmt.Fprintf(&b, "… et %d autres : précisez une période ou un document.\n", len(list)-maxListed)
				break
			}
			b.WriteString(entryLine(c.lib, e, today) + "\n")
		}
	}
	section("Échus, non marqués faits", overdue)
	section("À échéance sur la période", inPeriod)
	if undated > 0 {
		fmt.Fprintf(&b, "\n_%s sans date lisible n'%s pas compté%s._\n", plural(undated, "jalon", "jalons"),
			map[bool]string{true: "est", false: "sont"}[undated == 1], map[bool]string{true: "", false: "s"}[undated == 1])
	}
	return chat.Reply{Answer: chat.Answer{Text: chat.Defuse(b.String()), Found: true, Lang: chat.French}}, nil
}

func (c *commands) fait(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
	return c.setDone(ctx, m, args, true)
}

func (c *commands) rouvrir(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
	return c.setDone(ctx, m, args, false)
}

// errArgs is a bad argument, with the French message for the user.
type errArgs struct{ msg string }

func (e errArgs) Error() string { return e.msg }

func (c *commands) setDone(ctx context.Context, m chat.Message, args []string, done bool) (chat.Reply, error) {
	verb := map[bool]string{true: "fait", false: "rouvrir"}[done]
	e, err := c.selectMilestone(args, verb)
	var bad errArgs
	if errors.As(err, &bad) {
		return userReply(bad.msg, false), nil
	}
	if err != nil {
		return chat.Reply{}, err
	}
	return c.apply(ctx, e, m.User, done)
}

// apply marks e done or reopens it, and says what happened.
func (c *commands) apply(ctx context.Context, e calendar.Entry, who string, done bool) (chat.Reply, error) {
	what := describe(c.lib, e)
	mark, wasDone := c.st.Done(e.Key)
	switch {
	case done && wasDone:
		return userReply(fmt.Sprintf("Ce jalon était déjà marqué fait le %s : %s.", frDate(mark.At), what), true), nil
	case !done && !wasDone:
		return userReply("Ce jalon n'était pas marqué fait : "+what+".", true), nil
	}
	now := c.clock()
	var err error
	if done {
		err = c.st.MarkDone(ctx, e.Key, who, now)
	} else {
		err = c.st.Reopen(ctx, e.Key, who, now)
	}
	if err != nil {
		return chat.Reply{}, fmt.Errorf("enregistrement impossible : %w", err)
	}
	slog.Info("milestone mark changed", "key", e.Key, "done", done, "by", who)
	if done {
		return userReply("✅ Jalon marqué fait : "+what+". Il n'apparaîtra plus dans les rappels.", true), nil
	}
	return userReply("↩️ Jalon rouvert : "+what+". Il réapparaîtra dans les rappels s'il est échu ou proche de son échéance.", true), nil
}

// describe names a milestone for a confirmation.
func describe(lib *corpus.Library, e calendar.Entry) string {
	s := fmt.Sprintf("%s, fiche %s, jalon %d", docName(lib, e.Doc), e.Fiche, keyIndex(e.Key))
	if e.Label != "" {
		s += " « " + e.Label + " »"
	}
	if e.Raw != "" {
		s += " (" + e.Raw + ")"
	}
	return s
}

// selectMilestone finds the milestone that args name: a fiche number, a
// milestone number or the start of its label, and optionally the document.
func (c *commands) selectMilestone(args []string, verb string) (calendar.Entry, error) {
	usage := fmt.Sprintf("Usage : `/schema %s <fiche> <n° du jalon | début du libellé> [document]`, par exemple `/schema %s 32 4 isère` ou `/schema %s 32 bilan`.", verb, verb, verb)
	if len(args) > 0 && fold(args[0]) == "fiche" {
		args = args[1:]
	}
	args, doc := c.splitDoc(args, 2)
	if len(args) > 0 && fold(args[0]) == "fiche" {
		args = args[1:]
	}
	if len(args) < 2 {
		return calendar.Entry{}, errArgs{usage}
	}
	num, ok := ficheNumber(args[0])
	if !ok {
		return calendar.Entry{}, errArgs{fmt.Sprintf("« %s » n'est pas un numéro de fiche. %s", args[0], usage)}
	}
	var docs []*corpus.Document
	for _, d := range c.lib.Docs {
		if (doc == nil || d == doc) && d.Fiche(num) != nil {
			docs = append(docs, d)
		}
	}
	switch {
	case len(docs) == 0 && doc != nil:
		return calendar.Entry{}, errArgs{fmt.Sprintf("Le schéma %s n'a pas de fiche %s.", docName(c.lib, doc.ID), num)}
	case len(docs) == 0:
		return calendar.Entry{}, errArgs{fmt.Sprintf("Aucun schéma n'a de fiche %s.", num)}
	case len(docs) > 1:
		var names []string
		for _, d := range docs {
			names = append(names, docName(c.lib, d.ID))
		}
		return calendar.Entry{}, errArgs{fmt.Sprintf("La fiche %s existe dans plusieurs schémas (%s) : précisez le document, "+
			"par exemple `/schema %s %s %s`. Noms possibles : %s.",
			num, strings.Join(names, ", "), verb, strings.Join(args, " "), fold(docAliases(docs[0])[1]), docChoices(c.lib))}
	}
	d := docs[0]
	f := d.Fiche(num)
	if len(f.Milestones) == 0 {
		return calendar.Entry{}, errArgs{fmt.Sprintf("La fiche %s (%s) n'a pas de calendrier lisible.", num, docName(c.lib, d.ID))}
	}
	idx, problem := pickMilestone(f, strings.Join(args[1:], " "))
	if problem != "" {
		return calendar.Entry{}, errArgs{fmt.Sprintf("%s\nJalons de la fiche %s (%s) :\n%s", problem, num, docName(c.lib, d.ID), listMilestones(f))}
	}
	key := calendar.Key(d.ID, f.ID, idx)
	es, err := c.entries(calendar.Day(c.clock()))
	if err != nil {
		return calendar.Entry{}, err
	}
	for _, e := range es {
		if e.Key == key {
			return e, nil
		}
	}
	return calendar.Entry{}, fmt.Errorf("milestone %s missing from the calendar", key)
}

// ficheNumber reads "12", "n°12", "#12".
func ficheNumber(s string) (string, bool) {
	id := corpus.CanonicalFicheID(strings.TrimLeft(fold(s), "n°#º"))
	return id, id != "" && id != "0"
}

// pickMilestone returns the 0-based index of the milestone of f that sel
// names: its 1-based number, or the start of its label (case and accents
// ignored; a unique match anywhere in the label when none starts with it).
// When sel names none or several, it says why, in French, for the user.
func pickMilestone(f *corpus.Fiche, sel string) (int, string) {
	if n, err := strconv.Atoi(strings.TrimLeft(sel, "n°#º")); err == nil {
		if n < 1 || n > len(f.Milestones) {
			return 0, fmt.Sprintf("La fiche %s n'a pas de jalon %d.", f.ID, n)
		}
		return n - 1, ""
	}
	q := fold(sel)
	var prefix, contains []int
	for i, m := range f.Milestones {
		l := fold(m.Label)
		if strings.HasPrefix(l, q) {
			prefix = append(prefix, i)
		} else if strings.Contains(l, q) {
			contains = append(contains, i)
		}
	}
	matches := prefix
	if len(matches) == 0 {
		matches = contains
	}
	switch len(matches) {
	case 1:
		return matches[0], ""
	case 0:
		return 0, fmt.Sprintf("Aucun jalon de la fiche %s ne commence par « %s ».", f.ID, sel)
	}
	return 0, fmt.Sprintf("Plusieurs jalons de la fiche %s commencent par « %s » : donnez son numéro.", f.ID, sel)
}

// listMilestones numbers a fiche's milestones for an error message.
func listMilestones(f *corpus.Fiche) string {
	var b strings.Builder
	for i, m := range f.Milestones {
		label := m.Label
		if label == "" {
			label = "(sans libellé)"
		}
		fmt.Fprintf(&b, "%d. %s", i+1, label)
		if m.Raw != "" {
			fmt.Fprintf(&b, " (%s)", m.Raw)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// doneAction handles a click on a digest's "Marquer fait" button.
func (c *commands) doneAction(ctx context.Context, ev bot.ActionEvent) (chat.Reply, error) {
	es, err := c.entries(calendar.Day(c.clock()))
	if err != nil {
		return chat.Reply{}, err
	}
	for _, e := range es {
		if e.Key == ev.Value {
			return c.apply(ctx, e, ev.User, true)
		}
	}
	return userReply("Ce jalon n'existe plus dans les schémas chargés : rien n'a été enregistré.", false), nil
}

func (c *commands) planning(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
	today := calendar.Day(c.clock())
	var doc *corpus.Document
	if len(args) > 0 {
		doc = findDoc(c.lib, strings.Join(args, " "))
		if doc == nil {
			return userReply(fmt.Sprintf("Document inconnu : « %s ». Documents : %s.", strings.Join(args, " "), docChoices(c.lib)), false), nil
		}
	}
	es, err := c.entries(today)
	if err != nil {
		return chat.Reply{}, err
	}
	scope, name := "tous les schémas", "planning.png"
	if doc != nil {
		es = calendar.Filter{Doc: doc.ID}.Apply(es)
		scope, name = docTitle(c.lib, doc), "planning-"+doc.ID+".png"
	}
	var buf bytes.Buffer
	err = calendar.WritePlanningPNG(&buf, es, "Planning des jalons — "+scope+" — au "+frDate(today))
	if errors.Is(err, calendar.ErrNothingToPlot) {
		return userReply("Aucun jalon daté à représenter pour "+scope+".", false), nil
	}
	if err != nil {
		return chat.Reply{}, err
	}
	dated := 0
	for _, e := range es {
		if e.Dated() {
			dated++
		}
	}
	text := fmt.Sprintf("Planning des jalons (%s) au %s : %s.", scope, frDate(today), plural(dated, "jalon daté", "jalons datés"))
	if n := len(es) - dated; n > 0 {
		text += fmt.Sprintf(" %s sans date lisible n'y figure%s pas.", plural(n, "jalon", "jalons"), map[bool]string{true: "", false: "nt"}[n == 1])
	}
	return chat.Reply{
		Answer:    chat.Answer{Text: chat.Defuse(text), Found: true, Lang: chat.French},
		Image:     buf.Bytes(),
		ImageName: name,
	}, nil
}

// docTitle names a document with its period: "Isère 2020-2024".
func docTitle(lib *corpus.Library, d *corpus.Document) string {
	if p := d.Period(); p != "" {
		return docName(lib, d.ID) + " " + p
	}
	return docName(lib, d.ID)
}
