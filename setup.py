"""The optional compiled build: ``DATELINE_COMPILE=1 pip wheel --no-build-isolation .``.

Everything about the package lives in ``pyproject.toml``; this file only adds C extensions when
asked. With ``DATELINE_COMPILE=1`` the pipeline's hot stages (text preparation, the rules
engine and the gazetteer's look-ups: pure, fully typed Python) are compiled to C with mypyc, as
mypy and black ship theirs: the same code and the same results, about 1.5 times as fast. Without it (``pip install``,
``make setup``, every test run) the package is plain Python. ``make compiled`` builds the
compiled variant beside the source tree; ``docs/scale.md`` ("One core: the compiled build")
says what it gives and how it is checked.
"""

from __future__ import annotations

import os

from setuptools import setup

# the modules compiled: those the engine spends its time in (docs/scale.md, "One core: the compiled build")
COMPILED = ["dateline/prepare", "dateline/extraction", "dateline/normalize.py",
            # the gazetteer's read side: every new word's look-up keys, Bloom probes and answers
            "dateline/geo/keys.py", "dateline/geo/bloom.py", "dateline/geo/gazetteer.py", "dateline/geo/distance.py"]


def _extensions() -> list:  # type: ignore[type-arg]
    if os.environ.get("DATELINE_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # mypy, from the dev extra: `pip install 'dateline[dev]'`

    # debug_level 0: no C debug symbols (a third of the build time); multi_file: one C file per
    # module, compiled in parallel by setuptools' build_ext -j
    return mypycify(COMPILED, opt_level="3", debug_level="0", multi_file=True)


setup(ext_modules=_extensions())
