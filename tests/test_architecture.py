"""The shape of the package: what loads what."""

import json
import os
import subprocess
import sys


def test_extracting_text_never_loads_the_store():
    """``dateline.extract`` reads, prepares and extracts: SQLAlchemy, Alembic and the store stay
    unloaded (they cost a third of a second, and a script that only extracts needs none)."""
    code = ("import sys, json, dateline\n"
            "events = dateline.extract('A drone struck Kharkiv on Friday, killing two people.', "
            "published='2025-03-14')\n"
            "print(json.dumps({'events': len(events), 'modules': sorted(m for m in sys.modules if m.startswith("
            "('sqlalchemy', 'alembic', 'dateline.store', 'dateline.merge', 'dateline.export')))}))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ),
                            timeout=300, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["events"] >= 1  # it did extract
    assert report["modules"] == []
