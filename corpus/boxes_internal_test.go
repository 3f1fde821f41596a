package corpus

import (
	"strings"
	"testing"
)

// boxSeed is `pdftotext -bbox-layout` output for a page of boxes: a
// running header, a pilot box beside a fiche's title, an objectives
// heading, a timeline of two years and a footer.
const boxSeed = `<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t &amp; t</title></head><body><doc>
<page width="595" height="842"><flow>
<block xMin="40" yMin="10" xMax="300" yMax="18"><line xMin="40" yMin="10" xMax="300" yMax="18"><word xMin="40" yMin="10" xMax="80" yMax="18">AXE</word><word xMin="82" yMin="10" xMax="90" yMax="18">1</word></line></block>
<block xMin="420" yMin="30" xMax="470" yMax="38"><line xMin="420" yMin="30" xMax="470" yMax="38"><word xMin="420" yMin="30" xMax="470" yMax="38">PILOTE</word></line></block>
<block xMin="420" yMin="42" xMax="540" yMax="50"><line xMin="420" yMin="42" xMax="540" yMax="50"><word xMin="420" yMin="42" xMax="540" yMax="50">Service</word></line></block>
<block xMin="420" yMin="60" xMax="500" yMax="68"><line xMin="420" yMin="60" xMax="500" yMax="68"><word xMin="420" yMin="60" xMax="500" yMax="68">PARTENAIRES</word></line></block>
<block xMin="420" yMin="72" xMax="540" yMax="80"><line xMin="420" yMin="72" xMax="540" yMax="80"><word xMin="420" yMin="72" xMax="540" yMax="80">CAF</word></line></block>
<block xMin="40" yMin="30" xMax="200" yMax="50"><line xMin="40" yMin="30" xMax="200" yMax="50"><word xMin="40" yMin="30" xMax="200" yMax="50">FICHE 1</word></line></block>
<block xMin="40" yMin="60" xMax="380" yMax="90"><line xMin="40" yMin="60" xMax="380" yMax="74"><word xMin="40" yMin="60" xMax="380" yMax="74">Titre</word></line><line xMin="40" yMin="76" xMax="200" yMax="90"><word xMin="40" yMin="76" xMax="200" yMax="90">suite</word></line></block>
<block xMin="50" yMin="700" xMax="80" yMax="708"><line xMin="50" yMin="700" xMax="80" yMax="708"><word xMin="50" yMin="700" xMax="80" yMax="708">2025</word></line></block>
<block xMin="150" yMin="700" xMax="180" yMax="708"><line xMin="150" yMin="700" xMax="180" yMax="708"><word xMin="150" yMin="700" xMax="180" yMax="708">2026</word></line></block>
<block xMin="40" yMin="720" xMax="100" yMax="728"><line xMin="40" yMin="720" xMax="100" yMax="728"><word xMin="40" yMin="720" xMax="100" yMax="728">Étude</word></line></block>
<block xMin="140" yMin="720" xMax="200" yMax="728"><line xMin="140" yMin="720" xMax="200" yMax="728"><word xMin="140" yMin="720" xMax="200" yMax="728">Bilan</word></line></block>
<block xMin="40" yMin="810" xMax="200" yMax="818"><line xMin="40" yMin="810" xMax="200" yMax="818"><word xMin="40" yMin="810" xMax="200" yMax="818">Schéma 7</word></line></block>
</flow></page></doc></body></html>`

// FuzzBoxPages feeds boxPages any -bbox-layout output and page text: it
// must not panic, and must keep the text's pages.
func FuzzBoxPages(f *testing.F) {
	f.Add([]byte("PILOTE\nService\nPARTENAIRES\nCAF\nAXE 1\nFICHE 1\nTitre\nsuite\n\f"), []byte(boxSeed))
	f.Add([]byte("a\f"), []byte(`<doc><page><block xMin="NaN" yMax="-Inf"><line><word>PILOTE</word></line></block></page></doc>`))
	f.Add([]byte(""), []byte("<page><block><line><word>"))
	f.Fuzz(func(t *testing.T, text, bbox []byte) {
		out := boxPages(text, bbox)
		if got, want := strings.Count(string(out), "\f"), strings.Count(string(text), "\f"); got != want {
			t.Errorf("%d pages, want %d", got, want)
		}
	})
}

// TestBoxPagesSeed checks the seed page reads box by box: heading and
// title first, the boxes after, the timeline year by year.
func TestBoxPagesSeed(t *testing.T) {
	raw := "PILOTE\nService\nPARTENAIRES\nCAF\nAXE 1\nFICHE 1\nTitre\nsuite\n\f"
	got := string(boxPages([]byte(raw), []byte(boxSeed)))
	want := "AXE 1\nFICHE 1\nTitre suite\n2025 : Étude\n2026 : Bilan\nPILOTE\nService\nPARTENAIRES\nCAF\nSchéma 7\n\f"
	if got != want {
		t.Errorf("read\n%s\nwant\n%s", got, want)
	}
}
