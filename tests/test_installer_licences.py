"""The installer ships only what may go out beside ChinaCheck's EUPL-1.2 code: the licence check."""

from __future__ import annotations

import email.message
import importlib.metadata as metadata
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
import build_installer  # noqa: E402
from installer import licences  # noqa: E402
from installer.licences import Component, LicenceError  # noqa: E402


def _metadata(name: str, version: str = "1.0", **fields: str | list[str]) -> email.message.Message:
    """Core metadata as a wheel's METADATA file holds it (field names with - for _)."""
    meta = email.message.Message()
    meta["Name"] = name
    meta["Version"] = version
    for field, value in fields.items():
        for item in [value] if isinstance(value, str) else value:
            meta[field.replace("_", "-")] = item
    return meta


def _refusal(component: Component) -> str:
    with pytest.raises(LicenceError) as info:
        licences.check([component])
    message = str(info.value)
    assert "\n" not in message and component.name in message
    return message


# The shapes the bundled distributions' metadata really has (see the venv: PySide6 names three
# licences in License, aiohttp an AND in License-Expression, aiosignal free text plus classifier).
@pytest.mark.parametrize("fields", [
    {"License_Expression": "MIT"},
    {"License_Expression": "Apache-2.0 OR BSD-3-Clause"},
    {"License_Expression": "Apache-2.0 AND MIT"},
    {"License_Expression": "mit-cmu"},  # SPDX ids are case-insensitive
    {"License_Expression": "(MIT OR GPL-3.0-only) AND (PSF-2.0 OR AGPL-3.0-only)"},
    {"License": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"},
    {"License": "Apache 2.0", "Classifier": "License :: OSI Approved :: Apache Software License"},
    {"License": "PSF-2.0", "Classifier": "Intended Audience :: Developers"},
    {"Classifier": ["License :: OSI Approved :: MIT License",
                    "License :: OSI Approved :: Apache Software License"]},
])
def test_compatible_licences_pass(fields: dict[str, str | list[str]]) -> None:
    component = Component.from_metadata(_metadata("dep", **fields))
    assert licences.problem(component) is None
    licences.check([component])


@pytest.mark.parametrize("fields, said", [
    ({"License_Expression": "GPL-3.0-only"}, "'GPL-3.0-only' (License-Expression)"),
    ({"License_Expression": "MIT AND AGPL-3.0-or-later"}, "not on the allow-list"),
    ({"License_Expression": "GPL-2.0-or-later WITH Classpath-exception-2.0"}, "allow-list"),
    # License-Expression wins over a compatible-looking older field
    ({"License_Expression": "SSPL-1.0", "License": "MIT"}, "'SSPL-1.0'"),
    ({"License": "GPL-3.0-or-later"}, "(License)"),
    # two classifiers may be a choice or parts under each: a GPL one is never assumed away
    ({"Classifier": ["License :: OSI Approved :: Apache Software License",
                     "License :: OSI Approved :: GNU General Public License v2 (GPLv2)"]},
     "'Apache-2.0 AND GPL-2.0-only' (classifiers)"),
])
def test_incompatible_licences_are_refused(fields: dict[str, str | list[str]], said: str) -> None:
    message = _refusal(Component.from_metadata(_metadata("copyleft-dep", "2.3", **fields)))
    assert message.startswith("licence check: copyleft-dep 2.3: ") and said in message


@pytest.mark.parametrize("fields, said", [
    ({}, "licence unknown (none declared)"),
    ({"Classifier": "Programming Language :: Python :: 3"}, "licence unknown (none declared)"),
    ({"License": "Free for non-commercial use"}, "licence unknown (none declared)"),
    ({"Classifier": "License :: Other/Proprietary License"}, "classifier 'License :: Other"),
    ({"Classifier": "License :: OSI Approved :: BSD License"}, "classifier"),  # which BSD?
    ({"License_Expression": "LicenseRef-Proprietary"}, "not on the allow-list"),
    ({"License_Expression": "MIT OR"}, "unreadable licence 'MIT OR'"),
    ({"License_Expression": "(MIT"}, "unreadable"),
    ({"License_Expression": "MIT, Apache-2.0"}, "unreadable"),
])
def test_unknown_or_unreadable_licences_are_refused(fields: dict[str, str | list[str]],
                                                    said: str) -> None:
    assert said in _refusal(Component.from_metadata(_metadata("mystery", **fields)))


def test_every_refusal_is_its_own_line() -> None:
    components = [Component("ok", "1", "MIT"), Component("gpl", "1", "GPL-3.0-only"),
                  Component("none", "2")]
    with pytest.raises(LicenceError) as info:
        licences.check(components)
    lines = str(info.value).splitlines()
    assert [line.split(":")[1].strip() for line in lines] == ["gpl 1", "none 2"]


def test_a_reviewed_licence_replaces_vague_metadata() -> None:
    vague = {"License": "BSD license (see license.txt for details), Copyright (c) ReportLab",
             "Classifier": "License :: OSI Approved :: BSD License"}
    assert licences.problem(Component.from_metadata(_metadata("reportlab", **vague))) is None
    assert licences.problem(Component.from_metadata(_metadata("otherlab", **vague)))


def test_every_bundled_font_has_a_compatible_licence(tmp_path: Path) -> None:
    fonts = licences.font_components(REPO / "resources" / "fonts")
    assert {font.name for font in fonts} == set(licences.FONTS)
    licences.check(fonts)

    (tmp_path / "NotoSansCJK.otf").write_bytes(b"")
    (tmp_path / "LICENSE-Noto.txt").write_text("", encoding="utf-8")
    assert "NotoSansCJK.otf: licence unknown" in _refusal(*licences.font_components(tmp_path))


def test_the_shipped_colour_profiles_pass() -> None:
    profiles = licences.profile_components(REPO / "resources" / "icc")
    assert {profile.name for profile in profiles} == set(licences.PROFILES) == {"sRGB.icc"}
    licences.check(profiles)
    assert (REPO / "resources" / "icc" / "LICENSE-sRGB.txt").is_file()


def test_the_runtime_parts_without_metadata_are_compatible() -> None:
    licences.check(licences.runtime_components())


def _runtime_dependencies() -> list[metadata.Distribution]:
    """ChinaCheck with the sign extra and everything it requires, as installed here."""
    found: dict[str, metadata.Distribution] = {}
    queue, seen = [("chinacheck", "sign")], set()
    while queue:
        name, extra = queue.pop()
        if (licences.normalise(name), extra) in seen:
            continue
        seen.add((licences.normalise(name), extra))
        dist = found.setdefault(licences.normalise(name), metadata.distribution(name))
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": extra}):
                queue += [(requirement.name, e) for e in [""] + sorted(requirement.extras)]
    return list(found.values())


def test_the_installed_runtime_dependencies_pass() -> None:
    dependencies = _runtime_dependencies()
    names = {licences.normalise(dist.metadata["Name"]) for dist in dependencies}
    assert {"chinacheck", "pyside6-essentials", "shiboken6", "reportlab", "pyhanko", "pypdf",
            "cryptography", "certifi", "pikepdf"} <= names
    licences.check(Component.from_metadata(dist.metadata) for dist in dependencies)


def _wheel(folder: Path, name: str, **fields: str | list[str]) -> Path:
    path = folder / f"{name}-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}/__init__.py", "")
        archive.writestr(f"{name}-1.0.dist-info/METADATA", _metadata(name, **fields).as_string())
    return path


