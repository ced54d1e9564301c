// Package realmods pins the real versions of every library that has a stub
// under testdata/src. It is never built by jwtlint itself: the stub fidelity
// test in internal/stubtest loads these packages and compares them with the
// stubs. Every stub package is blank-imported here except
// github.com/uptrace/bun/internal, which the go command does not let another
// module import (the test still loads and compares it).
package realmods

import (
	_ "github.com/Masterminds/squirrel"
	_ "github.com/MicahParks/jwkset"
	_ "github.com/MicahParks/keyfunc"
	_ "github.com/MicahParks/keyfunc/v2"
	_ "github.com/MicahParks/keyfunc/v3"
	_ "github.com/cockroachdb/cockroach-go/v2/crdb"
	_ "github.com/cockroachdb/cockroach-go/v2/crdb/crdbpgx"
	_ "github.com/cockroachdb/cockroach-go/v2/crdb/crdbpgxv5"
	_ "github.com/dgrijalva/jwt-go"
	_ "github.com/dgrijalva/jwt-go/request"
	_ "github.com/form3tech-oss/jwt-go"
	_ "github.com/form3tech-oss/jwt-go/request"
	_ "github.com/golang-jwt/jwt"
	_ "github.com/golang-jwt/jwt/request"
	_ "github.com/golang-jwt/jwt/v4"
	_ "github.com/golang-jwt/jwt/v4/request"
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/golang-jwt/jwt/v5/request"
	_ "github.com/google/uuid"
	_ "github.com/jackc/pgconn"
	_ "github.com/jackc/pgproto3/v2"
	_ "github.com/jackc/pgx/v4"
	_ "github.com/jackc/pgx/v4/pgxpool"
	_ "github.com/jackc/pgx/v4/stdlib"
	_ "github.com/jackc/pgx/v5"
	_ "github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/pgtype"
	_ "github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/jmoiron/sqlx"
	_ "github.com/jmoiron/sqlx/reflectx"
	_ "github.com/lib/pq"
	_ "github.com/uptrace/bun"
	_ "github.com/uptrace/bun/dialect"
	_ "github.com/uptrace/bun/dialect/feature"
	_ "github.com/uptrace/bun/schema"
	_ "gorm.io/gorm"
	_ "gorm.io/gorm/clause"
	_ "gorm.io/gorm/schema"
)
