"""The model's version, which every analysis key holds, read from its dist-info without ``importlib.metadata``."""

from __future__ import annotations

import importlib
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from tuicompare.analysis import spacymodel
from tuicompare.errors import ModelError


def _package(root: Path, name: str, versions: list[str]) -> None:
    """A package ``name`` installed in ``root`` the usual way: its folder and one dist-info per version."""
    (root / name).mkdir()
    (root / name / "__init__.py").write_text("", encoding="utf-8")
    for version in versions:
        info = root / f"{name}-{version}.dist-info"
        info.mkdir()
        meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\nVersion: 9.9.9 is in the description\n"
        (info / "METADATA").write_text(meta, encoding="utf-8")


def test_the_installed_model_has_the_version_importlib_metadata_gives_without_importing_it() -> None:
    name = spacymodel.resolve_model()
    code = (
        "import sys; from tuicompare.analysis import spacymodel; "
        f"print(spacymodel.model_version({name!r}), 'importlib.metadata' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [metadata.version(name), "False"]


def test_a_package_s_version_is_its_dist_info_header_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _package(tmp_path, "tuicompare_test_model_one", ["1.2.3"])
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    assert spacymodel.model_version("tuicompare_test_model_one") == "1.2.3"  # the header's, not the description's
    assert metadata.version("tuicompare_test_model_one") == "1.2.3"


def test_two_dist_infos_or_none_are_left_to_importlib_metadata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _package(tmp_path, "tuicompare_test_model_two", ["1.0.0", "2.0.0"])  # a leftover of an upgrade
    _package(tmp_path, "tuicompare_test_model_none", [])
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    assert spacymodel._dist_info_version("tuicompare_test_model_two") is None
    assert spacymodel.model_version("tuicompare_test_model_two") == metadata.version("tuicompare_test_model_two")
    with pytest.raises(ModelError, match="not installed"):
        spacymodel.model_version("tuicompare_test_model_none")
