#!/usr/bin/env bash
# Product start to first telemetry on screen, cold and warm: unpacks the built Linux product into a fresh folder
# (no OSGi cache, no settings: cold), starts it with a simulated AstroLink 4 USB under Xvfb and reads the
# workbench's own log line "First telemetry on screen N ms after the JVM started"; then starts the same
# installation again (warm: OSGi cache and settings in place). Prints numbers only; see docs/performance.md.
# Usage: startup.sh [warm runs]   (default 3). Build first: ./mvnw -B -o install -DskipTests
set -uo pipefail
. "$(dirname "$0")/../scripts/common.sh"
runs="${1:-3}"
ARCHIVE="$ROOT/releng/org.openjolo.repository/target/products/org.openjolo.product-linux.gtk.x86_64.tar.gz"
[ -f "$ARCHIVE" ] || { echo "No product archive at $ARCHIVE: build first (./mvnw -B install -DskipTests)" >&2; exit 1; }
WS="$(mktemp -d)"
tar -xzf "$ARCHIVE" -C "$WS"
APP="$(dirname "$(find "$WS" -name openjolo -type f -perm -u+x | head -n 1)")"
start_once() {
    local log="$WS/run.log"
    cat > "$WS/session.sh" <<SESSION
"$APP/openjolo" -consoleLog -data "$WS/data" -simulate astrolink4 > "$log" 2>&1 &
pid=\$!
for i in \$(seq 1 240); do
    grep -q "First telemetry on screen" "$log" && break
    kill -0 \$pid 2>/dev/null || break
    sleep 0.25
done
kill \$pid 2>/dev/null; wait \$pid 2>/dev/null
SESSION
    xvfb-run -a -s "-screen 0 1280x800x24" bash "$WS/session.sh"
    local arrived shown
    arrived=$(grep -o "First telemetry from .* [0-9,]* ms after" "$log" | grep -o "[0-9,]* ms" | tr -d ', ms' | head -n 1)
    shown=$(grep -o "First telemetry on screen [0-9,]* ms" "$log" | grep -o "[0-9,]*" | tr -d ',' | tail -n 1)
    echo "startup $1: telemetry arrived ${arrived:-?} ms, on screen ${shown:-?} ms after the JVM started"
}
start_once "cold (fresh unpack, no cache)"
for i in $(seq 1 "$runs"); do
    start_once "warm $i"
done
rm -rf "$WS"
