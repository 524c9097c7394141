"""Packs are validated on load: a typo or a wrong type is an error naming the file and key."""

from pathlib import Path

import pytest

from dateline.cli.docs import language_packs_page
from dateline.errors import PackError
from dateline.packs import available_languages, load_pack
from dateline.packs.schema import Cues, Grammar

from .conftest import LATIN

ROOT = Path(__file__).resolve().parents[2]
PACK = 'name = "Testish"\nversion = "1"\n' + LATIN


@pytest.mark.parametrize("lang", available_languages())
def test_every_installed_pack_is_valid(lang):
    pack = load_pack(lang)
    assert pack.meta.name and pack.meta.script.name in {"latin", "cyrillic", "arabic"}


def test_a_typo_in_a_key_names_the_file_and_the_key(install_pack):
    install_pack("xa", {"pack.toml": PACK, "cues.toml": '[cues]\nnegations = ["not"]\n'})
    with pytest.raises(PackError) as raised:
        load_pack("xa")
    message = str(raised.value)
    assert "cues.toml" in message and "cues.negations: unknown label" in message


def test_an_unknown_key_at_the_top_names_it(install_pack):
    install_pack("xb", {"pack.toml": PACK + '\n[grammar]\nverb_finale = true\n'})
    with pytest.raises(PackError, match=r"pack\.toml.*grammar\.verb_finale: unknown key"):
        load_pack("xb")


def test_a_wrong_type_names_the_file_and_the_key(install_pack):
    install_pack("xc", {"pack.toml": PACK.replace('[script]', '[grammar]\nverb_final = "yes"\n\n[script]')})
    with pytest.raises(PackError, match=r"pack\.toml.*grammar\.verb_final"):
        load_pack("xc")


def test_a_list_of_numbers_is_not_a_list_of_phrases(install_pack):
    install_pack("xd", {"pack.toml": PACK, "triggers.toml": "[weapons]\ndrone = [1, 2]\n"})
    with pytest.raises(PackError, match=r"triggers\.toml.*weapons\.drone"):
        load_pack("xd")


def test_a_pack_without_its_script_is_refused(install_pack):
    install_pack("xe", {"pack.toml": 'name = "Testish"\nversion = "1"\n'})
    with pytest.raises(PackError, match=r"pack\.toml.*script"):
        load_pack("xe")


def test_models_accept_what_the_packs_write():
    assert Grammar.model_validate({"verb_final": True}).verb_final is True
    assert Cues.model_validate({"cues": {"negation": ["not"]}}).cues["negation"] == ["not"]


def test_the_language_packs_page_lists_the_schema():
    page = (ROOT / "docs" / "language-packs.md").read_text(encoding="utf-8")
    assert page == language_packs_page(page), "docs/language-packs.md is stale: run python -m dateline.cli.docs"
    for key in ("[grammar] verb_final", "[script] letters", "day_month_joiners", "`[cues]`", "`negation`"):
        assert key in page
    assert "source_follows" not in page  # no key the code does not read


def test_every_label_of_the_vocabulary_is_written_by_some_pack():
    """A label no pack fills is a word list the engine waits for in vain."""
    from dateline.packs import vocabulary as v

    tables = {v.Weapon: "weapons", v.EventWord: "events", v.Outcome: "outcomes", v.Cue: "cues",
              v.Casualty: "casualties", v.Qualifier: "qualifiers", v.Measure: "measures", v.Feature: "features",
              v.Period: "periods"}
    packs = [load_pack(lang) for lang in available_languages()]
    for labels, table in tables.items():
        written = set()
        for pack in packs:
            for model in (pack.triggers, pack.cues, pack.numbers, pack.places, pack.dates):
                written.update(getattr(model, table, {}) or {})
        assert set(labels) <= written, f"[{table}] no pack writes {sorted(set(labels) - written)}"
