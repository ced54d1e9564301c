// Package stdlib is a minimal hand-written stub of
// github.com/jackc/pgx/v5/stdlib (the database/sql driver).
package stdlib

import (
	"context"
	"database/sql"
	"database/sql/driver"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Driver struct {
	configs map[string]*pgx.ConnConfig
}

func (d *Driver) Open(name string) (driver.Conn, error)               { panic("stub") }
func (d *Driver) OpenConnector(name string) (driver.Connector, error) { panic("stub") }

var pgxDriver = &Driver{}

func GetDefaultDriver() driver.Driver { return pgxDriver }

type connector struct {
	pgx.ConnConfig
	afterConnect func(context.Context, *pgx.Conn) error
}

type OptionOpenDB func(*connector)

func OptionAfterConnect(ac func(context.Context, *pgx.Conn) error) OptionOpenDB {
	return func(c *connector) { c.afterConnect = ac }
}

func GetConnector(config pgx.ConnConfig, opts ...OptionOpenDB) driver.Connector {
	panic("stub")
}

func OpenDB(config pgx.ConnConfig, opts ...OptionOpenDB) *sql.DB      { panic("stub") }
func OpenDBFromPool(pool *pgxpool.Pool, opts ...OptionOpenDB) *sql.DB { panic("stub") }
func RegisterConnConfig(c *pgx.ConnConfig) string                     { panic("stub") }
func UnregisterConnConfig(connStr string)                             {}
