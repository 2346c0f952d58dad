#!/usr/bin/env bash
# Moves the API baseline (releng/api-baseline) to this tree's API, on purpose: at a release, once the release's
# package and bundle versions are set (docs/api-policy.md). Builds the bundles, then copies each published bundle
# whose exported API or versions differ from its baseline jar (or that has none yet) into releng/api-baseline,
# and removes the jars of bundles that are gone. It prints what it took over, incompatible changes and additions
# included; review that, then commit releng/api-baseline with the release.
# Usage: refresh-api-baseline.sh [--no-build]   (--no-build: the bundles of the last build as they are: a clean build only)
set -euo pipefail
. "$(dirname "$0")/common.sh"
cd "$ROOT"
if [ "${1:-}" != "--no-build" ]; then
    # clean: an incremental build keeps the classes of deleted sources in the jars, and the baseline would take them over
    ./mvnw -B -q clean install -DskipTests -pl releng/org.openjolo.api.tests -am
fi
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
if ! ./mvnw -B -o verify -pl releng/org.openjolo.api.tests -Dopenjolo.api.baseline.refresh=true > "$LOG" 2>&1; then
    cat "$LOG" >&2
    echo "refreshing the API baseline failed" >&2
    exit 1
fi
grep '^api baseline' "$LOG" || echo "api baseline: unchanged, every bundle's API is the baseline's"
git status --short releng/api-baseline
