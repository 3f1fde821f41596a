package retrieval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"schemabot/corpus"
)

var (
	libOnce sync.Once
	lib     *corpus.Library
	libErr  error
)

func shipped(t testing.TB) *corpus.Library {
	t.Helper()
	libOnce.Do(func() { lib, libErr = corpus.LoadDefault() })
	if libErr != nil {
		t.Fatal(libErr)
	}
	return lib
}

func TestTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []string // stems that must be there
		not  []string // words that must be gone
	}{
		{"l'évaluation des informations préoccupantes", []string{Stem("évaluation"), Stem("informations"), Stem("préoccupantes")}, []string{"l", "des"}},
		{"Qu'est-ce que l'ODPE ?", []string{Stem("odpe")}, []string{"qu", "que"}},
		// Missing accents give the same stems as the document's spelling.
		{"sante des enfants confies", []string{Stem("santé"), Stem("confiés")}, nil},
		{"d'accueil en 2021", []string{Stem("accueil"), "2021"}, []string{"d", "en"}},
		// A verb's "-ent" stems as its infinitive; nouns in "-ent" stay.
		{"les fiches qui accompagnent les professionnels", []string{Stem("accompagner")}, nil},
		{"ils évaluent les situations", []string{Stem("évaluer")}, nil},
		{"les parents et le référent", []string{"parent", "referent"}, nil},
		// An acronym printed with dots is the acronym.
		{"le programme italien P.I.P.P.I", []string{Stem("pippi")}, []string{"p", "i"}},
		{"l'A.S.E. et la M.D.P.H.", []string{Stem("ase"), Stem("mdph")}, []string{"a", "s", "e"}},
	}
	for _, tt := range tests {
		got := strings.Join(Terms(tt.in), " ")
		for _, w := range tt.want {
			if !strings.Contains(" "+got+" ", " "+w+" ") {
				t.Errorf("Terms(%q) = %q, want %q in it", tt.in, got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(" "+got+" ", " "+w+" ") {
				t.Errorf("Terms(%q) = %q, %q should be gone", tt.in, got, w)
			}
		}
	}
	if Stem("santé") != Stem("sante") || Stem("Évaluations") != Stem("evaluation") {
		t.Errorf("stems depend on accents or plural: %q %q %q %q", Stem("santé"), Stem("sante"), Stem("Évaluations"), Stem("evaluation"))
	}
}

func TestTranslate(t *testing.T) {
	got := Translate("When is the ODPE training commission set up?")
	for _, w := range []string{"formation", "commission", "mise en place"} {
		if !strings.Contains(got, w) {
			t.Errorf("Translate added no %q: %q", w, got)
		}
	}
	if fr := "Qui pilote la fiche 12 ?"; Translate(fr) != fr {
		t.Errorf("a French question changed: %q", Translate(fr))
	}
	french, _ := Translations("young adults leaving care")
	if len(french) == 0 || !strings.Contains(strings.Join(french, " "), "jeunes majeurs") {
		t.Errorf("phrases first: %q", french)
	}
}

// A plural is translated as its singular, whether the vocabulary lists it
// or not; a possessive is no plural.
func TestTranslatePlurals(t *testing.T) {
	for _, tt := range []struct {
		question, want, absent string
	}{
		{"how many doctors work for the PMI?", "médecin", ""},
		{"are the nurses involved?", "puéricultrice", ""},
		{"which fiches name the judges?", "magistrats", ""},
		{"our council's legal team goes to court", "juridique", "conseil"},
	} {
		french, _ := Translations(tt.question)
		got := strings.Join(french, " ")
		if !strings.Contains(got, tt.want) || tt.absent != "" && strings.Contains(got, tt.absent) {
			t.Errorf("Translations(%q) = %q, want %q and no %q", tt.question, got, tt.want, tt.absent)
		}
	}
}

func TestHashEmbedderIsDeterministicAndTypoTolerant(t *testing.T) {
	emb := HashEmbedder()
	ctx := context.Background()
	a, _ := emb.Func(ctx, "commission formation de l'ODPE")
	b, _ := emb.Func(ctx, "commission formation de l'ODPE")
	typo, _ := emb.Func(ctx, "comission formaton ODPE")
	other, _ := emb.Func(ctx, "accueil des mineurs non accompagnés")
	if len(a) != HashDims {
		t.Fatalf("%d dimensions, want %d", len(a), HashDims)
	}
	cos := func(x, y []float32) float32 {
		var s float32
		for i := range x {
			s += x[i] * y[i]
		}
		return s
	}
	if cos(a, b) < 0.9999 {
		t.Errorf("same text, cosine %f", cos(a, b))
	}
	if cos(a, typo) <= cos(a, other)+0.2 {
		t.Errorf("typos should stay close: cos(typo)=%f, cos(other)=%f", cos(a, typo), cos(a, other))
	}
	empty, err := emb.Func(ctx, "")
	if err != nil || len(empty) != HashDims {
		t.Errorf("empty text: %v %d", err, len(empty))
	}
}

func TestChunksKeepTheirSource(t *testing.T) {
	l := shipped(t)
	var found bool
	for _, c := range Chunks(l) {
		if c.Doc == "isere-2020-2024" && c.Fiche == "32" && c.Field == FieldCalendar {
			found = true
			if c.Section != "Le calendrier" || c.Span.Page != 97 || !strings.Contains(c.Text, "Bilan : Semestre 1 / 2023") {
				t.Errorf("Isère fiche 32 calendar chunk: %+v", c)
			}
			d := l.Doc(c.Doc)
			if !strings.Contains(d.Text(c.Span), "Semestre 1 / 2023") {
				t.Errorf("span %+v does not hold the text", c.Span)
			}
		}
		if c.Text == "" || c.ID == "" || c.Doc == "" {
			t.Errorf("chunk without text, id or document: %+v", c)
		}
	}
	if !found {
		t.Error("no calendar chunk for Isère fiche 32")
	}
}

// TestSearchFindsTheRightChunks runs on the exact index the shipped
// documents get and on a partitioned one (12 groups, 4 scanned per query),
// the layout a corpus of tens of thousands of chunks gets.
func TestSearchFindsTheRightChunks(t *testing.T) {
	for _, parts := range []int{0, 12} {
		t.Run(fmt.Sprintf("partitions=%d", parts), func(t *testing.T) {
			ix, err := Open(context.Background(), shipped(t), Options{Partitions: parts})
			if err != nil {
				t.Fatal(err)
			}
			searchFindsTheRightChunks(t, ix)
		})
	}
}

func searchFindsTheRightChunks(t *testing.T, ix *Index) {
	tests := []struct {
		query string
		doc   string
		want  string // a prefix of the id of a chunk among the first three
	}{
		{"commission formation de l'ODPE", "", "isere-2020-2024/f30/"},
		{"When is the ODPE training commission set up?", "", "isere-2020-2024/f30/"},
		{"mineurs non accompagnés", "moselle-2019-2023", "moselle-2019-2023/f11/"},
		{"retours a domicile perenniser", "", "moselle-2019-2023/f12/"},
		{"internat scolaire moniteurs educateurs", "", "isere-2020-2024/f8/"},
	}
	for _, tt := range tests {
		hits, err := ix.Search(context.Background(), Query{Text: tt.query, Doc: tt.doc, K: 3})
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, h := range hits {
			ok = ok || strings.HasPrefix(h.Chunk.ID, tt.want)
			if tt.doc != "" && h.Chunk.Doc != tt.doc {
				t.Errorf("%q: hit %s outside %s", tt.query, h.Chunk.ID, tt.doc)
			}
		}
		if !ok {
			var ids []string
			for _, h := range hits {
				ids = append(ids, h.Chunk.ID)
			}
			t.Errorf("%q: top 3 %v, want one under %s", tt.query, ids, tt.want)
		}
	}
	// More results than chunks must not be an error (chromem-go caps at its count).
	if _, err := ix.Search(context.Background(), Query{Text: "enfance", K: 100000}); err != nil {
		t.Errorf("large K: %v", err)
	}
	// A search restricted to one document finds as many of its chunks as
	// asked, wherever the partitions put them.
	hits, err := ix.Search(context.Background(), Query{Text: "accompagnement des familles", Doc: "moselle-2019-2023", K: 30})
	if err != nil || len(hits) != 30 {
		t.Fatalf("restricted search: %d hits, err %v", len(hits), err)
	}
	for _, h := range hits {
		if h.Chunk.Doc != "moselle-2019-2023" {
			t.Errorf("restricted search returned %s", h.Chunk.ID)
		}
	}
}

func ids(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Chunk.ID)
	}
	return out
}

