#!/usr/bin/env bash
# The Charts part with 24 h of 1 s points for every series of an AstroLink 4 USB: redraw time of the whole day
# per view, zoomed windows and pan steps, and the heap. Runs under Xvfb. Prints numbers only; see
# docs/performance.md.
set -euo pipefail
. "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
"$ROOT/releng/scripts/ensure-system-packages.sh"
xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -B verify -Dtest=ChartRedrawBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DfailIfNoTests=false "-Dtycho.testArgLine=-Dopenjolo.benchmark=true -Xmx1g" -pl tests/org.openjolo.charts.ui.tests -am 2>&1 \
    | grep -E "^BENCHMARK|BUILD" | sed 's/^BENCHMARK //'
