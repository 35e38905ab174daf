#!/usr/bin/env bash
# Shared set-up for scripts/app.sh and scripts/test.sh: system packages (when root and missing),
# a virtual environment in .venv and an editable install of ChinaCheck with its test extra.
# Idempotent: a second run installs nothing new.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CHINACHECK_VENV:-$REPO/.venv}"
PYTHON="${PYTHON:-python3}"

apt_install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "setup: missing system packages (install them as root): ${missing[*]}" >&2
        return 0
    fi
    echo "setup: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Qt's runtime libraries, a window under X11, and the PDF tools the tests use.
QT_PACKAGES=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3
             fonts-dejavu-core)
X11_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
              libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
# softhsm2: a software PKCS#11 token for the smart card tests (tests/helpers/softhsm.py).
# The accessibility-bus test (tests/test_atspi.py): a private D-Bus session, the AT-SPI bus and
# the system python3's pyatspi, which walks the app as a screen reader would.
ATSPI_PACKAGES=(dbus at-spi2-core python3-pyatspi)
TEST_PACKAGES=(poppler-utils qpdf xvfb softhsm2 "${ATSPI_PACKAGES[@]}")

ensure_venv() {
    if command -v dpkg-query >/dev/null 2>&1 && ! "$PYTHON" -c "import ensurepip, venv" 2>/dev/null; then
        apt_install_missing python3-venv python3-pip
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.chinacheck-installed"
    if [ ! -f "$stamp" ] || [ "$REPO/pyproject.toml" -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e "$REPO[test]"
        touch "$stamp"
    fi
}