func TestCorrect(t *testing.T) {
	ix, err := Open(context.Background(), shipped(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"pilotte", "calandrier", "enfence"} {
		if c, ok := ix.Correct(Stem(w)); !ok || !ix.HasTerm(c) {
			t.Errorf("Correct(%q) = %q, %v", w, c, ok)
		}
	}
	// Two letters typed the wrong way round are one typo.
	for w, want := range map[string]string{"acceuil": "accueil", "partenaries": "partenaires", "famliles": "familles", "adolsecents": "adolescents"} {
		if c, ok := ix.Correct(Stem(w)); !ok || c != Stem(want) {
			t.Errorf("Correct(%q) = %q, %v, want %q", w, c, ok, Stem(want))
		}
	}
	if c, ok := ix.Correct(Stem("xylophone")); ok {
		t.Errorf("Correct(xylophone) = %q, want none", c)
	}
}

func TestIndexIsStoredAndRebuiltWhenItMustBe(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := shipped(t)
	ix, err := Open(ctx, l, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if !ix.Rebuilt {
		t.Fatal("first open should build the index")
	}
	ix, err = Open(ctx, l, Options{Dir: dir})
	if err != nil || ix.Rebuilt {
		t.Fatalf("second open should load it: rebuilt=%v err=%v", ix.Rebuilt, err)
	}
	// Another embedder: never mix vectors, rebuild.
	other := Embedder{Name: "test-other", Func: HashEmbedder().Func}
	ix, err = Open(ctx, l, Options{Dir: dir, Embedder: other})
	if err != nil || !ix.Rebuilt || ix.Embedder() != "test-other" {
		t.Fatalf("embedder change: rebuilt=%v err=%v", ix.Rebuilt, err)
	}
	// Partitioning the vectors is a rebuild; reopening keeps the partitions.
	ix, err = Open(ctx, l, Options{Dir: dir, Partitions: 12})
	if err != nil || !ix.Rebuilt {
		t.Fatalf("partitioned: rebuilt=%v err=%v", ix.Rebuilt, err)
	}
	want, _ := ix.Search(ctx, Query{Text: "mineurs non accompagnés", K: 5})
	ix, err = Open(ctx, l, Options{Dir: dir, Partitions: 12})
	if err != nil || ix.Rebuilt {
		t.Fatalf("reopen partitioned: rebuilt=%v err=%v", ix.Rebuilt, err)
	}
	got, _ := ix.Search(ctx, Query{Text: "mineurs non accompagnés", K: 5})
	if len(got) != 5 || fmt.Sprint(ids(got)) != fmt.Sprint(ids(want)) {
		t.Errorf("reloaded partitioned index answers %v, built one %v", ids(got), ids(want))
	}
	ix, err = Open(ctx, l, Options{Dir: dir})
	if err != nil || !ix.Rebuilt {
		t.Fatalf("back to one collection: rebuilt=%v err=%v", ix.Rebuilt, err)
	}
	// Changed documents: rebuild.
	small, err := corpus.Parse("mini-2021-2025", "mini.md", []byte("Schéma test 2021-2025\n\nFiche action n°1 : Tester\n\nLe pilote\n\n- Service test\n"))
	if err != nil {
		t.Fatal(err)
	}
	ix, err = Open(ctx, &corpus.Library{Docs: []*corpus.Document{small}}, Options{Dir: dir, Embedder: other})
	if err != nil || !ix.Rebuilt {
		t.Fatalf("content change: rebuilt=%v err=%v", ix.Rebuilt, err)
	}
	// A corrupt store is rebuilt, not an error.
	if err := os.WriteFile(filepath.Join(dir, "index", "meta.json"), []byte("{garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(ctx, &corpus.Library{Docs: []*corpus.Document{small}}, Options{Dir: dir, Embedder: other})
	if err != nil || !ix.Rebuilt {
		t.Fatalf("corrupt metadata: rebuilt=%v err=%v", ix.Rebuilt, err)
	}
}

// TestEmbedderNameFollowsTheAnalysis checks that changing the stop words,
// which changes every hashed vector, changes the embedder's name, so that a
// stored index is rebuilt instead of answering with stale vectors.
func TestEmbedderNameFollowsTheAnalysis(t *testing.T) {
	if !strings.HasSuffix(HashEmbedder().Name, analysisFingerprint) {
		t.Fatalf("embedder name %q does not carry the analysis fingerprint %q", HashEmbedder().Name, analysisFingerprint)
	}
	more := map[string]bool{"ouaille": true}
	same := map[string]bool{"ouaille": false}
	for w, v := range extraStop {
		more[w], same[w] = v, v
	}
	if stopFingerprint(more)+analysisVersion == analysisFingerprint {
		t.Error("adding a stop word does not change the fingerprint")
	}
	if stopFingerprint(same)+analysisVersion != analysisFingerprint {
		t.Error("a word that is not a stop word changes the fingerprint")
	}
}
