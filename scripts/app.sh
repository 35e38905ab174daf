#!/usr/bin/env bash
# Set up (once) and start the ChinaCheck desktop application. Extra arguments go to chinacheck.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if command -v dpkg-query >/dev/null 2>&1; then
    apt_install_missing "${QT_PACKAGES[@]}" "${X11_PACKAGES[@]}"
fi
ensure_venv
export LANG="${LANG:-C.UTF-8}"
exec "$VENV/bin/chinacheck" "$@"
