"""Build a self-contained ChinaCheck bundle, or an offline wheelhouse for IT departments.

    python build_installer.py                      # one-folder bundle + archive in dist/
    python build_installer.py --wheelhouse DIR     # every wheel + a one-command offline installer
        [--platform manylinux_2_28_x86_64 --python-version 3.11]

The bundle runs without Python and without the network. Unused Qt modules, plugins and
translations are left out; the input-method plugins stay (typing Chinese names). Qt's ICU data is
trimmed to root, Dutch, English and Chinese (installer/icu_data.py).
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import os
import platform
import shutil
import struct
import subprocess
import sys
import sysconfig
import tarfile
import textwrap
import tomllib
import zipfile
from pathlib import Path

from installer import licences

ROOT = Path(__file__).resolve().parent
NAME = "chinacheck"
SIZE_TARGET_MB = 140  # unpacked, with or without the optional signing stack

# Qt modules ChinaCheck never imports; QtNetwork above all (the app never uses the network).
QT_EXCLUDES = [
    "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest",
    "QtQmlFeatures", "QtSql", "QtTest", "QtUiTools", "QtXml", "QtDesigner", "QtHelp",
    "QtOpenGL", "QtOpenGLWidgets", "QtConcurrent", "QtPrintSupport", "QtSvgWidgets",
    "QtLabsStyleKit", "QtDBus",
]
# Network clients (pyHanko's optional fetchers use them; ChinaCheck never goes online), test
# tools, and imaging (reportlab only needs Pillow for bitmaps, which ChinaCheck never embeds).
OTHER_EXCLUDES = ["tkinter", "unittest", "pydoc", "xmlrpc", "IPython", "pytest", "hypothesis",
                  "setuptools", "pkg_resources", "_distutils_hack", "wheel", "pip",
                  "requests", "urllib3", "charset_normalizer",
                  # Pillow: reportlab imports PIL.Image, but no image plugin or font engine
                  "PIL.ImageQt", "PIL.ImageTk", "PIL._avif", "PIL._webp", "PIL._imagingft",
                  "PIL._imagingcms", "PIL._imagingmath", "PIL._imagingmorph", "PIL.ImageShow",
                  # lxml: python-docx needs lxml.etree (and its _elementpath) only
                  "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax",
                  "lxml.builder",
                  # no interactive shell (ssl must stay: pyHanko's aiohttp imports it)
                  "readline"]
# Plugin folders worth keeping; everything else under Qt/plugins goes.
# No platformthemes: the GTK theme plugin alone drags in GTK, cairo and pango (~30 MB).
# No imageformats either: the only image shown is a PNG icon, which QtGui reads itself.
KEEP_PLUGINS = {"platforms", "platforminputcontexts", "xcbglintegrations",
                "iconengines", "styles", "wayland-shell-integration",
                "wayland-decoration-client", "wayland-graphics-integration-client"}
KEEP_PLATFORMS = ("xcb", "wayland", "offscreen", "minimal", "windows", "cocoa")
# Shared libraries of Qt modules that are excluded but that PyInstaller may still collect.
DROP_LIBS = ("Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6Sql", "Qt6Network", "Qt6Designer", "Qt6Help",
             "Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport",
             "Qt6VirtualKeyboard", "Qt6OpenGLWidgets", "Qt6Test", "Qt6LabsStyleKit",
             "Qt6ShaderTools", "Qt6QuickControls2", "Qt6QuickTemplates2")


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / NAME / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                          sys.platform)
    return f"{system}-{platform.machine().lower()}"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# --- the bundle ----------------------------------------------------------------------------

def compile_translations(work: Path) -> Path:
    """Compile the .ts sources to .qm with Qt's lrelease (the app reads .ts when .qm is absent)."""
    out = work / "i18n"
    out.mkdir(parents=True, exist_ok=True)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    if lrelease is None:
        print("warning: pyside6-lrelease not found; the bundle reads the .ts files instead")
        return out
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)],
                       check=True)
    return out