def test_wheels_are_read_without_installing_them(tmp_path: Path) -> None:
    fine = licences.wheel_component(_wheel(tmp_path, "fine", License_Expression="ISC"))
    assert (fine.name, fine.version, fine.expression) == ("fine", "1.0", "ISC")
    licences.check([fine])
    gpl = licences.wheel_component(_wheel(tmp_path, "gpl", License="GPL-3.0-only"))
    assert "gpl 1.0: 'GPL-3.0-only' (License)" in _refusal(gpl)


def _installed(folder: Path, name: str, **fields: str | list[str]) -> metadata.Distribution:
    info = folder / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(_metadata(name, **fields).as_string(), encoding="utf-8")
    return metadata.PathDistribution(info)


def test_the_build_stops_on_an_incompatible_distribution(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    bundle, work = tmp_path / "bundle", tmp_path / "work"
    bundle.mkdir()
    bundled = [_installed(tmp_path / "site", "fine", License_Expression="MIT"),
               _installed(tmp_path / "site", "strongcopyleft", License_Expression="GPL-3.0-only")]
    monkeypatch.setattr(build_installer, "bundled_distributions", lambda b, w: bundled)

    def build_bundle(out: Path, make_archive: bool, with_signing: bool) -> Path:
        build_installer.write_licences(bundle, work)
        return bundle

    monkeypatch.setattr(build_installer, "build_bundle", build_bundle)
    assert build_installer.main(["--out", str(tmp_path / "dist")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "licence check: strongcopyleft 1.0: 'GPL-3.0-only' (License-Expression) is not on the "
        "allow-list of licences compatible with EUPL-1.2 in installer/licences.py"]
    assert not (bundle / "licences").exists()  # refused before anything was written

    bundled.pop()
    assert build_installer.main(["--out", str(tmp_path / "dist")]) == 0
    written = {p.name for p in (bundle / "licences").iterdir()}
    assert {"fine-METADATA.txt", "Qt-PySide6-LGPL-NOTICE.txt", "LICENSE-DejaVu.txt"} <= written
