package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/term"
)

// draftLine shows, on a terminal only, that an answer is being written: one
// dim status line labelled as an unchecked draft, rewritten in place and
// erased before the answer is printed. A language model's text has not
// passed the grounding check while it streams; it is never printed as the
// answer, and never at all when the output is not a terminal.
type draftLine struct {
	w     io.Writer // nil: show nothing
	width int
	shown bool
}

// newDraftLine returns a draft line writing to w when f is a terminal.
func newDraftLine(w io.Writer, f any) *draftLine {
	file, ok := f.(*os.File)
	if !ok || !term.IsTerminal(int(file.Fd())) {
		return &draftLine{}
	}
	width, _, err := term.GetSize(int(file.Fd()))
	if err != nil || width < 20 {
		width = 80
	}
	return &draftLine{w: w, width: width}
}

// draftLabel marks the line as a draft.
const draftLabel = "brouillon non vérifié… "

// update shows the end of the draft so far.
func (d *draftLine) update(text string) {
	if d.w == nil {
		return
	}
	flat := strings.Join(strings.Fields(text), " ")
	room := d.width - utf8.RuneCountInString(draftLabel) - 1
	if r := []rune(flat); len(r) > room {
		flat = "…" + string(r[len(r)-room+1:])
	}
	// \r and "erase line" keep it on one line; dim marks it as not the answer.
	fmt.Fprintf(d.w, "\r\x1b[2K\x1b[2m%s%s\x1b[0m", draftLabel, flat)
	d.shown = true
}

// clear erases the draft line.
func (d *draftLine) clear() {
	if d.w == nil || !d.shown {
		return
	}
	fmt.Fprint(d.w, "\r\x1b[2K")
	d.shown = false
}