# The optional signing stack (pyHanko pulls in aiohttp, and with it ssl, on import;
# cryptography is ~12 MB); left out with --without-signing, which also drops encrypted cases.
# pypdf reads the pages of a PDF for verify; PyInstaller finds it through chinacheck's imports.
# lxml is not among them: python-docx needs it for the Word export (the self-test makes one).
# Smart cards and tokens (the optional pkcs11 extra, python-pkcs11) are not bundled yet: its
# licence is not among the bundle's notices and the bundle has no room left under
# SIZE_TARGET_MB. A bundle without it offers PKCS#12 files only (chinacheck.signing.token).
TOKEN_MODULES = ["pkcs11", "pyhanko.sign.pkcs11"]
SIGNING_MODULES = ["pyhanko", "pyhanko_certvalidator", "cryptography", "aiohttp", "yarl",
                   "multidict", "frozenlist", "aiosignal", "propcache", "asn1crypto", "tzlocal",
                   "oscrypto", "qrcode", "uritools", "attr", "attrs", "pypdf"]


def run_pyinstaller(work: Path, with_signing: bool = True) -> Path:
    import PyInstaller.__main__  # type: ignore[import-untyped]

    translations = compile_translations(work)
    args = [
        str(ROOT / NAME / "__main__.py"),
        "--name", NAME, "--onedir", "--noconfirm", "--clean", "--log-level", "WARN",
        *(["--strip"] if shutil.which("strip") and sys.platform != "win32" else []),
        "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
        "--specpath", str(work),
        "--add-data", f"{ROOT / 'resources'}{os.pathsep}resources",
        "--add-data", f"{translations}{os.pathsep}resources/i18n",
        "--collect-submodules", NAME,
        "--collect-submodules", "reportlab.graphics.barcode",  # looked up by name at run time
        # imported lazily by chinacheck/reports/rtl.py; --self-test checks they are there
        "--hidden-import", "arabic_reshaper", "--hidden-import", "bidi.algorithm",
        # imported lazily by chinacheck/reports/pdfa.py (PDF/A); it needs no lxml there
        "--hidden-import", "pikepdf",
        # imported lazily by chinacheck/reports/docx_build.py; its template document is data
        "--hidden-import", "docx", "--collect-data", "docx",
        *_docx_parts(),
        # imported lazily by chinacheck/reports/register_xlsx.py (the register as XLSX)
        "--hidden-import", "xlsxwriter",
        "--exclude-module", "PySide6.QtNetwork",
    ]
    if with_signing and _installed("pyhanko"):
        args += ["--collect-data", "pyhanko"]
    if sys.platform == "win32":
        args += ["--windowed", "--icon", str(ROOT / "resources" / "icons" / "chinacheck-256.png")]
    for module in QT_EXCLUDES:
        args += ["--exclude-module", f"PySide6.{module}"]
    for module in OTHER_EXCLUDES + TOKEN_MODULES + ([] if with_signing else SIGNING_MODULES):
        args += ["--exclude-module", module]
    # A cache of this build's own: with --clean, PyInstaller empties its shared cache in ~/.cache,
    # which breaks another build running at the same time (its index read back half written).
    previous = os.environ.get("PYINSTALLER_CONFIG_DIR")
    os.environ["PYINSTALLER_CONFIG_DIR"] = str(work / "pyinstaller-cache")
    try:
        PyInstaller.__main__.run(args)
    finally:
        if previous is None:
            del os.environ["PYINSTALLER_CONFIG_DIR"]
        else:
            os.environ["PYINSTALLER_CONFIG_DIR"] = previous
    return work / "dist" / NAME


def _docx_parts() -> list[str]:
    """python-docx finds its header and footer templates as docx/parts/../templates/…: the
    folder docx/parts must exist in the bundle, where its modules otherwise live only in the
    archive. One small file of it is copied there (--self-test writes a DOCX to check)."""
    import importlib.util

    spec = importlib.util.find_spec("docx.parts")
    if spec is None or spec.origin is None:
        return []
    return ["--add-data", f"{spec.origin}{os.pathsep}docx/parts"]


def _installed(dist: str) -> bool:
    try:
        metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return False
    return True


def slim(bundle: Path) -> None:
    """Remove Qt parts the app does not use; keep input methods and the platform plugins."""
    for qt in bundle.rglob("PySide6/Qt"):
        plugins = qt / "plugins"
        if plugins.is_dir():
            for child in plugins.iterdir():
                if child.name not in KEEP_PLUGINS:
                    shutil.rmtree(child, ignore_errors=True)
            platforms = plugins / "platforms"
            if platforms.is_dir():
                for lib in platforms.iterdir():
                    if not any(tag in lib.name for tag in KEEP_PLATFORMS):
                        lib.unlink()
        translations = qt / "translations"
        if translations.is_dir():  # keep Qt's own Dutch and English strings (dialog buttons)
            for qm in translations.iterdir():
                if not qm.name.startswith(("qtbase_nl", "qtbase_en")):
                    qm.unlink() if qm.is_file() else shutil.rmtree(qm, ignore_errors=True)
        qml = qt / "qml"
        if qml.is_dir():
            shutil.rmtree(qml, ignore_errors=True)
    for lib in list(bundle.rglob("*")):
        if lib.is_file() and any(name in lib.name for name in DROP_LIBS):
            lib.unlink()


