package calendar

import (
	"fmt"
	"testing"

	"schemabot/corpus"
)

func TestDump(t *testing.T) {
	lib, err := corpus.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range lib.Docs {
		n := 0
		for _, f := range d.Fiches {
			if len(f.Milestones) > 0 {
				n++
			}
			for _, m := range f.Milestones {
				fmt.Printf("%s %d %q %q %s %s %v pilots=%q page=%d\n", d.ID, f.Number, m.Label, m.Raw, m.Start.Format("2006-01-02"), m.End.Format("2006-01-02"), m.Span, f.Pilots.Texts(), f.Page)
			}
		}
		fmt.Println(d.ID, len(d.Fiches), "with calendars:", n)
	}
}
