// Command server runs the notes API.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"

	"example.com/demo/internal/api"
	"example.com/demo/internal/auth"
	"example.com/demo/internal/store"
)

func main() {
	if err := run(context.Background()); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context) error {
	dsn := os.Getenv("DATABASE_URL")
	cfg, err := authConfig()
	if err != nil {
		return err
	}

	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := store.Migrate(ctx, pool); err != nil {
		return err
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	defer db.Close()

	verifier := auth.NewVerifier(cfg, auth.NewKeyStore(pool))
	srv := api.New(verifier, store.New(pool, db), pool, db)

	httpServer := &http.Server{
		Addr:              envOr("LISTEN_ADDR", ":8080"),
		Handler:           srv.Routes(),
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Printf("listening on %s", httpServer.Addr)
	return httpServer.ListenAndServe()
}

func authConfig() (auth.Config, error) {
	secret := []byte(os.Getenv("SESSION_SECRET"))
	if len(secret) < 32 {
		return auth.Config{}, fmt.Errorf("SESSION_SECRET must be at least 32 bytes")
	}
	idpKeys, err := auth.LoadKeySet(os.Getenv("IDP_KEYS_FILE"))
	if err != nil {
		return auth.Config{}, err
	}
	serviceKeys, err := auth.LoadKeySet(os.Getenv("SERVICE_KEYS_FILE"))
	if err != nil {
		return auth.Config{}, err
	}
	serviceKeyID := os.Getenv("SERVICE_KEY_ID")
	serviceKey, ok := serviceKeys[serviceKeyID]
	if !ok {
		return auth.Config{}, fmt.Errorf("SERVICE_KEYS_FILE has no key %q", serviceKeyID)
	}
	return auth.Config{
		Issuer:        envOr("TOKEN_ISSUER", "notes-api"),
		Audience:      envOr("TOKEN_AUDIENCE", "notes-api"),
		SessionSecret: secret,
		SessionTTL:    time.Hour,
		IdPIssuer:     os.Getenv("IDP_ISSUER"),
		IdPKeys:       idpKeys,
		ServiceIssuer: envOr("SERVICE_ISSUER", "deploy-pipeline"),
		ServiceKeyID:  serviceKeyID,
		ServiceKey:    serviceKey,
	}, nil
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}