def drop_unused_data(bundle: Path) -> None:
    """reportlab's Type 1 standard fonts: every PDF embeds its own TrueType fonts instead.
    The Qt translation sources that were compiled to .qm.
    python-docx's unpacked copy of its template (1 MB): it reads default.docx and the
    default-*.xml parts beside it, never that folder."""
    for folder in [*bundle.rglob("reportlab/fonts"),
                   *bundle.rglob("docx/templates/default-docx-template")]:
        shutil.rmtree(folder, ignore_errors=True)
    # A Qt translation source compiled to .qm beside it: the app reads the .qm (the .ts only
    # when there is no .qm), so the 130 kB source stays out of the bundle.
    for ts in bundle.rglob("resources/i18n/*.ts"):
        if ts.with_suffix(".qm").is_file():
            ts.unlink()


def _needed(elf: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True).stdout
    return {line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines()
            if "(NEEDED)" in line}


def prune_unreferenced_libs(bundle: Path) -> None:
    """Drop top-level shared libraries that nothing left in the bundle links to.

    PyInstaller collects the dependencies of every Qt plugin before :func:`slim` removes the
    plugin, so e.g. the GTK stack of the GTK theme plugin would otherwise stay behind.
    """
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return
    internal = bundle / "_internal"
    # Candidates: top-level libraries and those vendored by wheels in "<name>.libs" folders.
    # Python extension modules are imported, not linked: never candidates.
    pool = [p for p in internal.iterdir()
            if p.name.startswith("lib") and ".so" in p.name and p.is_file()]
    pool += [p for d in internal.glob("*.libs") for p in d.iterdir()
             if p.name.startswith("lib") and p.is_file()]
    top = {p.name: p for p in pool}
    roots = [bundle / NAME] + [p for p in internal.rglob("*.so*")
                                if p.is_file() and p not in pool]
    reached: set[str] = set()
    queue = list(roots)
    while queue:
        for name in _needed(queue.pop()):
            if name in top and name not in reached:
                reached.add(name)
                queue.append(top[name])
    for name, path in top.items():
        if name not in reached and not name.startswith("libpython"):
            path.unlink()


def shrink_icu_data(bundle: Path) -> None:
    """Keep only the ICU data Qt can use for ChinaCheck (see installer/icu_data.py)."""
    from installer import icu_data

    for library in bundle.rglob("libicudata.so.*"):
        if library.is_symlink() or not library.is_file():
            continue
        try:
            before, after = icu_data.shrink_library(library)
        except (icu_data.LayoutError, ValueError, IndexError, struct.error) as exc:
            print(f"ICU data left as it is ({library.name}: {exc})")
            continue
        print(f"ICU data: {library.name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
              f"(root, {', '.join(sorted(icu_data.KEEP_LANGUAGES))})")


