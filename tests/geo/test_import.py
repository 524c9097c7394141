"""Importing GeoNames dumps into the overlay (fixture written for the tests, real coordinates)."""

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.errors import GazetteerError
from dateline.extraction.rules.engine import RulesEngine
from dateline.geo.gazetteer import Gazetteer
from dateline.geo.importer import import_geonames
from dateline.models import Document

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def overlay(tmp_path):
    target = tmp_path / "places-user.sqlite"
    counts = import_geonames([FIXTURES / "XX.txt", FIXTURES / "admin1CodesASCII.txt",
                              FIXTURES / "alternateNamesV2.txt"], target)
    assert counts["places"] == 5  # the river (H.STM) is not a place events happen at
    return target


def test_imported_places_are_found_with_their_names_and_admin1(gazetteer, overlay):
    merged = Gazetteer(gazetteer.path, user_path=overlay)
    (foube,) = [p for p in merged.search("Foubé") if p.id == 90001]
    assert (foube.kind, foube.admin1, foube.country_code) == ("village", "Sanmatenga", "BF")
    assert any(p.id == 90002 for p in merged.search("كفر كلا"))
    assert any(p.kind == "dam" for p in merged.search("Плотина Хадита"))
    assert merged.search("Masisi-centre")[0].id == 90003
    assert not merged.search("https://example.org")


def test_import_reads_zip_archives(tmp_path):
    archive = tmp_path / "XX.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(FIXTURES / "XX.txt", "XX.txt")
    counts = import_geonames([archive], tmp_path / "overlay.sqlite")
    assert counts["places"] == 5


def test_malformed_dumps_are_a_clear_error(tmp_path):
    bad = tmp_path / "XX.txt"
    bad.write_text("not\ta\tgeonames\trow\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="XX.txt:1"):
        import_geonames([bad], tmp_path / "o.sqlite")
    with pytest.raises(GazetteerError):
        import_geonames([FIXTURES / "admin1CodesASCII.txt"], tmp_path / "o.sqlite")


def test_the_engine_uses_imported_villages(gazetteer, overlay, settings):
    engine = RulesEngine(settings, gazetteer=Gazetteer(gazetteer.path, user_path=overlay))
    text = "Des hommes armés ont tué douze civils mardi à Foubé, dans le nord du Burkina Faso."
    (event,) = engine.extract(Document(id="t", text=text, published="2025-03-05")).events
    assert event.location == "Foubé" and event.geo_precision == 1 and event.admin1 == "Sanmatenga"


def test_cli_import_goes_to_the_data_dir(tmp_path):
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(FIXTURES / "XX.txt")],
                                env={"DATELINE_DATA_DIR": str(tmp_path)})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "places-user.sqlite").is_file()
    assert "imported 5 places" in result.stderr
