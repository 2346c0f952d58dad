#!/usr/bin/env bash
# Refreshes the screenshots in docs/images: the product's window (product-smoke.sh) and one per part, taken by
# the UI test while it drives the workbench (tests/org.openjolo.ui.tests/target/screenshots).
set -euo pipefail
. "$(dirname "$0")/common.sh"
cd "$ROOT"
xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -B -q verify -pl tests/org.openjolo.ui.tests,tests/org.openjolo.ui.settings.tests,tests/org.openjolo.astrolink4mini.ui.tests,tests/org.openjolo.astrolink4mini2.ui.tests,tests/org.openjolo.astrolink4max.ui.tests,tests/org.openjolo.astrolink4micro.ui.tests,tests/org.openjolo.focuserone.ui.tests,tests/org.openjolo.compensation.ui.tests,tests/org.openjolo.alerts.ui.tests,tests/org.openjolo.alpaca.ui.tests,tests/org.openjolo.notes.ui.tests,tests/org.openjolo.charts.ui.tests,tests/org.openjolo.install.ui.tests,tests/org.openjolo.shape.tests -am -DskipTests=false
cp tests/*/target/screenshots/*.png docs/images/
releng/scripts/product-smoke.sh docs/images/workbench.png
ls -l docs/images
