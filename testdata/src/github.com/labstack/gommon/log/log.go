// Package log is a hand-written stub of github.com/labstack/gommon/log
// (v0.5.0): the level and JSON types named by echo.Logger.
package log

// Lvl is a logging level.
type Lvl uint8

// Logging levels.
const (
	DEBUG Lvl = iota + 1
	INFO
	WARN
	ERROR
	OFF
)

// JSON is a structured log entry.
type JSON map[string]interface{}
