"""The ar pack's own examples through the engine."""

import pytest

from ..examples import check_example, examples_of


@pytest.mark.parametrize("example", examples_of("ar"))
def test_pack_example(engine, example):
    check_example(engine, "ar", example)
