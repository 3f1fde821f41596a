package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
)

// lang is the language of the command line's help and errors. Answers
// follow the question's language; everything else follows the locale, so
// that a user reads one language.
type lang int

const (
	french lang = iota // the default: the documents and their users are French
	english
)

// langOf reads the locale the way POSIX does (LC_ALL, then LC_MESSAGES,
// then LANG): English when it starts with "en", French otherwise.
func langOf(getenv func(string) string) lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := strings.TrimSpace(getenv(k)); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "en") {
				return english
			}
			return french
		}
	}
	return french
}

// tr is a text in both languages.
type tr struct{ fr, en string }

func (t tr) in(l lang) string {
	if l == english && t.en != "" {
		return t.en
	}
	return t.fr
}

// t returns the message key in the user's language, formatted with args.
func (env *Env) t(key string, args ...any) string { return say(env.lang, key, args...) }

// globalValueFlags are the flags every command shares that may be written
// before the command, as in `schemabot --corpus DIR index`.
var globalValueFlags = map[string]bool{"corpus": true, "data": true}

func isHelpFlag(a string) bool { return a == "-h" || a == "--help" || a == "-help" }

// splitGlobalFlags takes the flags written before the command. They are
// returned apart, to be given to the command, which declares them.
func splitGlobalFlags(args []string) (globals, rest []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" || isHelpFlag(a) {
			return globals, args[i:], nil
		}
		if a == "--version" || a == "-version" {
			return globals, append([]string{"version"}, args[i+1:]...), nil
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !globalValueFlags[name] {
			return nil, nil, fmt.Errorf("flag provided but not defined: %s", a)
		}
		globals = append(globals, a)
		if !hasValue {
			if i+1 >= len(args) {
				return nil, nil, fmt.Errorf("flag needs an argument: %s", a)
			}
			globals = append(globals, args[i+1])
			i++
		}
	}
	return globals, nil, nil
}

// flagsFirst moves the flags of args before its other arguments, so that
// `ask "q" --json` means `ask --json "q"`: the flag package stops at the
// first argument that is not a flag. The command declares its flags when
// it runs; asking for its help (-h) makes it declare them and return at
// once, before it reads anything, and tells which flags take a value.
func flagsFirst(ctx context.Context, env *Env, c *subcommand, args []string) []string {
	probe := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: env.Getenv, lang: env.lang}
	_ = c.run(ctx, probe, []string{"-h"})
	if probe.flags == nil {
		return args
	}
	var flags, positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := probe.flags.Lookup(name)
		if f == nil || hasValue || isBoolFlag(f) {
			continue // an unknown flag is left for the flag set to refuse
		}
		if i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	if len(positional) == 0 {
		return flags
	}
	// "--" keeps a positional argument that starts with "-" one.
	return append(append(flags, "--"), positional...)
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// commandHelp writes a command's help: synopsis, what it does, its
// arguments, two examples, its flags (and, for serve, the environment).
func commandHelp(env *Env, w io.Writer, name string, fs *flag.FlagSet) {
	h, ok := helps[name]
	if !ok {
		h = help{synopsis: "schemabot " + name + " [options]"}
	}
	l := env.lang
	fmt.Fprintf(w, "%s %s\n\n", env.t("usage"), placeholders(l, h.synopsis))
	if c := subcommands[name]; c != nil {
		writeWrapped(w, "", commandSummary(l, c))
	}
	if h.details.fr != "" {
		fmt.Fprintln(w)
		writeWrapped(w, "", h.details.in(l))
	}
	fmt.Fprintf(w, "\n%s\n", env.t("arguments"))
	if len(h.args) == 0 {
		fmt.Fprintf(w, "  %s\n", env.t("noArguments"))
	}
	for _, a := range h.args {
		fmt.Fprintf(w, "  %s\n", placeholders(l, a.name))
		writeWrapped(w, "      ", a.text.in(l))
	}
	fmt.Fprintf(w, "\n%s\n", env.t("examples"))
	for _, e := range h.examples {
		fmt.Fprintf(w, "  %s\n", e.in(l))
	}
	if fs != nil {
		var lines []string
		fs.VisitAll(func(f *flag.Flag) {
			text := f.Usage
			if d, ok := flagDocs[name+"."+f.Name]; ok {
				text = d.in(l)
			} else if d, ok := flagDocs[f.Name]; ok {
				text = d.in(l)
			}
			arg := ""
			if !isBoolFlag(f) {
				arg, _ = flag.UnquoteUsage(f)
				arg = " " + placeholders(l, strings.ToUpper(valueName(arg)))
			}
			if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
				sep := " : "
				if l == english {
					sep = ": "
				}
				text += " (" + env.t("default") + sep + f.DefValue + ")"
			}
			var b strings.Builder
			fmt.Fprintf(&b, "  --%s%s\n", f.Name, arg)
			writeWrapped(&b, "      ", text)
			lines = append(lines, strings.TrimSuffix(b.String(), "\n"))
		})
		if len(lines) > 0 {
			fmt.Fprintf(w, "\n%s\n%s\n", env.t("flags"), strings.Join(lines, "\n"))
		}
	}
	if len(h.env) > 0 {
		fmt.Fprintf(w, "\n%s\n", env.t("environment"))
		for _, e := range h.env {
			fmt.Fprintf(w, "  %s\n", e.name)
			writeWrapped(w, "      ", e.text.in(l))
		}
	}
}

