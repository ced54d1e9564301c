package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

// The schema, in SQL that PostgreSQL and CockroachDB both accept: every
// statement is idempotent, so Migrate can run at every start.
const (
	createUsers = `CREATE TABLE IF NOT EXISTS users (
	id         TEXT PRIMARY KEY,
	email      TEXT NOT NULL UNIQUE,
	name       TEXT NOT NULL,
	tenant_id  TEXT NOT NULL,
	role       TEXT NOT NULL,
	deleted_at TIMESTAMPTZ
)`
	createNotes = `CREATE TABLE IF NOT EXISTS notes (
	id         TEXT PRIMARY KEY,
	tenant_id  TEXT NOT NULL,
	title      TEXT NOT NULL,
	archived   BOOL NOT NULL DEFAULT false,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`
	createTenantAdmins = `CREATE TABLE IF NOT EXISTS tenant_admins (
	user_id    TEXT NOT NULL,
	tenant_id  TEXT NOT NULL,
	revoked_at TIMESTAMPTZ,
	PRIMARY KEY (user_id, tenant_id)
)`
	createWebhookKeys = `CREATE TABLE IF NOT EXISTS webhook_keys (
	kid        TEXT PRIMARY KEY,
	secret     BYTEA NOT NULL,
	revoked_at TIMESTAMPTZ
)`
	createWebhookEvents = `CREATE TABLE IF NOT EXISTS webhook_events (
	id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
	tenant_id   TEXT NOT NULL,
	source      TEXT NOT NULL,
	kind        TEXT NOT NULL,
	received_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`
	createIntegrationKeys = `CREATE TABLE IF NOT EXISTS integration_keys (
	kid          TEXT PRIMARY KEY,
	key_material BYTEA NOT NULL
)`
	createExports     = `CREATE SCHEMA IF NOT EXISTS exports`
	createExportNotes = `CREATE TABLE IF NOT EXISTS exports.notes (
	id        TEXT PRIMARY KEY,
	tenant_id TEXT NOT NULL,
	title     TEXT NOT NULL
)`
)

// Migrate creates the tables the service uses, if they do not exist.
func Migrate(ctx context.Context, pool *pgxpool.Pool) error {
	steps := []struct {
		name, sql string
	}{
		{"users", createUsers},
		{"notes", createNotes},
		{"tenant_admins", createTenantAdmins},
		{"webhook_keys", createWebhookKeys},
		{"webhook_events", createWebhookEvents},
		{"integration_keys", createIntegrationKeys},
		{"exports", createExports},
		{"exports.notes", createExportNotes},
	}
	for _, s := range steps {
		if _, err := pool.Exec(ctx, s.sql); err != nil {
			return fmt.Errorf("store: migrate %s: %w", s.name, err)
		}
	}
	return nil
}
