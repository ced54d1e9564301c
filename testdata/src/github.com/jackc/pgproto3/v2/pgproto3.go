// Package pgproto3 is a minimal hand-written stub of
// github.com/jackc/pgproto3/v2: only what pgconn and pgx v4 signatures use.
package pgproto3

type FieldDescription struct {
	Name                 []byte
	TableOID             uint32
	TableAttributeNumber uint16
	DataTypeOID          uint32
	DataTypeSize         int16
	TypeModifier         int32
	Format               int16
}

func (fd FieldDescription) MarshalJSON() ([]byte, error) { panic("stub") }