// valueName names a flag's value in its help ("string" is said "value").
func valueName(s string) string {
	switch s {
	case "string", "":
		return "valeur"
	case "float":
		return "nombre"
	}
	return s
}

// commandSummary is the one-line description of a command.
func commandSummary(l lang, c *subcommand) string {
	if h, ok := helps[c.name]; ok && h.summary.fr != "" {
		return h.summary.in(l)
	}
	return c.summary
}

// help is a command's help text.
type help struct {
	synopsis string
	summary  tr
	details  tr // a paragraph after the summary, when one line is not enough
	args     []named
	examples [2]tr
	env      []named
}

type named struct {
	name string
	text tr
}

var helps = map[string]help{
	"ask": {
		synopsis: "schemabot ask [--json] [--corpus DIR] [--data DIR] QUESTION…",
		summary:  tr{"répond à une question (--json pour la réponse lisible par un programme ; - lit les questions sur l'entrée standard)", "answer a question (--json for the machine-readable answer; - reads questions from stdin)"},
		args: []named{{"QUESTION", tr{"la question, en français ou en anglais (les mots sont joints) ; « - » lit une question par ligne sur l'entrée standard",
			"the question, in French or English (the words are joined); \"-\" reads one question per line from standard input"}}},
		examples: [2]tr{{`schemabot ask "Qui pilote la fiche 12 ?"`, `schemabot ask "Who leads fiche 24 in Isère?"`},
			{`schemabot ask "Quand est prévu le guide de la CRIP ?" --json`, `schemabot ask "When is the CRIP guide due?" --json`}},
	},
	"chat": {
		synopsis: "schemabot chat [--corpus DIR] [--data DIR]",
		summary:  tr{"converse avec le bot dans le terminal (les questions de suite gardent leur contexte ; Ctrl-D pour quitter)", "talk with the bot in the terminal (follow-up questions keep their context; Ctrl-D quits)"},
		examples: [2]tr{{"schemabot chat", "schemabot chat"}, {"schemabot chat --corpus ~/schemas", "schemabot chat --corpus ~/schemas"}},
	},
	"check": {
		synopsis: "schemabot check [--json] [--corpus DIR]",
		summary:  tr{"dit ce qui a été lu dans chaque document avant de le déployer (--json pour les scripts)", "report what was read from each document before deploying it (--json for scripts)"},
		examples: [2]tr{{"schemabot check --corpus ./mes-schemas", "schemabot check --corpus ./my-schemas"}, {"schemabot check --json", "schemabot check --json"}},
	},
	"deadlines": {
		synopsis: "schemabot deadlines [--period P | --from JOUR --to JOUR] [--doc ID] [--fiche F] [--pilot TEXTE] [--json | --ics] [--wide]",
		summary:  tr{"liste les échéances des calendriers des fiches et leur statut (--json, --ics)", "list the milestones of the fiches' calendars and their status (--json, --ics)"},
		examples: [2]tr{{`schemabot deadlines --today 2020-01-15 --period "ce trimestre"`, `schemabot deadlines --today 2020-01-15 --period "ce trimestre"`},
			{"schemabot deadlines --doc isere-2020-2024 --pilot CRIP --json", "schemabot deadlines --doc isere-2020-2024 --pilot CRIP --json"}},
	},
	"eval": {
		synopsis: "schemabot eval [--min SCORE] [--v] [--baseline] [--corpus DIR] FICHIER.jsonl | --fit [--folds K] FICHIER.jsonl…",
		summary:  tr{"note le bot sur un jeu de questions (JSONL, voir shared/eval/FORMAT.md)", "score the bot on a question set (JSONL, see shared/eval/FORMAT.md)"},
		args:     []named{{"FICHIER", tr{"le jeu de questions, une question JSON par ligne (avec --fit : plusieurs)", "the question set, one JSON question per line (with --fit: several)"}}},
		examples: [2]tr{{"schemabot eval ../shared/eval/dev.jsonl --min 0.90", "schemabot eval ../shared/eval/dev.jsonl --min 0.90"},
			{"schemabot eval --fit cmd/schemabot/testdata/*.jsonl", "schemabot eval --fit cmd/schemabot/testdata/*.jsonl"}},
	},
	"feedback": {
		synopsis: "schemabot feedback [--json] [--data DIR]",
		summary:  tr{"liste les avis 👍/👎 donnés sur les réponses", "list the 👍/👎 feedback users gave on answers"},
		examples: [2]tr{{"schemabot feedback", "schemabot feedback"}, {"schemabot feedback --json > avis.json", "schemabot feedback --json > feedback.json"}},
	},
	"fiches": {
		synopsis: "schemabot fiches [--doc ID] [--json | --wide] [--corpus DIR]",
		summary:  tr{"liste les fiches action avec leurs champs (--json pour le modèle structuré)", "list the fiches action with their fields (--json for the structured model)"},
		examples: [2]tr{{"schemabot fiches --doc isere-2020-2024", "schemabot fiches --doc isere-2020-2024"}, {"schemabot fiches --json --corpus ~/schemas", "schemabot fiches --json --corpus ~/schemas"}},
	},
	"healthcheck": {
		synopsis: "schemabot healthcheck [--addr HÔTE:PORT]",
		summary:  tr{"demande /healthz au bot qui tourne (code 0 s'il est en bonne santé) ; c'est le HEALTHCHECK de l'image", "ask the running bot's /healthz (exit 0 when healthy); the image's HEALTHCHECK"},
		examples: [2]tr{{"schemabot healthcheck", "schemabot healthcheck"}, {"schemabot healthcheck --addr 127.0.0.1:9464", "schemabot healthcheck --addr 127.0.0.1:9464"}},
	},
	"index": {
		synopsis: "schemabot [--corpus DIR] index [--data DIR]",
		summary:  tr{"reconstruit l'index de recherche (barre de progression dans un terminal)", "rebuild the search index (with a progress bar on a terminal)"},
		examples: [2]tr{{"schemabot index", "schemabot index"}, {"schemabot --corpus ~/schemas index", "schemabot --corpus ~/schemas index"}},
	},
	"planning": {
		synopsis: "schemabot planning --output FICHIER.pdf|.svg|.png [--doc ID] [--today JOUR]",
		summary:  tr{"dessine les calendriers des fiches en diagramme de Gantt à imprimer sur des pages A4", "draw the fiches' calendars as a Gantt chart to print on A4 pages"},
		details: tr{"Un planning trop long pour une page A4 paysage est découpé en pages, sans rien réduire : le titre, l'axe du temps et la légende sont répétés et chaque page porte « page 2/3 ». En PDF, un seul document de plusieurs pages ; en SVG ou PNG, un fichier par page (planning-1.svg, planning-2.svg…), ou le fichier nommé s'il n'y a qu'une page. « - » écrit une seule image PNG de toute la hauteur sur la sortie standard, pour l'écran.",
			"A planning too long for one A4 landscape page is cut into pages, with nothing shrunk: the title, the time axis and the legend are repeated and each page says \"page 2/3\". As PDF, one document of several pages; as SVG or PNG, one file per page (planning-1.svg, planning-2.svg…), or the named file when there is one page. \"-\" writes one PNG image of the whole height to standard output, for a screen."},
		examples: [2]tr{{"schemabot planning --output planning.pdf --doc isere-2020-2024", "schemabot planning --output planning.pdf --doc isere-2020-2024"},
			{"schemabot planning --output planning.svg --today 2023-05-10", "schemabot planning --output planning.svg --today 2023-05-10"}},
	},
	"serve": {
		synopsis: "schemabot serve [--today JOUR] [--corpus DIR] [--data DIR]",
		summary:  tr{"fait tourner le bot dans Slack et/ou Mattermost (configuré par l'environnement ou .env)", "run the bot in Slack and/or Mattermost (configured from the environment or .env)"},
		examples: [2]tr{{"SLACK_APP_TOKEN=xapp-… SLACK_BOT_TOKEN=xoxb-… schemabot serve", "SLACK_APP_TOKEN=xapp-… SLACK_BOT_TOKEN=xoxb-… schemabot serve"},
			{"MATTERMOST_URL=https://chat.example.org MATTERMOST_TOKEN=… schemabot serve", "MATTERMOST_URL=https://chat.example.org MATTERMOST_TOKEN=… schemabot serve"}},
		env: []named{
			{"SLACK_APP_TOKEN", tr{"jeton d'application Slack (xapp-…, connections:write)", "Slack app-level token (xapp-…, connections:write)"}},
			{"SLACK_BOT_TOKEN", tr{"jeton du bot Slack (xoxb-…)", "Slack bot token (xoxb-…)"}},
			{"MATTERMOST_URL", tr{"adresse du serveur Mattermost (https://…)", "Mattermost server address (https://…)"}},
			{"MATTERMOST_TOKEN", tr{"jeton d'accès du compte bot Mattermost", "the Mattermost bot account's access token"}},
			{"MATTERMOST_SLASH_TOKEN", tr{"jeton de la commande /schema (facultatif)", "token of the /schema slash command (optional)"}},
			{"SCHEMABOT_OPS_ADDR", tr{"hôte:port de /healthz et /metrics (défaut 127.0.0.1:9464)", "host:port of /healthz and /metrics (default 127.0.0.1:9464)"}},
			{"SCHEMABOT_RATE_LIMIT", tr{"questions par utilisateur et période (défaut 10/1m)", "questions per user per period (default 10/1m)"}},
			{"SCHEMABOT_CHANNELS", tr{"canaux où répondre, séparés par des virgules (défaut : tous)", "channels to answer in, comma-separated (default: all)"}},
			{"SCHEMABOT_REMINDER_CHANNELS", tr{"où poster les rappels : plateforme:canal[:document],…", "where digests go: platform:channel[:document],…"}},
			{"SCHEMABOT_REMINDER_CRON", tr{"quand (cron à 5 champs, Europe/Paris ; défaut 0 9 * * 1)", "when (5-field cron, Europe/Paris; default 0 9 * * 1)"}},
			{"SCHEMABOT_REMINDER_DAYS", tr{"horizon des rappels en jours (défaut 30)", "how many days ahead a digest looks (default 30)"}},
			{"SCHEMABOT_TODAY", tr{"se comporter comme ce jour-là (AAAA-MM-JJ)", "behave as on this day (YYYY-MM-DD)"}},
			{"SCHEMABOT_CORPUS", tr{"documents à utiliser au lieu des schémas livrés", "documents to use instead of the shipped schémas"}},
			{"SCHEMABOT_DATA", tr{"un seul répertoire pour l'index et l'état (sinon : index dans $XDG_CACHE_HOME/schemabot, état dans $XDG_DATA_HOME/schemabot)", "one directory for the index and the state (else: index in $XDG_CACHE_HOME/schemabot, state in $XDG_DATA_HOME/schemabot)"}},
			{"LLM_BASE_URL, LLM_MODEL", tr{"modèle de langage facultatif (API compatible OpenAI) ; aussi LLM_API_KEY, LLM_TIMEOUT, LLM_STALL_TIMEOUT", "optional language model (OpenAI-compatible API); also LLM_API_KEY, LLM_TIMEOUT, LLM_STALL_TIMEOUT"}},
			{"SCHEMABOT_EMBEDDER", tr{"hash (défaut, hors ligne), openai ou ollama ; avec SCHEMABOT_EMBED_URL, _MODEL, _API_KEY", "hash (default, offline), openai or ollama; with SCHEMABOT_EMBED_URL, _MODEL, _API_KEY"}},
			{"SCHEMABOT_LOG_LEVEL", tr{"debug, info (défaut), warn ou error", "debug, info (default), warn or error"}},
			{"SCHEMABOT_LOG_FORMAT", tr{"text (défaut) ou json (un objet par ligne, pour un collecteur de journaux)", "text (default) or json (one object per line, for log collectors)"}},
			{"HTTPS_PROXY, NO_PROXY", tr{"mandataire pour Slack, Mattermost et le modèle (aussi HTTP_PROXY) ; NO_PROXY liste les hôtes joints en direct", "proxy for Slack, Mattermost and the model (also HTTP_PROXY); NO_PROXY lists the hosts reached directly"}},
		},
	},
	"state": {
		synopsis: "schemabot state check | export [FICHIER] | import FICHIER | recover ENDOMMAGÉ  [--data DIR]",
		summary:  tr{"vérifie, exporte, importe ou récupère la base d'état du bot (jalons faits, rappels, avis)", "check, export, import or recover the bot's state store (done marks, digest log, feedback)"},
		args: []named{{"check", tr{"vérifie la base du répertoire de données", "check the store of the data directory"}},
			{"export", tr{"écrit la base en JSON (sur la sortie standard sans FICHIER)", "write the store as JSON (to standard output without FILE)"}},
			{"import", tr{"ajoute les entrées d'un export qui manquent à la base", "add the entries of an export the store lacks"}},
			{"recover", tr{"sauve ce qui se lit d'une base endommagée (mise de côté d'abord)", "save what can be read of a damaged store (moved aside first)"}}},
		examples: [2]tr{{"schemabot state check", "schemabot state check"}, {"schemabot state export sauvegarde.json", "schemabot state export backup.json"}},
	},
	"version": {
		synopsis: "schemabot version [--json]",
		summary:  tr{"affiche la version du module, la révision et la date du commit, et la version de Go", "print the module version, the commit's revision and date, and the Go version"},
		examples: [2]tr{{"schemabot version", "schemabot version"}, {"schemabot version --json", "schemabot version --json"}},
	},
}

