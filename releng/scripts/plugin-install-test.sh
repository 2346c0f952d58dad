#!/usr/bin/env bash
# The third-party plugin path end to end: builds the example plugin (examples/hobbyfocuser) against the update
# site the main build made, installs it from its own p2 site (the zip, no network) into a copy of the
# materialized product with the p2 director, starts that product with a simulated hobby focuser under Xvfb,
# moves its focuser through the Alpaca server (the generic Focuser capability at work), saves a screenshot,
# then uninstalls the plugin again. Run after the main build (test.sh does).
# Usage: plugin-install-test.sh [screenshot.png]
set -uo pipefail
. "$(dirname "$0")/common.sh"
SHOT="${1:-$ROOT/releng/org.openjolo.repository/target/plugin-installed.png}"
IU=org.example.hobbyfocuser.feature.feature.group
fail() {
    echo "plugin install test FAILED: $1" >&2
    [ -n "${2:-}" ] && [ -f "$2" ] && cat "$2" >&2
    exit 1
}
cd "$ROOT"
./mvnw -B -q -f examples/hobbyfocuser/pom.xml clean verify > /dev/null || fail "the example plugin did not build (./mvnw -f examples/hobbyfocuser/pom.xml verify)"
ZIP="$(ls "$ROOT"/examples/hobbyfocuser/site/target/org.example.hobbyfocuser.site-*.zip)"
WS="$(mktemp -d)"
COPY="$WS/openjolo"
cp -r "$PRODUCT" "$COPY"
director() {
    "$COPY/openjolo" -application org.eclipse.equinox.p2.director -consoleLog -data "$WS/director" "$@"
}
start=$(date +%s%N)
director -repository "jar:file:$ZIP!/" -installIU "$IU" > "$WS/install.log" 2>&1 || fail "the director could not install $IU" "$WS/install.log"
installed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
grep -q "^org.example.hobbyfocuser," "$COPY/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || fail "the plugin is not in bundles.info after the install" "$WS/install.log"

LOG="$WS/product.log"
alpaca_instance "$WS/instance"
cat > "$WS/session.sh" <<SESSION
"$COPY/openjolo" -consoleLog -data "$WS/instance" -simulate hobbyfocuser > "$LOG" 2>&1 &
pid=\$!
for i in \$(seq 1 120); do
    grep -q "First telemetry from Hobby focuser" "$LOG" && break
    kill -0 \$pid 2>/dev/null || break
    sleep 0.5
done
sleep 2
A="$COPY/openjolo-alpaca --port $APORT"
{ \$A move 6000 && \$A position; } > "$WS/alpaca.out" 2>&1 || echo "FAILED" >> "$WS/alpaca.out"
sleep 1
command -v import >/dev/null && import -window root "$SHOT"
kill \$pid 2>/dev/null; wait \$pid 2>/dev/null
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" bash "$WS/session.sh"
grep -q "First telemetry from Hobby focuser" "$LOG" || fail "the installed family did not connect its simulated device" "$LOG"
[ "$(cat "$WS/alpaca.out")" = $'at 6000\n6000' ] || fail "the hobby focuser did not move to 6000 through Alpaca: $(cat "$WS/alpaca.out")" "$LOG"

director -uninstallIU "$IU" > "$WS/uninstall.log" 2>&1 || fail "the director could not uninstall $IU" "$WS/uninstall.log"
grep -q "^org.example.hobbyfocuser," "$COPY/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    && fail "the plugin is still in bundles.info after the uninstall" "$WS/uninstall.log"
start=$(date +%s%N)
(xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -B -o verify -pl tests/org.openjolo.install.ui.tests \
    "-Dtycho.testArgLine=-Dopenjolo.plugin.site=$ZIP -Dopenjolo.plugin.feature=${IU%.feature.group} -Dopenjolo.base.site=$ROOT/releng/org.openjolo.repository/target/repository" \
    > "$WS/dialog.log" 2>&1) || fail "the Install Device Plugins dialog did not install and remove the example plugin" "$WS/dialog.log"
grep -q "Tests run: 1, Failures: 0, Errors: 0" "$WS/dialog.log" || fail "the dialog's test did not run" "$WS/dialog.log"
dialog_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "plugin install test passed: installed $IU from its own p2 site in ${installed_ms} ms, the product connected a simulated Hobby focuser and Alpaca moved it to 6000, uninstalled again; the dialog installed and removed it too (${dialog_ms} ms with its Maven run)"
rm -rf "$WS"
