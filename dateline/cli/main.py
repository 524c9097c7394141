"""``dateline``: the command line. Each command lives in its own module of this package and
is imported only when it runs, so ``dateline extract`` starts without loading the store."""

from __future__ import annotations

from importlib import import_module

import click

from .. import __version__

COMMANDS = {
    "extract": "dateline.cli.extract:extract_command",
    "ingest": "dateline.cli.ingest:ingest_command",
    "backfill": "dateline.cli.backfill:backfill_command",
    "events": "dateline.cli.events:events_group",
    "claims": "dateline.cli.events:claims_command",
    "schema": "dateline.cli.schema:schema_command",
    "settings": "dateline.cli.schema:settings_command",
    "gazetteer": "dateline.cli.gazetteer:gazetteer_group",
    "eval": "dateline.cli.evaluate:eval_command",
    "watch": "dateline.cli.watch:watch_command",
    "serve": "dateline.cli.serve:serve_command",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attribute = target.split(":")
        return getattr(import_module(module), attribute)  # type: ignore[no-any-return]

    @property  # type: ignore[override]
    def commands(self) -> dict[str, click.Command]:
        return {name: self.get_command(click.Context(self), name) for name in COMMANDS}  # type: ignore[misc]

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        pass


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="dateline")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn news reports into an ACLED-style conflict-event dataset, offline.

    \b
    Quick tour:
      dateline extract article.txt              events of one article, as a table
      dateline ingest examples/ --db events.db  read a folder into a store
      dateline watch FEED_URL --db events.db    keep the store current from a feed
      dateline events --db events.db --country IQ --format csv > iraq.csv
      dateline eval eval/dev                    score the engine on annotated articles
      dateline serve --db events.db             map dashboard and HTTP API on localhost:8000
    """
    from .common import configure_logging

    configure_logging(verbose)


def main() -> None:
    cli(prog_name="dateline")


if __name__ == "__main__":
    main()
