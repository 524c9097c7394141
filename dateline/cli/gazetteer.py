"""``dateline gazetteer``: build, inspect, search and extend the offline gazetteer."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rich.table import Table

from ..geo import build as builder
from ..geo.gazetteer import USER_FILE, Gazetteer
from ..geo.keys import name_key
from .common import handles_errors, settings_from, stderr, stdout_console


@click.group("gazetteer")
def gazetteer_group() -> None:
    """The offline gazetteer (GeoNames, CLDR, airportsdata and dateline's curated sites)."""


@gazetteer_group.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when an up-to-date file exists.")
@handles_errors
def build_command(force: bool) -> None:
    """Compile the gazetteer into the data directory (done automatically on first use)."""
    settings = settings_from()
    path = builder.default_path(settings.data_dir)
    if path.is_file() and not force:
        stderr.print(f"up to date: {path}")
        return
    started = time.perf_counter()
    builder.build(path, progress=lambda message: stderr.print(f"  {message}"))
    stderr.print(f"built {path} in {time.perf_counter() - started:.1f} s "
                 f"({path.stat().st_size / 1e6:.0f} MB)")


@gazetteer_group.command("info")
@handles_errors
def info_command() -> None:
    """Where the gazetteer is and what it holds."""
    gazetteer = Gazetteer.open(settings_from())
    table = Table("kind", "count")
    for kind, count in sorted(gazetteer.stats().items()):
        table.add_row(kind, f"{count:,}")
    stdout_console().print(f"{gazetteer.path}")
    stdout_console().print(table)


@gazetteer_group.command("lookup")
@click.argument("name")
@click.option("--country", metavar="CODE", help="Only places in this country (ISO alpha-2).")
@click.option("--limit", default=10, show_default=True, help="At most this many candidates.")
@handles_errors
def lookup_command(name: str, country: str | None, limit: int) -> None:
    """Candidates for NAME, best first, with the prior score the resolver starts from."""
    from ..extraction.places import score_place

    gazetteer = Gazetteer.open(settings_from())
    places = gazetteer.search(name, country=country)
    fuzzy = False
    if not places:
        places = [p for p, _score in gazetteer.fuzzy(name_key(name), country=country.upper() if country else None)]
        fuzzy = True
    if not places:
        stderr.print(f"no place named {name!r}" + (f" in {country.upper()}" if country else "")
                     + " in the gazetteer (villages: 'dateline gazetteer import')", markup=False)
        sys.exit(1)
    key = name_key(name)
    scored = sorted(((score_place(p, key).total, p) for p in places), key=lambda sp: -sp[0])[:limit]
    table = Table("score", "name", "kind", "country", "admin1", "lat", "lon", "population", "geonameid",
                  "source", title=f"{name!r}" + (" (fuzzy)" if fuzzy else ""))
    for score, place in scored:
        table.add_row(f"{score:.1f}", place.name, place.kind, place.country_code, place.admin1,
                      f"{place.lat:.4f}", f"{place.lon:.4f}", f"{place.population:,}",
                      str(place.geonameid or ""), place.source)
    stdout_console().print(table)


@gazetteer_group.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@handles_errors
def import_command(paths: tuple[str, ...]) -> None:
    """Add GeoNames dumps (allCountries.zip, XX.zip, or .txt; alternateNamesV2.zip;
    admin1CodesASCII.txt) for village-level coverage. Kept beside the compiled gazetteer."""
    from ..geo.importer import import_geonames

    settings = settings_from()
    target = Path(settings.data_dir) / USER_FILE
    counts = import_geonames([Path(p) for p in paths], target,
                             progress=lambda message: stderr.print(f"  {message}"))
    stderr.print(f"imported {counts['places']:,} places and {counts['names']:,} names into {target}")
