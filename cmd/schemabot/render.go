package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/glamour"
	"golang.org/x/term"

	"schemabot/bot/chat"
	"schemabot/corpus"
)

// answerPrinter writes answers for a person: markdown rendered by glamour
// when standard output is a terminal, plain text (the marks stripped) when
// it is piped. `ask --json` does not use it: the JSON answer keeps its
// markdown, document ids and line numbers for programs and logs.
type answerPrinter struct {
	lib *corpus.Library // names the documents; nil names them by id
	// md renders markdown for a terminal; nil writes plain text.
	md *glamour.TermRenderer
}

// newAnswerPrinter chooses the rendering from env.Stdout. Call it before
// the terminal is put in raw mode: glamour's "auto" style asks the terminal
// for its background colour once, here, and never while the chat reads.
func newAnswerPrinter(env *Env, lib *corpus.Library) *answerPrinter {
	p := &answerPrinter{lib: lib}
	f, ok := env.Stdout.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return p
	}
	width := 80
	if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 20 {
		width = min(w, 120) - 4 // glamour's styles indent by two on each side
	}
	style := env.Getenv("GLAMOUR_STYLE") // glamour's own variable: dark, light, notty…
	if style == "" {
		style = "auto"
	}
	md, err := glamour.NewTermRenderer(glamour.WithStylePath(style), glamour.WithWordWrap(width),
		// The engine writes one field per line ("**Pilote :** …" then
		// "_Source : …_"): markdown would join them into one paragraph.
		glamour.WithPreservedNewLines())
	if err == nil {
		p.md = md
	}
	return p
}

// print writes an answer: its text, then its sources when the text does not
// already name them.
func (p *answerPrinter) print(w io.Writer, a chat.Answer) {
	fmt.Fprintln(w, p.format(a))
}

// format returns what print writes, without the final newline.
func (p *answerPrinter) format(a chat.Answer) string {
	md := p.markdown(a)
	if p.md != nil {
		if out, err := p.md.Render(md); err == nil {
			return strings.Trim(out, "\n")
		}
	}
	return strings.TrimRight(plainText(md), "\n")
}

// markdown is the answer with one readable line per source, appended only
// when the text does not say where it comes from: structured answers end
// with "_Source : schéma Isère (2020-2024), fiche 12, …_", passage answers
// open with "D'après le schéma …", and a second list repeating them was the
// deployment's complaint. Sources name the schéma, never its file, and give
// no line numbers: those are for --json and the logs.
func (p *answerPrinter) markdown(a chat.Answer) string {
	text := strings.TrimSpace(a.Text)
	if len(a.Citations) == 0 || chat.NamesSources(text) {
		return text
	}
	var b strings.Builder
	b.WriteString(text)
	if a.Lang == chat.English {
		b.WriteString("\n\n**Sources:**")
	} else {
		b.WriteString("\n\n**Sources :**")
	}
	seen := map[string]bool{}
	for _, c := range a.Citations {
		line := p.citation(c)
		if seen[line] { // without line numbers, two quotes of one section read the same
			continue
		}
		seen[line] = true
		b.WriteString("\n- ")
		b.WriteString(line)
	}
	return b.String()
}

// citation writes one source as a reader looks it up in the printed
// schéma: name, fiche, section, page.
func (p *answerPrinter) citation(c chat.Citation) string {
	parts := []string{"schéma " + docName(p.lib, c.Doc)}
	if c.Fiche != nil {
		parts = append(parts, "fiche "+*c.Fiche)
	}
	if s := strings.Join(strings.Fields(c.Section), " "); s != "" {
		parts = append(parts, "« "+s+" »")
	}
	if c.Page != nil && *c.Page > 0 {
		parts = append(parts, fmt.Sprintf("p. %d", *c.Page))
	}
	return strings.Join(parts, ", ")
}

// docName names a document as its readers do, as the answers' own
// "Source" lines do: "Isère (2020-2024)", else its title, else its id.
func docName(lib *corpus.Library, id string) string {
	var d *corpus.Document
	if lib != nil {
		d = lib.Doc(id)
	}
	switch {
	case d == nil:
		return id
	case d.Departement != "" && d.Period() != "":
		return d.Departement + " (" + d.Period() + ")"
	case d.Departement != "":
		return d.Departement
	case strings.TrimSpace(d.Title) != "":
		return strings.Join(strings.Fields(d.Title), " ")
	}
	return id
}

// plainText strips the markdown marks a reader of piped output would see
// raw: bold (** and __), italics (_ and * around words), block quotes and
// headings. A quote stays indented, so it still reads as a quote; marks
// inside words ("file_name") and lone stars ("2 * 3", "* item") stay.
func plainText(md string) string {
	lines := strings.Split(md, "\n")
	for i, line := range lines {
		rest := strings.TrimLeft(line, " ")
		indent := line[:len(line)-len(rest)]
		switch {
		case strings.HasPrefix(rest, ">"):
			rest = "  " + strings.TrimPrefix(strings.TrimPrefix(rest, ">"), " ")
		case strings.HasPrefix(rest, "#"):
			if h := strings.TrimLeft(rest, "#"); strings.HasPrefix(h, " ") {
				rest = strings.TrimSpace(h)
			}
		}
		rest = strings.ReplaceAll(rest, "**", "")
		rest = strings.ReplaceAll(rest, "__", "")
		lines[i] = indent + stripEmphasis(rest)
	}
	return strings.Join(lines, "\n")
}

// stripEmphasis drops the _ and * that open or close an emphasis: a mark
// after a space or an opening sign and before a word, or after a word and
// before a space or a closing sign. One between two word characters is
// part of a word and stays.
func stripEmphasis(s string) string {
	if !strings.ContainsAny(s, "_*") {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r != '_' && r != '*' {
			b.WriteRune(r)
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		if i == 0 {
			prev = ' '
		}
		if i+1 == len(s) {
			next = ' '
		}
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
		opens := (unicode.IsSpace(prev) || strings.ContainsRune("([«\"'’", prev)) && !unicode.IsSpace(next)
		closes := !unicode.IsSpace(prev) && (unicode.IsSpace(next) || strings.ContainsRune(")].,;:!?»\"'’", next))
		if (opens || closes) && !(word(prev) && word(next)) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
