package bot

import (
	"context"
	"testing"

	"schemabot/corpus"
)

// benchQuestions are typical questions of each kind.
var benchQuestions = []string{
	"Qui pilote la fiche 12 ?",
	"When is the ODPE training commission supposed to be set up?",
	"Que veut dire CRIP ?",
	"Quelles fiches concernent les MNA ?",
	"Combien de jeunes majeurs étaient accueillis ou accompagnés en Isère fin 2018 ?",
	"Quelles sont les orientations du schéma de la Moselle ?",
}

var benchSink Answer

func BenchmarkAsk(b *testing.B) {
	lib, err := corpus.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	e, err := NewEngine(context.Background(), lib)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		benchSink, _ = e.Ask(ctx, benchQuestions[i%len(benchQuestions)], Conversation{})
	}
}
