#!/usr/bin/env bash
# Chromium and Firefox ESR from Debian's packages, installed when missing (CI and new machines
# start bare). The end-to-end tests run the Chrome build in Chromium and the Firefox build in
# Firefox ESR (over WebDriver BiDi, tests/e2e/firefox.spec.ts).
set -euo pipefail
# openssl makes the test server's throwaway certificate.
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/firefox-esr ] && command -v openssl >/dev/null; then exit 0; fi
echo "Installing Chromium, Firefox ESR and openssl from Debian's packages..." >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium firefox-esr openssl >/dev/null
/usr/bin/chromium --version >&2
/usr/bin/firefox-esr --version >&2
