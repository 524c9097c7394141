"""``dateline``: the command line. Each command lives in its own module of this package."""

from __future__ import annotations

import click

from .. import __version__
from .common import configure_logging
from .evaluate import eval_command
from .events import claims_command, events_group
from .extract import extract_command
from .gazetteer import gazetteer_group
from .ingest import ingest_command
from .schema import schema_command, settings_command


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="dateline")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn news reports into an ACLED-style conflict-event dataset, offline.

    \b
    Quick tour:
      dateline extract article.txt              events of one article, as a table
      dateline ingest examples/ --db events.db  read a folder into a store
      dateline events --db events.db --country IQ --format csv > iraq.csv
      dateline eval eval/dev                    score the engine on annotated articles
    """
    configure_logging(verbose)


for command in (extract_command, ingest_command, events_group, claims_command, schema_command,
                settings_command, gazetteer_group, eval_command):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="dateline")


if __name__ == "__main__":
    main()