// flagDocs describe the flags in both languages, by name or by
// command.name when a command gives a flag its own meaning.
var flagDocs = map[string]tr{
	"corpus":         {"répertoire (ou fichier) de schémas .md/.txt/.pdf à utiliser au lieu des schémas livrés (env SCHEMABOT_CORPUS)", "directory (or file) of .md/.txt/.pdf schémas to use instead of the shipped ones (env SCHEMABOT_CORPUS)"},
	"data":           {"répertoire de l'index et de l'état (env SCHEMABOT_DATA ; défaut : index dans le cache, état dans $XDG_DATA_HOME/schemabot)", "directory for the index and the state (env SCHEMABOT_DATA; default: index in the cache, state in $XDG_DATA_HOME/schemabot)"},
	"json":           {"écrit du JSON", "print JSON"},
	"doc":            {"seulement ce document (son id, p. ex. isere-2020-2024)", "only this document id (e.g. isere-2020-2024)"},
	"today":          {"se comporter comme ce jour-là, AAAA-MM-JJ (env SCHEMABOT_TODAY ; défaut : aujourd'hui)", "behave as on this day, YYYY-MM-DD (env SCHEMABOT_TODAY; default: today)"},
	"from":           {"garder les échéances en cours ce jour-là ou après (AAAA-MM-JJ)", "keep milestones running on or after this day (YYYY-MM-DD)"},
	"to":             {"garder les échéances en cours ce jour-là ou avant (AAAA-MM-JJ)", "keep milestones running on or before this day (YYYY-MM-DD)"},
	"period":         {`garder les échéances d'une période : "2021", "S1 2021", "T3 2021", "2021-03", "ce trimestre", "le mois prochain"…`, `keep milestones running during a period: "2021", "S1 2021", "T3 2021", "2021-03", "ce trimestre", "le mois prochain"…`},
	"fiche":          {"seulement cette fiche (son libellé : 12, 1.2, A3)", "only this fiche (its label: 12, 1.2, A3)"},
	"pilot":          {"seulement les fiches dont un pilote contient ce texte (casse et accents ignorés)", "only fiches with a pilot containing this text (case and accents ignored)"},
	"ics":            {"écrit un fichier iCalendar (un événement par échéance datée) pour Outlook ou Thunderbird", "print an iCalendar file (one all-day event per dated milestone) for Outlook or Thunderbird"},
	"output":         {`écrit le diagramme dans ce fichier, au format de son extension : .pdf (un document, une page A4 après l'autre), .svg ou .png (un fichier par page : nom-1.svg, nom-2.svg…) ; "-" écrit une seule image PNG sur la sortie standard`, `write the chart to this file, in the format of its extension: .pdf (one document, one A4 page after another), .svg or .png (one file per page: name-1.svg, name-2.svg…); "-" writes one PNG image to standard output`},
	"png":            {"ancien nom de --output", "the former name of --output"},
	"wide":           {"tableau sur toute la largeur : colonnes complètes, sans coupure à 80 colonnes", "full-width table: whole cells, not fitted to 80 columns"},
	"min":            {"sortir en erreur sous ce score (0 à 1)", "exit with an error when the score is below this (0 to 1)"},
	"v":              {"affiche chaque réponse, pas seulement les échecs", "print every answer, not only the failures"},
	"baseline":       {"note un moteur de recherche BM25 simple sur le même texte au lieu du bot", "score a plain BM25 search engine over the same text instead of the bot"},
	"fit":            {"ajuste les paramètres du moteur sur les jeux de questions donnés, par validation croisée, et les affiche", "fit the engine's tuning numbers on the question sets given, with cross-validation, and print them"},
	"folds":          {"nombre de parts de la validation croisée de --fit", "folds of the cross-validation of --fit"},
	"addr":           {"adresse du bot (défaut : SCHEMABOT_OPS_ADDR, sinon 127.0.0.1:9464)", "the bot's address (default: SCHEMABOT_OPS_ADDR, else 127.0.0.1:9464)"},
	"timeout":        {"temps maximal de la requête", "longest time for the request"},
	"ask.json":       {"écrit un objet JSON par réponse", "print one JSON object per answer"},
	"fiches.json":    {"écrit un tableau JSON, un objet par fiche", "print a JSON array, one object per fiche"},
	"deadlines.json": {"écrit un tableau JSON, un objet par échéance", "print a JSON array, one object per milestone"},
	"check.json":     {"écrit le rapport en JSON (un objet par document)", "print the report as JSON (one object per document)"},
	"feedback.json":  {"écrit les avis en tableau JSON", "print the feedback as a JSON array"},
	"version.json":   {"écrit la version en JSON", "print the version as JSON"},
	"older-than":     {"avec purge : supprime les avis plus anciens que cela, p. ex. 90d (défaut : SCHEMABOT_FEEDBACK_RETENTION, sinon 365d)", "with purge: delete the feedback older than this, e.g. 90d (default: SCHEMABOT_FEEDBACK_RETENTION, else 365d)"},
	"planning.today": {"colorer les échéances selon leur statut ce jour-là, AAAA-MM-JJ (env SCHEMABOT_TODAY)", "colour milestones by their status on this day, YYYY-MM-DD (env SCHEMABOT_TODAY)"},
}

// helpWidth is the width help texts are wrapped to.
const helpWidth = 80

// writeWrapped writes text wrapped to helpWidth, each line after indent.
func writeWrapped(w io.Writer, indent, text string) {
	for _, line := range wrapWords(text, helpWidth-runeWidth(indent)) {
		fmt.Fprintf(w, "%s%s\n", indent, line)
	}
}

// englishPlaceholders name the values of the synopses in English.
var englishPlaceholders = strings.NewReplacer("VALEUR", "VALUE", "NOMBRE", "NUMBER", "JOUR", "DAY",
	"FICHIER", "FILE", "TEXTE", "TEXT", "HÔTE", "HOST", "ENDOMMAGÉ", "DAMAGED")

// placeholders writes a synopsis's value names in the user's language.
func placeholders(l lang, s string) string {
	if l == english {
		return englishPlaceholders.Replace(s)
	}
	return s
}
