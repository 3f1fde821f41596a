package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"schemabot/bot/answer"

	"golang.org/x/term"
)

func init() {
	register(&subcommand{name: "index", summary: "rebuild the search index (with a progress bar on a terminal)", run: runIndex})
}

func runIndex(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "index")
	common := addCommon(fs, env)
	if err := fs.Parse(args); err != nil {
		return err
	}
	start := time.Now()
	progress := func(done, total int) {}
	if f, ok := env.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		progress = func(done, total int) {
			const width = 40
			n := width * done / total
			fmt.Fprintf(env.Stderr, "\r[%s%s] %s", strings.Repeat("█", n), strings.Repeat(" ", width-n), say(env.lang, "indexProgress", done, total))
			if done == total {
				fmt.Fprintln(env.Stderr)
			}
		}
	}
	eng, err := common.engine(ctx, env, answer.WithRebuild(), answer.WithIndexProgress(progress))
	if err != nil {
		return err
	}
	dir, _ := common.cacheDir()
	if err := eng.Index().StoreError(); err != nil {
		// The documents were indexed in memory, but nothing was kept:
		// saying "rebuilt" with exit 0 would hide that every run rebuilds.
		return failWith(err, "indexStore", dir)
	}
	fmt.Fprintln(env.Stdout, say(env.lang, "indexRebuilt", len(eng.Library().Docs), len(eng.Index().Chunks()),
		eng.Index().Embedder(), time.Since(start).Round(time.Millisecond), dir))
	return nil
}
