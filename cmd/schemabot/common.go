package main

import (
	"context"
	"flag"

	"schemabot/bot"
	"schemabot/corpus"
)

// commonFlags are the flags every command that reads the documents shares.
type commonFlags struct {
	corpusDir string
	dataDir   string
}

// addCommon declares --corpus and --data on fs, defaulting to the
// SCHEMABOT_CORPUS and SCHEMABOT_DATA environment variables.
func addCommon(fs *flag.FlagSet, env *Env) *commonFlags {
	c := &commonFlags{}
	fs.StringVar(&c.corpusDir, "corpus", env.Getenv("SCHEMABOT_CORPUS"),
		"directory of .md/.txt/.pdf schémas to use instead of the shipped ones (env SCHEMABOT_CORPUS)")
	fs.StringVar(&c.dataDir, "data", env.Getenv("SCHEMABOT_DATA"),
		"directory for the index and the bot's state (env SCHEMABOT_DATA; default: the user cache directory)")
	return c
}

// library loads the configured documents.
func (c *commonFlags) library(ctx context.Context) (*corpus.Library, error) {
	if c.corpusDir == "" {
		return corpus.LoadDefault()
	}
	return corpus.LoadPath(ctx, c.corpusDir)
}

// engine loads the documents and opens the answering engine.
func (c *commonFlags) engine(ctx context.Context, env *Env) (*bot.Engine, error) {
	lib, err := c.library(ctx)
	if err != nil {
		return nil, err
	}
	return bot.NewEngine(ctx, lib)
}
