package jwtsign

import (
	"fmt"
	"go/types"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/ssa"
)

// FactOrigin is an origin of key material as it travels between packages.
type FactOrigin struct {
	Kind  int // oLiteral, oRandom, oParam
	Len   int
	Name  string // the declaration holding it: "config.Secret", "config.Config.Secret"
	Where string // "config.go:12"
	// Param: oParam is this parameter of the function (receiver first).
	Param int
	// LenParam: oRandom whose length is this parameter (-1: Len).
	LenParam int
}

// KeyFact says what key material a package-level variable, a struct field
// (all the stores the declaring package makes into it) or each result of a
// function holds: hardcoded literals, literal fallbacks of configured
// values, random buffers of known length, or the function's parameters.
type KeyFact struct {
	Results []KeyValFact // one for a variable or field
}

// KeyValFact is a keyVal across packages.
type KeyValFact struct {
	Origins []FactOrigin
	Other   bool
}

func (*KeyFact) AFact() {}

func (f *KeyFact) String() string {
	var parts []string
	for _, r := range f.Results {
		var os []string
		for _, o := range r.Origins {
			switch o.Kind {
			case int(oLiteral):
				os = append(os, fmt.Sprintf("literal(%d)", o.Len))
			case int(oRandom):
				if o.LenParam >= 0 {
					os = append(os, fmt.Sprintf("random(param %d)", o.LenParam))
				} else {
					os = append(os, fmt.Sprintf("random(%d)", o.Len))
				}
			case int(oParam):
				os = append(os, fmt.Sprintf("param(%d)", o.Param))
			}
		}
		if r.Other {
			os = append(os, "other")
		}
		parts = append(parts, strings.Join(os, "|"))
	}
	return "key(" + strings.Join(parts, ", ") + ")"
}

// KeyParamFact lists the parameters a function uses as keys: its callers
// are judged (a constructor storing its secret parameter in the struct
// whose methods sign with it).
type KeyParamFact struct {
	Params []int
	API    string // the use inside, for messages
	Verify bool
}

func (*KeyParamFact) AFact() {}

func (f *KeyParamFact) String() string { return fmt.Sprintf("keyparams(%v)", f.Params) }

// KeyFieldFact marks an exported struct field the package uses as a key:
// importers storing into it are judged (a library's configuration struct).
type KeyFieldFact struct {
	API    string
	Verify bool
}

func (*KeyFieldFact) AFact() {}

func (f *KeyFieldFact) String() string { return "keyfield(" + f.API + ")" }

// ClaimsFact says, per result, whether the claims (or token, or builder)
// a function returns set an expiry: on every path, with which longest
// constant lifetime, or which parameters' claims they are.
type ClaimsFact struct {
	Results []ExpFact
}

// ExpFact is an exp across packages.
type ExpFact struct {
	Missing, Set, Unknown bool
	Life                  time.Duration
	LifeKnown             bool
	Params                []int
	TimeParams            []SignParamFact
	Origin                string
}

func (*ClaimsFact) AFact() {}

func (f *ClaimsFact) String() string {
	var parts []string
	for _, e := range f.Results {
		var s []string
		if e.Missing {
			s = append(s, "no-exp")
		}
		if e.Set {
			s = append(s, "exp")
		}
		if e.LifeKnown {
			s = append(s, "life="+e.Life.String())
		}
		if e.Unknown {
			s = append(s, "unknown")
		}
		if len(e.Params) > 0 {
			s = append(s, fmt.Sprintf("params%v", e.Params))
		}
		for _, p := range e.TimeParams {
			if p.Dur {
				s = append(s, fmt.Sprintf("exp=now+param%d+%s", p.Param, p.D))
			} else {
				s = append(s, fmt.Sprintf("exp=param%d+%s", p.Param, p.D))
			}
		}
		parts = append(parts, strings.Join(s, " "))
	}
	return "claims(" + strings.Join(parts, ", ") + ")"
}

// ClaimsParamFact lists the parameters whose claims (or token, or expiry)
// a function signs: its callers are judged.
type ClaimsParamFact struct {
	Params []SignParamFact
	API    string
}

// SignParamFact is one signed parameter: its claims, or (Time) the expiry
// it holds plus D.
type SignParamFact struct {
	Param int
	Time  bool
	D     time.Duration
	Dur   bool // the parameter is a duration: exp = now + it + D
}

func (*ClaimsParamFact) AFact() {}

func (f *ClaimsParamFact) String() string {
	var parts []string
	for _, p := range f.Params {
		if p.Time && p.Dur {
			parts = append(parts, fmt.Sprintf("exp=now+param%d+%s", p.Param, p.D))
		} else if p.Time {
			parts = append(parts, fmt.Sprintf("exp=param%d+%s", p.Param, p.D))
		} else {
			parts = append(parts, fmt.Sprintf("claims=param%d", p.Param))
		}
	}
	return "signs(" + strings.Join(parts, " ") + ")"
}

// importedVarKey reads the fact of a variable or field of another package.
func (r *run) importedVarKey(obj *types.Var) keyVal {
	var f KeyFact
	if !r.pass.ImportObjectFact(obj, &f) || len(f.Results) == 0 {
		return otherKey
	}
	return r.fromFact(f.Results[0], obj)
}

// importedFuncKey reads result i of the fact of a function of another package.
func (r *run) importedFuncKey(fn *types.Func, i int) (keyVal, bool) {
	var f KeyFact
	if !r.pass.ImportObjectFact(fn, &f) || i >= len(f.Results) {
		return keyVal{}, false
	}
	return r.fromFact(f.Results[i], fn), true
}

