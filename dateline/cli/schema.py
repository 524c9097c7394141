"""``dateline schema`` and ``dateline settings``: the contracts, printed."""

from __future__ import annotations

import json

import click
from rich.table import Table

from ..models import Claim, Document, event_json_schema
from ..settings import SETTINGS
from .common import stdout_console


@click.command("schema")
@click.argument("record", type=click.Choice(["event", "claim", "document"]), default="event")
def schema_command(record: str) -> None:
    """Print the JSON Schema of an output record (event, claim) or of an input document."""
    if record == "event":
        schema = event_json_schema()
    elif record == "claim":
        schema = Claim.model_json_schema(mode="serialization")
    else:
        schema = Document.model_json_schema()
    click.echo(json.dumps(schema, indent=2, ensure_ascii=False))


@click.command("settings")
def settings_command() -> None:
    """Print every setting, its default and its environment variable."""
    table = Table("setting", "environment", "default", "help")
    for setting in SETTINGS:
        table.add_row(setting.name, f"DATELINE_{setting.name.upper()}", str(setting.default), setting.help)
    stdout_console().print(table)
