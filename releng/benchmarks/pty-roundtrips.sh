#!/usr/bin/env bash
# Status round trips per second over a pseudo-terminal through jSerialComm, paced at 38400 baud and unpaced,
# against the wire limit. Prints numbers only; see docs/performance.md.
set -euo pipefail
. "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
./mvnw -B verify -DskipTests=false -Dtest=PtyRoundTripBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DfailIfNoTests=false -pl tests/org.openjolo.astrolink4.tests -am 2>&1 | grep -E "round trip|BUILD"
