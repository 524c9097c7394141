"""Vendor the dashboard's and the API docs' browser assets from npm into the package.

``dateline serve`` runs offline: no CDN, no npm at run time. This script is how the committed
files under ``dateline/serve/static/vendor/`` were made, and how to update them: it runs
``npm pack NAME@VERSION`` for each package pinned below (the npm registry's own tarball, with
its integrity hash), copies out the few files the dashboard uses together with the package's
licence, and writes ``SOURCES.json``: for every package its version, npm integrity and licence,
and the SHA-256 of each file copied. ``tests/serve/test_static.py`` checks the committed files
against that list, so a hand-edited or stale asset fails the tests.

Usage (needs ``npm``; only when changing a version)::

    python scripts/vendor_assets.py            # or: make vendor
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "dateline" / "serve" / "static" / "vendor"

# package -> (version, licence, {file in the npm tarball: path under vendor/<package>/})
PACKAGES: dict[str, tuple[str, str, dict[str, str]]] = {
    "leaflet": ("1.9.4", "BSD-2-Clause", {
        "package/dist/leaflet.js": "leaflet.js",
        "package/dist/leaflet.css": "leaflet.css",
        "package/dist/images/layers.png": "images/layers.png",
        "package/dist/images/layers-2x.png": "images/layers-2x.png",
        "package/dist/images/marker-icon.png": "images/marker-icon.png",
        "package/dist/images/marker-icon-2x.png": "images/marker-icon-2x.png",
        "package/dist/images/marker-shadow.png": "images/marker-shadow.png",
        "package/LICENSE": "LICENSE",
    }),
    # clustering of up to hundreds of thousands of points in the browser (kdbush bundled in)
    "supercluster": ("9.1.0", "ISC", {
        "package/dist/supercluster.min.js": "supercluster.min.js",
        "package/LICENSE": "LICENSE",
    }),
    # TopoJSON -> GeoJSON in the browser: the basemap ships as compact TopoJSON
    "topojson-client": ("3.1.0", "ISC", {
        "package/dist/topojson-client.min.js": "topojson-client.min.js",
        "package/LICENSE": "LICENSE",
    }),
    # Natural Earth 1:50m admin-0 countries (public domain) as TopoJSON; packaging ISC
    "world-atlas": ("2.0.2", "ISC (Natural Earth data: public domain)", {
        "package/countries-50m.json": "countries-50m.json",
        "package/LICENSE": "LICENSE",
    }),
    # the offline /docs page (Swagger UI 5 reads the OpenAPI 3.1 that FastAPI writes)
    "swagger-ui-dist": ("5.36.0", "Apache-2.0", {
        "package/swagger-ui-bundle.js": "swagger-ui-bundle.js",
        "package/swagger-ui-bundle.js.LICENSE.txt": "swagger-ui-bundle.js.LICENSE.txt",
        "package/swagger-ui.css": "swagger-ui.css",
        "package/LICENSE": "LICENSE",
        "package/NOTICE": "NOTICE",
    }),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pack(name: str, version: str, workdir: Path) -> tuple[Path, str]:
    """The npm tarball of name@version and its integrity string, from the registry."""
    out = subprocess.run(["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", str(workdir)],
                         check=True, capture_output=True, text=True).stdout
    info = json.loads(out)[0]
    return workdir / info["filename"], info["integrity"]


def vendor(name: str, version: str, licence: str, files: dict[str, str], workdir: Path) -> dict[str, object]:
    tarball, integrity = pack(name, version, workdir)
    target = VENDOR / name
    shutil.rmtree(target, ignore_errors=True)
    copied: dict[str, str] = {}
    with tarfile.open(tarball) as archive:
        for member, destination in files.items():
            source = archive.extractfile(member)
            if source is None:
                raise SystemExit(f"{name}@{version} has no file {member}")
            path = target / destination
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(source.read())
            copied[destination] = sha256(path)
    return {"version": version, "licence": licence, "npm_integrity": integrity,
            "source": f"npm pack {name}@{version}", "files": copied}


def main() -> int:
    if shutil.which("npm") is None:
        print("npm is needed to vendor the assets (the committed ones work without it)", file=sys.stderr)
        return 1
    sources: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (version, licence, files) in PACKAGES.items():
            sources[name] = vendor(name, version, licence, files, Path(tmp))
            print(f"vendored {name}@{version}")
    (VENDOR / "SOURCES.json").write_text(json.dumps(sources, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
