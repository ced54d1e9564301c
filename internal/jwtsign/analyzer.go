package jwtsign

import (
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Analyzer finds the keys and signed claims of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "jwtlintsign",
	Doc:        "recognise JWT creation: signing and verification keys, signed claims and their expiry",
	URL:        "https://github.com/jwtlint/jwtlint/blob/main/docs/design.md",
	Run:        runAnalyzer,
	Requires:   []*analysis.Analyzer{ssaprog.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes: []analysis.Fact{new(KeyFact), new(KeyParamFact), new(KeyFieldFact), new(ClaimsFact),
		new(ClaimsParamFact)},
	RunDespiteErrors: true,
}

// Result lists what the package does wrong or right when it creates tokens.
type Result struct {
	// Keys are the weak or hardcoded keys found, one per origin and use.
	Keys []*Key
	// Nones are signing calls producing unsigned (alg "none") tokens.
	Nones []*None
	// Signs are the signing calls whose claims could be judged.
	Signs []*Sign
	// Err is set when the analysis failed on this package.
	Err error
}

// KeyKind says what is wrong with a key.
type KeyKind int

const (
	// KeyLiteral: the key is a literal written in the program.
	KeyLiteral KeyKind = iota + 1
	// KeyShortRandom: random bytes, fewer than MinKeyBytes.
	KeyShortRandom
)

// MinKeyBytes is the shortest HMAC key jwtkey accepts: the output size of
// SHA-256, what RFC 7518 section 3.2 requires for HS256.
const MinKeyBytes = 32

// Key is one weak key at one use.
type Key struct {
	Kind KeyKind
	// Fallback: the literal is used when a configured value (environment,
	// configuration, parameter) is missing.
	Fallback bool
	Len      int // bytes; -1 when not known
	// Pos, End locate the literal or the allocation in this package;
	// Pos is NoPos when it is declared in another package.
	Pos, End token.Pos
	// Name and Where describe a key declared in another package
	// ("config.Secret", "config.go:12"); DeclPos is its declaration.
	Name, Where string
	DeclPos     token.Pos
	// Use is the call or struct field taking the key; Subject names the
	// key there ("the HMAC key of (*jwt.Token).SignedString").
	Use, UseEnd token.Pos
	Subject     string
	Verify      bool
}

// None is a signing call that signs with alg "none".
type None struct {
	Pos, End token.Pos
	API      string
	How      string // what asks for it, e.g. "jwt.UnsafeAllowNoneSignatureType"
}

// Sign is a signing call and what its claims say about expiry.
type Sign struct {
	Pos, End token.Pos
	API      string
	// Missing: on some path the claims set no exp; All: on every path.
	Missing, All bool
	// Life is the longest constant lifetime among the paths that set exp
	// (LifeKnown), and LifePos where that expiry is computed.
	Life      time.Duration
	LifeKnown bool
	LifePos   token.Pos
	// Origin names the function that built the claims, when another.
	Origin string
}

func runAnalyzer(pass *analysis.Pass) (any, error) {
	res := &Result{}
	func() {
		defer finding.Recover("jwtsign", pass, &res.Err)
		res.Err = analyze(pass, res)
	}()
	return res, nil
}

// relevant: every package of the modules being linted, whatever it
// imports (a configuration package holding the key imports no JWT
// library), and no versioned dependency, standard package or modelled
// library.
func relevant(pass *analysis.Pass) bool {
	if pass.Pkg == nil || libmodel.IsLibraryPackage(pass.Pkg.Path()) || libmodel.IsStdPath(pass.Pkg.Path()) {
		return false
	}
	return pass.Module == nil || pass.Module.Version == ""
}

func analyze(pass *analysis.Pass, res *Result) error {
	if !relevant(pass) {
		return nil
	}
	finding.Inject("jwtsign")
	prog, err := pass.ResultOf[ssaprog.Analyzer].(*ssaprog.Lazy).Get()
	if err != nil || prog == nil {
		return err
	}
	r := newRun(pass, prog)
	r.findKeys()
	r.findSigns()
	r.exportFacts()
	res.Keys, res.Nones, res.Signs = r.keys, r.nones, r.signs
	sort.SliceStable(res.Keys, func(i, j int) bool { return res.Keys[i].Use < res.Keys[j].Use })
	sort.SliceStable(res.Signs, func(i, j int) bool { return res.Signs[i].Pos < res.Signs[j].Pos })
	return nil
}

// run holds the state of one package's analysis.
type run struct {
	pass *analysis.Pass
	prog *ssaprog.Program
	idx  *index

	keyMemo   map[memoKey]keyVal
	keyBusy   map[memoKey]bool
	funcKeys  map[*ssa.Function][]keyVal
	funcBusy  map[*ssa.Function]bool
	litMemo   map[litKey]origin
	keyParams map[*ssa.Function]map[int]paramUse
	// keyFieldUses are this package's exported fields used as keys.
	keyFieldUses map[*types.Var]paramUse
	expFuncs     map[*ssa.Function][]exp
	expBusy      map[*ssa.Function]bool
	timeFuncs    map[*ssa.Function][]tval
	timeBusy     map[*ssa.Function]bool
	expParams    map[*ssa.Function]map[int]signParam
	keys         []*Key
	nones        []*None
	signs        []*Sign
	reported     map[keyReport]bool
	signedSeen   map[token.Pos]bool
}

func newRun(pass *analysis.Pass, prog *ssaprog.Program) *run {
	return &run{
		pass: pass, prog: prog, idx: newIndex(pass, prog),
		keyMemo: map[memoKey]keyVal{}, keyBusy: map[memoKey]bool{},
		funcKeys: map[*ssa.Function][]keyVal{}, funcBusy: map[*ssa.Function]bool{},
		litMemo: map[litKey]origin{}, keyParams: map[*ssa.Function]map[int]paramUse{},
		keyFieldUses: map[*types.Var]paramUse{},
		expFuncs:     map[*ssa.Function][]exp{}, expBusy: map[*ssa.Function]bool{},
		timeFuncs: map[*ssa.Function][]tval{}, timeBusy: map[*ssa.Function]bool{},
		expParams: map[*ssa.Function]map[int]signParam{},
		reported:  map[keyReport]bool{}, signedSeen: map[token.Pos]bool{},
	}
}