func (r *run) fromFact(kf KeyValFact, obj types.Object) keyVal {
	kv := keyVal{other: kf.Other}
	for _, o := range kf.Origins {
		kv.addOrigin(origin{kind: originKind(o.Kind), n: o.Len, name: o.Name, where: o.Where, decl: obj.Pos(), param: o.Param, lenParam: o.LenParam})
	}
	return kv
}

// toFact keeps what an importer can use: literals and random buffers
// (named by the declaration holding them) and, for a function, its own
// parameters.
func (r *run) toFact(kv keyVal, name string, fn *ssa.Function) (KeyValFact, bool) {
	out := KeyValFact{Other: kv.other}
	useful := false
	for _, o := range kv.origins {
		fo := FactOrigin{Kind: int(o.kind), Len: o.n, Name: o.name, Where: o.where, Param: -1, LenParam: -1}
		if fo.Name == "" {
			fo.Name = name
		}
		if fo.Where == "" {
			fo.Where = r.where(o.pos)
		}
		switch o.kind {
		case oLiteral:
		case oRandom:
			if o.lenParam >= 0 {
				if fn == nil || o.fn != fn {
					continue
				}
				fo.LenParam = o.lenParam
			}
		case oParam:
			if fn == nil || o.fn != fn {
				out.Other = true
				continue
			}
			fo.Param = o.param
		default:
			continue
		}
		useful = true
		out.Origins = append(out.Origins, fo)
	}
	return out, useful
}

// exportFacts exports the summaries importers may need: key material held
// by exported variables, fields and function results; parameters used as
// keys or signed as claims; the expiry of returned claims.
func (r *run) exportFacts() {
	pkg := r.pass.Pkg
	scope := pkg.Scope()
	names := scope.Names()
	for _, name := range names {
		switch obj := scope.Lookup(name).(type) {
		case *types.Var:
			if !obj.Exported() || !keyish(obj.Type()) {
				continue
			}
			if g := r.prog.Pkg.Var(name); g != nil {
				if kf, ok := r.toFact(r.storedKey(r.idx.stores[g]), pkg.Name()+"."+name, nil); ok {
					r.pass.ExportObjectFact(obj, &KeyFact{Results: []KeyValFact{kf}})
				}
			}
		case *types.TypeName:
			st, ok := obj.Type().Underlying().(*types.Struct)
			if !ok || !obj.Exported() || obj.IsAlias() {
				continue
			}
			for i := range st.NumFields() {
				f := st.Field(i)
				// A type defined from another package's struct has that
				// package's fields: only it may carry facts on them.
				if f.Pkg() != pkg || !f.Exported() || !keyish(f.Type()) || len(r.idx.stores[f]) == 0 {
					continue
				}
				if kf, ok := r.toFact(r.storedKey(r.idx.stores[f]), pkg.Name()+"."+name+"."+f.Name(), nil); ok {
					r.pass.ExportObjectFact(f, &KeyFact{Results: []KeyValFact{kf}})
				}
			}
		}
	}
	for _, fn := range r.prog.Funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != pkg || !obj.Exported() {
			continue
		}
		r.exportFuncFacts(fn, obj)
	}
	fields := make([]*types.Var, 0, len(r.keyFieldUses))
	for f := range r.keyFieldUses {
		fields = append(fields, f)
	}
	sort.Slice(fields, func(i, j int) bool { return fields[i].Pos() < fields[j].Pos() })
	for _, f := range fields {
		u := r.keyFieldUses[f]
		r.pass.ExportObjectFact(f, &KeyFieldFact{API: u.root, Verify: u.verify})
	}
}

func (r *run) exportFuncFacts(fn *ssa.Function, obj *types.Func) {
	if ps := r.keyParams[fn]; len(ps) > 0 {
		f := &KeyParamFact{}
		for _, i := range sortedKeys(ps) {
			f.Params = append(f.Params, i)
			if f.API == "" {
				f.API, f.Verify = ps[i].root, ps[i].verify
			}
		}
		r.pass.ExportObjectFact(obj, f)
	}
	if ps := r.expParams[fn]; len(ps) > 0 {
		f := &ClaimsParamFact{}
		for _, i := range sortedKeys(ps) {
			sp := ps[i]
			f.Params = append(f.Params, SignParamFact{Param: i, Time: sp.time, D: sp.d, Dur: sp.dur})
			if f.API == "" {
				f.API = sp.api
			}
		}
		r.pass.ExportObjectFact(obj, f)
	}
	results := fn.Signature.Results()
	var keyRes []KeyValFact
	keyUseful, claimsUseful := false, false
	var claimsRes []ExpFact
	for i := range results.Len() {
		t := results.At(i).Type()
		kf := KeyValFact{Other: true}
		if keyish(t) {
			if res := r.funcKey(fn); i < len(res) {
				var ok bool
				kf, ok = r.toFact(res[i], funcDisplay(obj)+"()", fn)
				keyUseful = keyUseful || ok
			}
		}
		keyRes = append(keyRes, kf)
		ef := ExpFact{Unknown: true}
		if claimsCarrier(t) {
			if res := r.funcExp(fn); i < len(res) {
				ef = r.expToFact(res[i], fn)
				claimsUseful = claimsUseful || ef.Missing || ef.LifeKnown || len(ef.Params) > 0 || len(ef.TimeParams) > 0
			}
		}
		claimsRes = append(claimsRes, ef)
	}
	if keyUseful || claimsUseful {
		// One object holds one fact per type: both kinds may be exported.
		if keyUseful {
			r.pass.ExportObjectFact(obj, &KeyFact{Results: keyRes})
		}
		if claimsUseful {
			r.pass.ExportObjectFact(obj, &ClaimsFact{Results: claimsRes})
		}
	}
}

func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// keyish reports whether values of t can be HMAC key material: strings
// and byte slices.
func keyish(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}
