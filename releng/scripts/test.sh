#!/usr/bin/env bash
# Runs the whole test suite: every test bundle (unit, simulator over pseudo-terminals, the maker's INDI driver
# against the simulated mini, UI under Xvfb), the checks of the Linux, Windows and macOS product archives
# (releng/org.openjolo.product.tests) and the API baseline check (releng/org.openjolo.api.tests), then starts
# the built Linux product on a simulated device and checks that telemetry arrives, then builds the example
# third-party plugin and installs it from its own p2 site into a copy of the product (p2 director) and through
# the Install Device Plugins dialog. "install", not "verify":
# the dialog's test runs again on its own then, and resolves the main build from the local Maven repository.
# Ends with one line:
# "tests: N passed, N failed, N skipped".
set -uo pipefail
. "$(dirname "$0")/common.sh"
"$ROOT/releng/scripts/ensure-system-packages.sh" || exit 1
LOG="$(mktemp)"
cd "$ROOT"
if [ -n "${DISPLAY:-}" ]; then
    ./mvnw -B clean install 2>&1 | tee "$LOG"
else
    xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -B clean install 2>&1 | tee "$LOG"
fi
build=${PIPESTATUS[0]}
# module totals are the "Tests run" lines without a class name
read -r run failed skipped < <(grep -E '^(\[(INFO|ERROR|WARNING)\] )?Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$LOG" |
    sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+)/\1 \2 \3 \4/' |
    awk '{r+=$1; f+=$2+$3; s+=$4} END {print r+0, f+0, s+0}')
rm -f "$LOG"
smoke=1
plugin=1
if [ "$build" -eq 0 ]; then
    "$ROOT/releng/scripts/product-smoke.sh" && smoke=0
    "$ROOT/releng/scripts/plugin-install-test.sh" && plugin=0
fi
run=$((run + 2))
failed=$((failed + smoke + plugin))
echo "tests: $((run - failed - skipped)) passed, $failed failed, $skipped skipped"
[ "$build" -eq 0 ] && [ "$smoke" -eq 0 ] && [ "$plugin" -eq 0 ]
