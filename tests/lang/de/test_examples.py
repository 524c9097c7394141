"""The de pack's own examples through the engine."""

import pytest

from ..examples import check_example, examples_of


@pytest.mark.parametrize("example", examples_of("de"))
def test_pack_example(engine, example):
    check_example(engine, "de", example)
