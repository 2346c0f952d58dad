#!/usr/bin/env bash
# Builds the workbench (without running the tests) and starts it with a simulated AstroLink 4 USB connected
# over a pseudo-terminal. Extra arguments go to the workbench, e.g. -connect astrolink4@/dev/ttyUSB0.
# --no-build starts the last build as it is.
set -euo pipefail
. "$(dirname "$0")/common.sh"
"$ROOT/releng/scripts/ensure-system-packages.sh"
if [ "${1:-}" = "--no-build" ]; then
    shift
else
    (cd "$ROOT" && ./mvnw -B -q -DskipTests verify)
fi
ARGS=("$@")
[ ${#ARGS[@]} -eq 0 ] && ARGS=(-simulate astrolink4)
exec "$PRODUCT/openjolo" -consoleLog "${ARGS[@]}"
