package api

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/cockroachdb/cockroach-go/v2/crdb"
	"github.com/jackc/pgx/v5"

	"example.com/demo/internal/auth"
	"example.com/demo/internal/store"
)

func (s *Server) listTenantNotes(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	rows, err := s.pool.Query(r.Context(), fmt.Sprintf(
		"SELECT id, title, updated_at FROM notes WHERE tenant_id = '%s' AND NOT archived ORDER BY updated_at DESC",
		c.Tenant))
	writePgxNotes(w, rows, err)
}

func (s *Server) listNotes(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	rows, err := s.pool.Query(r.Context(),
		"SELECT id, title, updated_at FROM notes WHERE tenant_id = $1 AND NOT archived ORDER BY updated_at DESC",
		c.Tenant)
	writePgxNotes(w, rows, err)
}

func (s *Server) searchNotes(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	q := r.URL.Query()
	query := fmt.Sprintf(`SELECT id, title, updated_at FROM notes
		WHERE tenant_id = $1 AND title ILIKE '%%%s%%' ORDER BY %s LIMIT 50`, q.Get("q"), q.Get("sort"))
	rows, err := s.db.QueryContext(r.Context(), query, c.Tenant)
	writeSQLNotes(w, rows, err)
}

func (s *Server) browseNotes(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	q := r.URL.Query()
	var order string
	switch q.Get("sort") {
	case "title":
		order = "title"
	case "updated":
		order = "updated_at DESC"
	default:
		order = "created_at DESC"
	}
	query := fmt.Sprintf(`SELECT id, title, updated_at FROM notes
		WHERE tenant_id = $1 AND title ILIKE '%%' || $2 || '%%' ORDER BY %s LIMIT 50`, order)
	rows, err := s.db.QueryContext(r.Context(), query, c.Tenant, q.Get("q"))
	writeSQLNotes(w, rows, err)
}

func writePgxNotes(w http.ResponseWriter, rows pgx.Rows, err error) {
	var notes []store.Note
	if err == nil {
		notes, err = pgx.CollectRows(rows, pgx.RowToStructByName[store.Note])
	}
	writeNotes(w, notes, err)
}

func writeSQLNotes(w http.ResponseWriter, rows *sql.Rows, err error) {
	var notes []store.Note
	if err == nil {
		notes, err = store.ScanNotes(rows)
	}
	writeNotes(w, notes, err)
}

func writeNotes(w http.ResponseWriter, notes []store.Note, err error) {
	if err != nil {
		serverError(w, err)
		return
	}
	writeJSON(w, notes)
}

func (s *Server) archiveNotes(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	ids := r.URL.Query()["id"]
	if len(ids) == 0 {
		http.Error(w, "no notes given", http.StatusBadRequest)
		return
	}
	var b strings.Builder
	b.WriteString("UPDATE notes SET archived = true WHERE tenant_id = $1 AND id IN (")
	for i, id := range ids {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("'")
		b.WriteString(id)
		b.WriteString("'")
	}
	b.WriteString(")")
	tag, err := s.pool.Exec(r.Context(), b.String(), c.Tenant)
	if err != nil {
		serverError(w, err)
		return
	}
	writeJSON(w, map[string]int64{"archived": tag.RowsAffected()})
}

func (s *Server) archiveNotesBatch(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	ids := r.URL.Query()["id"]
	if len(ids) == 0 {
		http.Error(w, "no notes given", http.StatusBadRequest)
		return
	}
	var b strings.Builder
	b.WriteString("UPDATE notes SET archived = true WHERE tenant_id = $1 AND id IN (")
	args := []any{c.Tenant}
	for i, id := range ids {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + strconv.Itoa(i+2))
		args = append(args, id)
	}
	b.WriteString(")")
	query := b.String()

	var archived int64
	err := crdb.ExecuteTx(r.Context(), s.db, nil, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(r.Context(), query, args...)
		if err != nil {
			return err
		}
		archived, err = res.RowsAffected()
		return err
	})
	if err != nil {
		serverError(w, err)
		return
	}
	writeJSON(w, map[string]int64{"archived": archived})
}

func (s *Server) exportSize(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	table := pgx.Identifier{"exports", r.PathValue("dataset")}.Sanitize()
	var n int64
	err := s.pool.QueryRow(r.Context(),
		fmt.Sprintf("SELECT count(*) FROM %s WHERE tenant_id = $1", table), c.Tenant).Scan(&n)
	if err != nil {
		serverError(w, err)
		return
	}
	writeJSON(w, map[string]int64{"rows": n})
}

func (s *Server) recordEvent(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	_, err := s.pool.Exec(r.Context(),
		"INSERT INTO webhook_events (tenant_id, source, kind) VALUES ($1, $2, $3)",
		c.Tenant, c.Subject, r.URL.Query().Get("type"))
	if err != nil {
		serverError(w, err)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
