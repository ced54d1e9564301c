package jwtverify_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtverify"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

func TestUnverified(t *testing.T) {
	checktest.Run(t, jwtverify.Analyzer, "jwtverify/unverified")
}

func TestDropped(t *testing.T) {
	checktest.Run(t, jwtverify.Analyzer, "jwtverify/dropped")
}

func TestErrorOrder(t *testing.T) {
	checktest.Run(t, jwtverify.Analyzer, "jwtverify/errorder")
}

func TestPartial(t *testing.T) {
	checktest.Run(t, jwtverify.Analyzer, "jwtverify/partial")
}

func TestKeyfunc(t *testing.T) {
	checktest.Run(t, jwtverify.Analyzer, "jwtverify/keyfunc")
}

func TestV3Line(t *testing.T) {
	checktest.Run(t, jwtverify.Analyzer, "jwtverify/v3line")
}

func TestWrappers(t *testing.T) {
	checktest.Run(t, jwtverify.Analyzer, "jwtverify/wrappers")
}