def write_licences(bundle: Path, work: Path) -> None:
    """Every licence file of every bundled distribution, plus the Qt/PySide6 LGPL notice.

    Raises licences.LicenceError, before writing anything, when a bundled distribution, font
    or runtime part has a licence not on the allow-list in installer/licences.py.
    """
    distributions = bundled_distributions(bundle, work)
    licences.check([*(licences.Component.from_metadata(d.metadata) for d in distributions),
                    *licences.font_components(ROOT / "resources" / "fonts"),
                    *licences.profile_components(ROOT / "resources" / "icc"),
                    *licences.runtime_components()])
    target = bundle / "licences"
    target.mkdir(exist_ok=True)
    for dist in distributions:
        name = dist.metadata["Name"]
        for file in dist.files or []:
            base = file.name.upper()
            if any(key in base for key in ("LICENSE", "LICENCE", "COPYING", "NOTICE")):
                source = Path(str(file.locate()))
                if source.is_file():
                    shutil.copy2(source, target / f"{name}-{file.name}")
        # PEP 639 metadata names the licence in License-Expression; older metadata in License.
        licence = dist.metadata["License-Expression"] or dist.metadata["License"] or ""
        (target / f"{name}-METADATA.txt").write_text(
            f"{name} {dist.version}\nLicense: {licence}\n"
            + "\n".join(dist.metadata.get_all("Classifier") or []), encoding="utf-8")
    for folder in ("fonts", "icc"):
        for notice in (ROOT / "resources" / folder).glob("*LICEN*"):
            shutil.copy2(notice, target / notice.name)
    python_licence = _python_licence()
    if python_licence is not None:  # the PSF licence asks for its notice with every copy
        shutil.copy2(python_licence, target / "Python-LICENSE.txt")
    (target / "Qt-PySide6-LGPL-NOTICE.txt").write_text(textwrap.dedent("""\
        This bundle contains Qt 6 and PySide6 (Qt for Python), used under the GNU Lesser General
        Public License version 3 (LGPL-3.0). The Qt and PySide6 libraries are included as
        separate, unmodified shared libraries in _internal/PySide6 and can be replaced by the
        user with other versions. Source code: https://code.qt.io and
        https://code.qt.io/cgit/pyside/pyside-setup.git. The licence texts are in the PySide6
        licence files in this folder.
        """), encoding="utf-8")


def bundled_distributions(bundle: Path, work: Path) -> list[metadata.Distribution]:
    """The installed distributions with a top-level module in the bundle."""
    bundled = _bundled_names(bundle, work)
    return [dist for dist in metadata.distributions()
            if dist.metadata["Name"] and _top_level(dist) & bundled]


def _python_licence() -> Path | None:
    """The interpreter's LICENSE.txt: in the standard library on POSIX, beside it on Windows."""
    for folder in (Path(sysconfig.get_paths()["stdlib"]), Path(sys.base_prefix)):
        if (folder / "LICENSE.txt").is_file():
            return folder / "LICENSE.txt"
    return None


def _bundled_names(bundle: Path, work: Path) -> set[str]:
    """Top-level module names in the bundle: PyInstaller's module archive plus the folders."""
    import ast

    names = {p.name.split(".")[0] for p in (bundle / "_internal").iterdir()}
    for toc in (work / "build" / NAME).glob("PYZ-*.toc"):
        _archive, entries = ast.literal_eval(toc.read_text(encoding="utf-8"))
        names.update(str(entry[0]).split(".")[0] for entry in entries)
    return names


def _top_level(dist: metadata.Distribution) -> set[str]:
    listed = (dist.read_text("top_level.txt") or "").split()
    if listed:
        return set(listed)
    return {f.parts[0].removesuffix(".py") for f in dist.files or []
            if not f.parts[0].endswith((".dist-info", ".egg-info", ".data"))}


def write_desktop_files(bundle: Path) -> None:
    shutil.copy2(ROOT / "resources" / "icons" / "chinacheck-256.png", bundle / "chinacheck.png")
    (bundle / "chinacheck.desktop").write_text(textwrap.dedent("""\
        [Desktop Entry]
        Type=Application
        Name=ChinaCheck
        Comment=Afwegingen bij decentrale contacten met China (NCTV, mei 2023)
        Exec="@BUNDLE@/chinacheck" gui %f
        Icon=chinacheck
        Terminal=false
        Categories=Office;
        MimeType=application/x-chinacheck;
        """), encoding="utf-8")
    (bundle / "chinacheck-mime.xml").write_text(textwrap.dedent("""\
        <?xml version="1.0" encoding="UTF-8"?>
        <mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
          <mime-type type="application/x-chinacheck">
            <comment>ChinaCheck-zaak</comment>
            <glob pattern="*.chinacheck"/>
          </mime-type>
        </mime-info>
        """), encoding="utf-8")
    install = bundle / "install-desktop.sh"
    install.write_text(textwrap.dedent("""\
        #!/bin/sh
        # Adds ChinaCheck to the menu of the current user and opens .chinacheck files with it.
        # Needs no administrator rights; uninstall with: install-desktop.sh --remove
        set -e
        here="$(cd "$(dirname "$0")" && pwd)"
        data="${XDG_DATA_HOME:-$HOME/.local/share}"
        if [ "$1" = "--remove" ]; then
            rm -f "$data/applications/chinacheck.desktop" \\
                  "$data/mime/packages/chinacheck-mime.xml" \\
                  "$data/icons/hicolor/256x256/apps/chinacheck.png"
        else
            mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/256x256/apps"
            # Desktop-entry Exec: inside "…" escape \\ " ` $ with a backslash, then double every
            # backslash (string escaping), then escape & | \\ for sed's replacement.
            quoted="$(printf '%s' "$here" \\
                | sed 's/[\\"`$]/\\\\&/g; s/\\\\/\\\\\\\\/g; s/[\\&|]/\\\\&/g')"
            sed "s|@BUNDLE@|$quoted|" "$here/chinacheck.desktop" \\
                > "$data/applications/chinacheck.desktop"
            cp "$here/chinacheck-mime.xml" "$data/mime/packages/"
            cp "$here/chinacheck.png" "$data/icons/hicolor/256x256/apps/chinacheck.png"
        fi
        command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
        command -v update-desktop-database >/dev/null \\
            && update-desktop-database "$data/applications" || true
        """), encoding="utf-8")
    install.chmod(0o755)


