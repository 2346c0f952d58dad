#!/usr/bin/env bash
# Starts the materialized product (through its start script, as a user would) with a simulated AstroLink 4
# USB under Xvfb, waits for the first telemetry, saves a screenshot, and stops it. Prints the start-up time.
# Usage: product-smoke.sh [screenshot.png]
set -uo pipefail
. "$(dirname "$0")/common.sh"
SHOT="${1:-$ROOT/releng/org.openjolo.repository/target/product-smoke.png}"
WS="$(mktemp -d)"
LOG="$WS/product.log"
cat > "$WS/session.sh" <<SESSION
"$PRODUCT/openjolo" -consoleLog -data "$WS/instance" -simulate astrolink4 > "$LOG" 2>&1 &
pid=\$!
for i in \$(seq 1 120); do
    grep -q "First telemetry" "$LOG" && break
    kill -0 \$pid 2>/dev/null || break
    sleep 0.5
done
sleep 2
command -v import >/dev/null && import -window root "$SHOT"
kill -0 \$pid 2>/dev/null && alive=yes || alive=no
kill \$pid 2>/dev/null; wait \$pid 2>/dev/null
echo "\$alive" > "$WS/alive"
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" bash "$WS/session.sh"
if grep -q "First telemetry" "$LOG" && [ "$(cat "$WS/alive")" = yes ]; then
    echo "product smoke test passed: $(grep -o 'First telemetry.*' "$LOG" | head -n 1)"
    rm -rf "$WS"
    exit 0
fi
echo "product smoke test FAILED: no telemetry on screen, or the workbench exited. Its log:" >&2
cat "$LOG" >&2
rm -rf "$WS"
exit 1
