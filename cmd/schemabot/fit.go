package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"runtime"
	"slices"
	"strings"
	"sync"

	"schemabot/bot/answer"
	"schemabot/bot/chat"
)

// The tuning numbers of the engine (answer.Params) are fitted on every
// question set together, one parameter after the other, with k-fold
// cross-validation: a value is kept only when choosing it on the other
// folds scores better on the held-out fold than the value in use, so that a
// change must help questions it was not chosen on.

// passes asks every item of items in order (threads in their conversation)
// and reports which ones pass.
func passes(ctx context.Context, eng *answer.Engine, items []evalItem) []bool {
	out := make([]bool, len(items))
	threads := map[string]chat.Conversation{}
	for i, it := range items {
		ans, conv := eng.Ask(ctx, it.Question, threads[it.Thread])
		if it.Thread != "" {
			threads[it.Thread] = conv
		}
		out[i] = len(judge(it, ans, eng.Library())) == 0
	}
	return out
}

// folds assigns each item to one of k folds, a thread's questions together.
func folds(items []evalItem, k int) []int {
	out := make([]int, len(items))
	for i, it := range items {
		key := it.ID
		if it.Thread != "" {
			key = it.Thread
		}
		h := fnv.New32a()
		h.Write([]byte(key))
		out[i] = int(h.Sum32() % uint32(k))
	}
	return out
}

// crossValidate chooses, for each fold, the candidate that passes most
// items of the other folds (the current one on ties) and counts how many
// items of the held-out fold that choice passes. It returns the
// cross-validated score of fitting and of keeping current, and the
// candidate best on all items (current on ties).
func crossValidate(passed [][]bool, current int, fold []int, k int) (fit, keep float64, best int) {
	n := len(fold)
	count := func(c int, f int, in bool) int {
		s := 0
		for i := range n {
			if (fold[i] == f) == in && passed[c][i] {
				s++
			}
		}
		return s
	}
	held, kept := 0, 0
	for f := range k {
		choice, top := current, count(current, f, false)
		for c := range passed {
			if s := count(c, f, false); s > top {
				choice, top = c, s
			}
		}
		held += count(choice, f, true)
		kept += count(current, f, true)
	}
	best, top := current, count(current, -1, false)
	for c := range passed {
		if s := count(c, -1, false); s > top {
			best, top = c, s
		}
	}
	return float64(held) / float64(n), float64(kept) / float64(n), best
}

// fitParams fits eng's parameters on items, or only those named when
// names is not empty, and prints each step.
func fitParams(ctx context.Context, env *Env, eng *answer.Engine, items []evalItem, k int, only []string) error {
	p := eng.Params()
	fold := folds(items, k)
	names, values := answer.ParamCandidates()
	for _, name := range only {
		if !slices.Contains(names, name) {
			return fmt.Errorf("no parameter %q to fit (known: %s)", name, strings.Join(names, ", "))
		}
	}
	for i, name := range names {
		if len(only) > 0 && !slices.Contains(only, name) {
			continue
		}
		cur := p.Get(name)
		cands := values[i]
		current := -1
		for j, v := range cands {
			if v == cur {
				current = j
			}
		}
		if current < 0 {
			cands, current = append(cands, cur), len(cands)
		}
		// Candidates are tried side by side: the engine answers
		// concurrently, and a fit is otherwise hours long.
		passed := make([][]bool, len(cands))
		var wg sync.WaitGroup
		sem := make(chan struct{}, runtime.GOMAXPROCS(0))
		for j, v := range cands {
			q, _ := p.Set(name, v)
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				passed[j] = passes(ctx, eng.WithParams(q), items)
			}()
		}
		wg.Wait()
		fit, keep, best := crossValidate(passed, current, fold, k)
		chosen := cur
		if fit > keep && best != current {
			chosen = cands[best]
			p, _ = p.Set(name, chosen)
		}
		fmt.Fprintln(env.Stdout, say(env.lang, "fitStep", name, cur, chosen, keep, fit))
	}
	fmt.Fprintln(env.Stdout, say(env.lang, "fitResult"))
	for _, name := range names {
		fmt.Fprintf(env.Stdout, "\t%s: %v,\n", name, p.Get(name))
	}
	return nil
}
