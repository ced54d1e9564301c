package sqlfix

import "testing"

// TestClassify: where an operand pasted between prefix and suffix sits.
func TestClassify(t *testing.T) {
	for _, c := range []struct {
		prefix, suffix string
		kind           posKind
		quoted         bool
		where          string
	}{
		{"SELECT * FROM t WHERE a = '", "'", posValue, true, ""},
		{"SELECT * FROM t WHERE a = ", "", posValue, false, ""},
		{"SELECT * FROM t WHERE a = ", " AND b = 1", posValue, false, ""},
		{"SELECT * FROM t WHERE a LIKE '", "' ESCAPE '!'", posValue, true, ""},
		{"SELECT * FROM t WHERE a BETWEEN ", " AND 5", posValue, false, ""},
		{"SELECT * FROM t WHERE a BETWEEN 1 AND ", "", posValue, false, ""},
		{"INSERT INTO t (a, b) VALUES ('x', '", "')", posValue, true, ""},
		{"INSERT INTO t (a) VALUES (1), (", ")", posValue, false, ""},
		{"UPDATE t SET a = '", "' WHERE id = $1", posValue, true, ""},
		{"SELECT * FROM t WHERE lower(a) = lower('", "')", posValue, true, ""},
		{"name = '", "'", posValue, true, ""},

		{"SELECT * FROM t ORDER BY ", "", posName, false, "a name after ORDER BY"},
		{"SELECT * FROM t ORDER BY a, ", " DESC", posName, false, "a name in ORDER BY"},
		{"SELECT * FROM t ORDER BY a ", "", posName, false, "a name in ORDER BY"},
		{"SELECT * FROM t GROUP BY ", "", posName, false, "a name after GROUP BY"},
		{"SELECT * FROM ", " WHERE a = 1", posName, false, "a name after FROM"},
		{"SELECT a FROM t JOIN ", " ON t.id = u.id", posName, false, "a name after JOIN"},
		{"INSERT INTO ", " (a) VALUES ($1)", posName, false, "a name after INTO"},
		{"INSERT INTO t (", ") VALUES ($1)", posName, false, "a name in INTO"},
		{"UPDATE ", " SET a = 1", posName, false, "a name after UPDATE"},
		{"UPDATE t SET ", " = $1", posName, false, "a name after SET"},
		{"UPDATE t SET a = 1, ", " = $1", posName, false, "a column name in SET"},
		{"SELECT ", " FROM t", posName, false, "a name after SELECT"},
		{"SELECT a, ", " FROM t", posName, false, "a name in SELECT"},
		{"SELECT * FROM ", ".users", posName, false, "part of a name"},
		{"SELECT * FROM tenant_", ".users", posName, false, "part of a name"},
		{`SELECT * FROM "`, `"`, posName, false, "a quoted name"},
		{"SELECT * FROM t WHERE ", " = $1", posName, false, "a column name after WHERE"},
		{"SELECT * FROM t ORDER BY '", "'", posName, true, "a name after ORDER BY"},
		{"SELECT * FROM t WHERE id IN (", ")", posInList, false, "an IN list"},
		{"SELECT * FROM t WHERE id IN ('", "')", posInList, true, "an IN list"},
		{"SELECT * FROM t WHERE id IN (1, ", ")", posInList, false, "an IN list"},
		{"SELECT * FROM t LIMIT ", "", posLimit, false, "the count after LIMIT"},
		{"SELECT * FROM t LIMIT 10 OFFSET ", "", posLimit, false, "the count after OFFSET"},

		{"SELECT * FROM t WHERE ", "", posOther, false, ""},
		{"SELECT * FROM t WHERE a = 1 AND ", "", posOther, false, ""},
		{"SELECT * FROM t WHERE a LIKE '%", "%'", posOther, false, ""},
		{"SELECT * FROM t WHERE a = E'", "'", posOther, false, ""},
		{"SELECT * FROM t WHERE a = '", "''s'", posOther, false, ""},
		{"SELECT * FROM t WHERE a = '", "'b", posOther, false, ""},
		{"SELECT * FROM t -- ", "", posOther, false, ""},
		{"SELECT * FROM t WHERE a = $$", "$$", posOther, false, ""},
		{"SELECT * FROM a JOIN b ON a.x = ", "", posOther, false, ""},
		{"", " WHERE a = 1", posOther, false, ""},
	} {
		got := classify(c.prefix, c.suffix, true)
		if got.kind != c.kind || got.quoted != c.quoted || got.where != c.where {
			t.Errorf("classify(%q, %q) = %+v, want kind %d quoted %v where %q", c.prefix, c.suffix, got, c.kind, c.quoted, c.where)
		}
	}
	if got := classify("SELECT * FROM t WHERE a = ", "", false); got.kind != posOther {
		t.Errorf("unknown text after the operand: %+v, want posOther", got)
	}
}

// TestScanPlaceholders: ? and $n outside literals and comments.
func TestScanPlaceholders(t *testing.T) {
	sc := scanSQL("SELECT '?', \"a?\" FROM t WHERE a = ? AND b = $3 -- c?\n AND d = ?")
	if sc.qmarks != 2 || !sc.qmarkInText || sc.maxDollar != 3 || sc.mode != inCode {
		t.Errorf("scan: qmarks %d, in text %v, max $ %d, mode %d; want 2, true, 3, code", sc.qmarks, sc.qmarkInText, sc.maxDollar, sc.mode)
	}
	if sc := scanSQL(`SELECT 'it\'s'`); !sc.backslash {
		t.Errorf("a backslash in a literal is not noticed")
	}
}

// TestParseFormat: verbs split one to one; indexed and * verbs refused.
func TestParseFormat(t *testing.T) {
	ps, ok := parseFormat("a = '%s' AND b LIKE '100%%' LIMIT %05d")
	if !ok || len(ps) != 4 || ps[1].text != "%s" || ps[2].text != "' AND b LIKE '100%' LIMIT " || ps[3].text != "%05d" {
		t.Errorf("parseFormat = %+v, %v", ps, ok)
	}
	for _, f := range []string{"%[1]s", "%*d", "%"} {
		if _, ok := parseFormat(f); ok {
			t.Errorf("parseFormat(%q) accepted", f)
		}
	}
}
