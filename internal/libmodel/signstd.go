package libmodel

import (
	"go/types"
	"time"
)

// Standard-library knowledge for token creation: which calls fill a key
// buffer with secure random bytes, which return one of their arguments,
// and how time arithmetic computes an expiry.

// RandomFill is a call that fills a buffer with random bytes.
type RandomFill struct {
	Buf int // the buffer argument
	// Reader is the argument that must be crypto/rand.Reader for the bytes
	// to be secure (io.ReadFull(rand.Reader, b)); -1 when the call itself
	// is secure.
	Reader int
	// ReaderRecv: the receiver must be crypto/rand.Reader (rand.Reader.Read(b)).
	ReaderRecv bool
}

var randomFills = map[string]RandomFill{
	funcName("crypto/rand", "Read"):    {Buf: 0, Reader: -1},
	funcName("io", "ReadFull"):         {Buf: 1, Reader: 0},
	funcName("io", "ReadAtLeast"):      {Buf: 1, Reader: 0},
	methodName("io", "Reader", "Read"): {Buf: 0, Reader: -1, ReaderRecv: true},
}

// RandomFillOf returns the model of a call filling a buffer with random bytes.
func RandomFillOf(fn *types.Func) (RandomFill, bool) {
	r, ok := randomFills[FuncKey(fn)]
	return r, ok
}

// IsSecureRandomReader reports whether v is crypto/rand.Reader.
func IsSecureRandomReader(v *types.Var) bool {
	return v != nil && v.Pkg() != nil && v.Pkg().Path() == "crypto/rand" && v.Name() == "Reader" && v.Parent() == v.Pkg().Scope()
}

// coalescers return one of their arguments (the first non-zero one):
// every argument is a possible result.
var coalescers = map[string]bool{
	funcName("cmp", "Or"): true,
}

// Coalesces reports whether a call of fn returns one of its arguments.
func Coalesces(fn *types.Func) bool { return coalescers[FuncKey(fn)] }

// TimeOp is what a time function computes.
type TimeOp int

const (
	// TimeNow: the current time.
	TimeNow TimeOp = iota + 1
	// TimeAdd: the receiver plus the duration argument 0.
	TimeAdd
	// TimeAddDate: the receiver plus years, months, days (arguments 0-2).
	TimeAddDate
	// TimeSame: the receiver's instant (UTC, Local, Round, Truncate, In).
	TimeSame
	// TimeToInt: the receiver as an integer count of Unit since the epoch.
	TimeToInt
	// TimeFromInt: argument 0 counts Unit since the epoch.
	TimeFromInt
)

// TimeFunc models one function of package time.
type TimeFunc struct {
	Op   TimeOp
	Unit time.Duration // TimeToInt, TimeFromInt
}

var timeFuncs = map[string]TimeFunc{
	funcName("time", "Now"):                 {Op: TimeNow},
	methodName("time", "Time", "Add"):       {Op: TimeAdd},
	methodName("time", "Time", "AddDate"):   {Op: TimeAddDate},
	methodName("time", "Time", "UTC"):       {Op: TimeSame},
	methodName("time", "Time", "Local"):     {Op: TimeSame},
	methodName("time", "Time", "Round"):     {Op: TimeSame},
	methodName("time", "Time", "Truncate"):  {Op: TimeSame},
	methodName("time", "Time", "In"):        {Op: TimeSame},
	methodName("time", "Time", "Unix"):      {Op: TimeToInt, Unit: time.Second},
	methodName("time", "Time", "UnixMilli"): {Op: TimeToInt, Unit: time.Millisecond},
	methodName("time", "Time", "UnixMicro"): {Op: TimeToInt, Unit: time.Microsecond},
	methodName("time", "Time", "UnixNano"):  {Op: TimeToInt, Unit: time.Nanosecond},
	funcName("time", "Unix"):                {Op: TimeFromInt, Unit: time.Second},
	funcName("time", "UnixMilli"):           {Op: TimeFromInt, Unit: time.Millisecond},
	funcName("time", "UnixMicro"):           {Op: TimeFromInt, Unit: time.Microsecond},
}

// TimeFuncOf returns the model of a function of package time.
func TimeFuncOf(fn *types.Func) (TimeFunc, bool) {
	t, ok := timeFuncs[FuncKey(fn)]
	return t, ok
}

// IsTimeType reports whether t is time.Time.
func IsTimeType(t types.Type) bool { return NamedType(t, "time", "Time") && !isPointer(t) }

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}
