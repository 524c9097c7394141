"""Every installed language pack has its test folder."""

from pathlib import Path

from dateline.packs import available_languages


def test_every_pack_has_a_test_folder():
    here = Path(__file__).parent
    missing = [lang for lang in available_languages() if not (here / lang / "test_examples.py").is_file()]
    assert not missing, f"add tests/lang/<xx>/test_examples.py for {missing}"
