"""A language pack installed from a temporary package, as a third party would ship one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dateline.packs import clear_caches

LATIN = '[script]\nname = "latin"\ncharacters = "A-Za-z\\u00c0-\\u024f"\n'
InstallPack = Callable[[str, dict[str, str]], Path]


@pytest.fixture
def install_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[InstallPack]:
    """``install_pack(lang, {"pack.toml": "...", ...})`` puts a package holding those files on
    the path with an entry point in the ``dateline.packs`` group, as ``pip install`` would."""
    site = tmp_path / "site"

    def install(lang: str, files: dict[str, str]) -> Path:
        package = site / f"dateline_pack_{lang}"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("", encoding="utf-8")
        for name, text in files.items():
            (package / name).write_text(text, encoding="utf-8")
        info = site / f"dateline_pack_{lang}-0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: dateline-pack-{lang}\nVersion: 0.1\n",
                                       encoding="utf-8")
        (info / "entry_points.txt").write_text(f"[dateline.packs]\n{lang} = dateline_pack_{lang}\n",
                                               encoding="utf-8")
        monkeypatch.syspath_prepend(str(site))
        clear_caches()
        return package

    yield install
    clear_caches()
