#!/usr/bin/env bash
# Alpaca GET throughput and p50/p99 latency on loopback with 1-16 keep-alive clients from a load process of its own,
# against a bare JDK HTTP server answering a fixed JSON in the same run (the ratio is the figure), and the simulated
# device's refresh rate meanwhile (paced at 38400 baud on a pseudo-terminal). Prints numbers only; see
# docs/performance.md.
set -euo pipefail
. "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
./mvnw -B verify -DskipTests=false -Dtest=AlpacaLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DfailIfNoTests=false -pl tests/org.openjolo.alpaca.tests -am 2>&1 | grep -E "^alpaca |BUILD"
