#!/usr/bin/env bash
# Starts the materialized product (through its start script, as a user would) with a simulated AstroLink 4
# USB under Xvfb, waits for the first telemetry, runs the manual's script examples through the openjolo-alpaca
# command line client against its Alpaca server, saves a screenshot, and stops it. Prints the start-up time.
# Usage: product-smoke.sh [screenshot.png]
set -uo pipefail
. "$(dirname "$0")/common.sh"
SHOT="${1:-$ROOT/releng/org.openjolo.repository/target/product-smoke.png}"
WS="$(mktemp -d)"
LOG="$WS/product.log"
alpaca_instance "$WS/instance"
cat > "$WS/session.sh" <<SESSION
"$PRODUCT/openjolo" -consoleLog -data "$WS/instance" -simulate astrolink4 > "$LOG" 2>&1 &
pid=\$!
for i in \$(seq 1 120); do
    grep -q "First telemetry" "$LOG" && break
    kill -0 \$pid 2>/dev/null || break
    sleep 0.5
done
sleep 2
A="$PRODUCT/openjolo-alpaca --port $APORT"
{ \$A move 3455 && \$A dc 1 on && \$A dc 2 on && \$A pwm 1 30 && \$A pwm 2 18 && \$A tempcomp on && \$A compensate 20 && \$A tempcomp off && \$A position && \$A safe; } \
    > "$WS/alpaca.out" 2>&1 || echo "FAILED" >> "$WS/alpaca.out"
command -v import >/dev/null && import -window root "$SHOT"
kill -0 \$pid 2>/dev/null && alive=yes || alive=no
kill \$pid 2>/dev/null; wait \$pid 2>/dev/null
echo "\$alive" > "$WS/alive"
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" bash "$WS/session.sh"
expected=$'at 3455\nnot more than 20 steps pending: nothing applied\n3455\ntrue'
if grep -q "First telemetry" "$LOG" && [ "$(cat "$WS/alive")" = yes ] && [ "$(cat "$WS/alpaca.out")" = "$expected" ]; then
    echo "product smoke test passed: $(grep -o 'First telemetry.*' "$LOG" | head -n 1); openjolo-alpaca moved the focuser to 3455"
    rm -rf "$WS"
    exit 0
fi
echo "product smoke test FAILED: no telemetry on screen, the workbench exited, or the Alpaca client failed." >&2
echo "openjolo-alpaca said:" >&2
cat "$WS/alpaca.out" >&2
echo "The workbench's log:" >&2
cat "$LOG" >&2
rm -rf "$WS"
exit 1