def write_inno_setup(bundle: Path, ver: str) -> Path:
    """An Inno Setup script (compile it on Windows): per-user install, .chinacheck association."""
    script = bundle.parent / "chinacheck.iss"
    quote = '"'
    command = (f'{quote * 3}{{app}}\\chinacheck.exe{quote * 2} gui '
               f'{quote * 2}%1{quote * 3}')
    lines = [
        "; Generated by build_installer.py. Compile with Inno Setup 6 on Windows.",
        "[Setup]",
        "AppName=ChinaCheck",
        f"AppVersion={ver}",
        "DefaultDirName={autopf}\\ChinaCheck",
        "DefaultGroupName=ChinaCheck",
        "; Installs for the current user without administrator rights unless chosen otherwise.",
        "PrivilegesRequired=lowest",
        "PrivilegesRequiredOverridesAllowed=dialog",
        "ChangesAssociations=yes",
        f"OutputBaseFilename=ChinaCheck-{ver}-setup",
        "UninstallDisplayIcon={app}\\chinacheck.exe",
        "",
        "[Languages]",
        'Name: "nl"; MessagesFile: "compiler:Languages\\Dutch.isl"',
        'Name: "en"; MessagesFile: "compiler:Default.isl"',
        "",
        "[Files]",
        f'Source: "{bundle.name}\\*"; DestDir: "{{app}}"; Flags: recursesubdirs ignoreversion',
        "",
        "[Icons]",
        'Name: "{group}\\ChinaCheck"; Filename: "{app}\\chinacheck.exe"',
        "",
        "[Registry]",
        'Root: HKA; Subkey: "Software\\Classes\\.chinacheck"; ValueType: string; '
        'ValueData: "ChinaCheck.Case"; Flags: uninsdeletevalue',
        'Root: HKA; Subkey: "Software\\Classes\\ChinaCheck.Case"; ValueType: string; '
        'ValueData: "ChinaCheck-zaak"; Flags: uninsdeletekey',
        'Root: HKA; Subkey: "Software\\Classes\\ChinaCheck.Case\\DefaultIcon"; ValueType: string; '
        'ValueData: "{app}\\chinacheck.exe,0"',
        'Root: HKA; Subkey: "Software\\Classes\\ChinaCheck.Case\\shell\\open\\command"; '
        f"ValueType: string; ValueData: {command}",
    ]
    script.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")  # Inno reads UTF-8 by its BOM
    return script


def write_readme(bundle: Path, ver: str) -> None:
    (bundle / "README.txt").write_text(textwrap.dedent(f"""\
        ChinaCheck {ver}
        ================
        Afwegingen bij decentrale contacten met China, op basis van de NCTV-brochure
        "Decentrale contacten met China" (mei 2023). Werkt volledig offline.

        Starten:        ./chinacheck            (Windows: chinacheck.exe)
        Zelftest:       ./chinacheck --self-test
        Menu en bestandskoppeling (Linux, zonder beheerdersrechten): ./install-desktop.sh
        Verwijderen:    ./install-desktop.sh --remove en daarna deze map verwijderen.
                        Uw zaken staan apart in de gebruikersmap (zie README van het project)
                        en blijven bewaard.

        Licenties van alle meegeleverde onderdelen staan in de map licences/.
        """), encoding="utf-8")


