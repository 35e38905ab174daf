#!/usr/bin/env bash
# Set up (once) and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if command -v dpkg-query >/dev/null 2>&1; then
    apt_install_missing "${QT_PACKAGES[@]}" "${X11_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
fi
ensure_venv
cd "$REPO"
export LANG="${LANG:-C.UTF-8}"
exec "$VENV/bin/python" -m pytest "$@"
