#!/usr/bin/env bash
# Chromium from Debian's packages, installed when missing (CI and new machines start bare).
set -euo pipefail
# openssl makes the test server's throwaway certificate.
if [ -x /usr/bin/chromium ] && command -v openssl >/dev/null; then exit 0; fi
echo "Installing Chromium (and openssl) from Debian's packages..." >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium openssl >/dev/null
/usr/bin/chromium --version >&2