def archive(bundle: Path, out_dir: Path, ver: str) -> Path:
    base = f"ChinaCheck-{ver}-{platform_tag()}"
    out_dir.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        target = out_dir / f"{base}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in bundle.rglob("*"):
                zf.write(path, Path(base) / path.relative_to(bundle))
        return target
    target = out_dir / f"{base}.tar.gz"
    with tarfile.open(target, "w:gz") as tf:
        tf.add(bundle, arcname=base)
    return target


def build_bundle(out_dir: Path, make_archive: bool = True, with_signing: bool = True) -> Path:
    ver = version()
    work = ROOT / "build" / "pyinstaller"
    bundle = run_pyinstaller(work, with_signing)
    slim(bundle)
    drop_unused_data(bundle)
    prune_unreferenced_libs(bundle)
    shrink_icu_data(bundle)
    write_licences(bundle, work)
    write_readme(bundle, ver)
    if sys.platform.startswith("linux"):
        write_desktop_files(bundle)
    final = out_dir / f"ChinaCheck-{ver}-{platform_tag()}"
    if final.exists():
        shutil.rmtree(final)
    out_dir.mkdir(parents=True, exist_ok=True)
    shutil.move(str(bundle), final)
    if sys.platform == "win32":
        print(f"Inno Setup script: {write_inno_setup(final, ver)}")
    size_mb = folder_size(final) / 1e6
    variant = "with signing" if with_signing else "without signing"
    print(f"bundle: {final} ({size_mb:.1f} MB unpacked, {variant}; target ≤ {SIZE_TARGET_MB} MB)")
    if make_archive:
        packed = archive(final, out_dir, ver)
        print(f"archive: {packed} ({packed.stat().st_size / 1e6:.1f} MB)")
    return final


# --- the wheelhouse ------------------------------------------------------------------------

def build_wheelhouse(target: Path, platform_name: str | None, python_version: str | None) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", "--no-deps", "-q", "-w", str(target), str(ROOT)], check=True)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [*project["dependencies"], *project["optional-dependencies"]["sign"]]
    download = [*pip, "download", "-q", "-d", str(target), "--only-binary=:all:"]
    if platform_name:
        download += ["--platform", platform_name]
    if python_version:
        download += ["--python-version", python_version]
    subprocess.run([*download, *requirements], check=True)
    licences.check(licences.wheel_component(wheel) for wheel in sorted(target.glob("*.whl")))
    (target / "install.sh").write_text(textwrap.dedent("""\
        #!/bin/sh
        # Offline install of ChinaCheck into a fresh virtual environment (no network needed).
        set -e
        here="$(cd "$(dirname "$0")" && pwd)"
        venv="${1:-$HOME/.local/share/chinacheck-venv}"
        python3 -m venv "$venv"
        "$venv/bin/python" -m pip install --no-index --find-links "$here" "chinacheck[sign]"
        echo "Start ChinaCheck met: $venv/bin/chinacheck"
        """), encoding="utf-8")
    (target / "install.sh").chmod(0o755)
    (target / "install.bat").write_text(
        "@echo off\r\nrem Offline install of ChinaCheck (no network needed)\r\n"
        "python -m venv \"%LOCALAPPDATA%\\chinacheck-venv\"\r\n"
        "\"%LOCALAPPDATA%\\chinacheck-venv\\Scripts\\python\" -m pip install --no-index "
        "--find-links \"%~dp0.\" \"chinacheck[sign]\"\r\n", encoding="utf-8")
    print(f"wheelhouse: {target} ({len(list(target.glob('*.whl')))} wheels)")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheelhouse", metavar="DIR", type=Path,
                        help="collect the project and dependency wheels instead of a bundle")
    parser.add_argument("--platform", help="pip platform tag for --wheelhouse "
                                           "(e.g. manylinux_2_28_x86_64, win_amd64)")
    parser.add_argument("--python-version", help="target Python for --wheelhouse, e.g. 3.11")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz/.zip")
    parser.add_argument("--without-signing", action="store_true",
                        help="leave out digital signatures and encryption (a smaller bundle)")
    args = parser.parse_args(argv)
    try:
        if args.wheelhouse:
            build_wheelhouse(args.wheelhouse, args.platform, args.python_version)
            return 0
        bundle = build_bundle(args.out, not args.no_archive, not args.without_signing)
    except licences.LicenceError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0 if folder_size(bundle) / 1e6 <= SIZE_TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
