//go:build tools

// This file keeps the modules the project is adopting in go.mod until code
// imports them.
package main

import (
	_ "github.com/arran4/golang-ical"
	_ "github.com/emersion/go-ical"
	_ "github.com/gorilla/websocket"
	_ "github.com/kljensen/snowball/french"
	_ "github.com/mattermost/mattermost/server/public/model"
	_ "github.com/philippgille/chromem-go"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/robfig/cron/v3"
	_ "github.com/sashabaranov/go-openai"
	_ "github.com/slack-go/slack"
	_ "github.com/slack-go/slack/socketmode"
	_ "go.etcd.io/bbolt"
	_ "golang.org/x/term"
	_ "gonum.org/v1/plot"
	_ "gonum.org/v1/plot/plotter"
	_ "gonum.org/v1/plot/vg"
	_ "gonum.org/v1/plot/vg/draw"
)
