#!/usr/bin/env bash
# A night at the observatory in time lapse: three simulated devices on pseudo-terminals polled every 10 ms
# instead of 500 ms (50 times faster), with charts, CSV logs, alert rules and four Alpaca clients. Prints the
# heap after GC once per simulated hour. Usage: soak.sh [hours] [poll period ms]   (defaults: 12, 10)
# Prints numbers only; see docs/performance.md.
set -euo pipefail
. "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
hours="${1:-12}"
period="${2:-10}"
./mvnw -B verify -Dtest=SoakBenchmark -Dopenjolo.test.timeout=14400 -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
    "-Dtycho.testArgLine=-Dopenjolo.io.pollPeriodMs=$period -Dopenjolo.soak.hours=$hours" \
    -pl tests/org.openjolo.reliability.tests -am 2>&1 | grep -E "^soak |BUILD|Tests run:|FAIL"
