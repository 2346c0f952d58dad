#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the workbench needs to build, test and show its window, when missing:
# GTK 3 for SWT, Xvfb for headless UI tests, ImageMagick's 'import' for screenshots, and the makers' INDI
# driver for the AstroLink 4 mini with indiserver (indi-astrolink4, indi-bin), which the integration test
# drives against the simulator.
# Uses sudo when not root. On other systems it only says what to install.
set -euo pipefail
wanted=(xvfb xauth imagemagick x11-utils curl indi-bin indi-astrolink4)
# GTK 3 is libgtk-3-0 on Debian 12 / Ubuntu 22.04, libgtk-3-0t64 on newer releases
if apt-cache show libgtk-3-0t64 >/dev/null 2>&1; then wanted+=(libgtk-3-0t64); else wanted+=(libgtk-3-0); fi
if ! command -v dpkg >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: make sure GTK 3 and Xvfb (for the tests) are installed." >&2
    exit 0
fi
missing=()
for p in "${wanted[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing missing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
