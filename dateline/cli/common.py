"""What every command shares: options as decorators, consoles, error reporting, exit codes.

Library errors become one-line messages here and nowhere else; data goes to stdout,
messages and progress to stderr. Exit status: 0 success, 1 some input or step failed,
2 usage error (click's own).
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import DatelineError
from ..settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console() -> Console:
    return Console(file=sys.stdout, highlight=False, soft_wrap=False, width=max(160, Console().width))


def report(message: str) -> None:
    """One line on stderr; untrusted text is escaped, never rendered as markup."""
    stderr.print(f"[red]error:[/red] {escape(message)}")


def note_inferred_years(count: int) -> None:
    """Once per run, not once per article: how many articles were dated by a dateline that
    gives a day and a month but no year."""
    if count:
        stderr.print(f"note: {count} document(s) give a day and month in their dateline but no year "
                     "anywhere; each is dated to the most recent such day not after its file's "
                     "modification day (or today), as its meta.published_inferred says.")


def file_progress(*, quiet: bool) -> Progress:
    """The progress bar of commands that read many files, on stderr (off when ``quiet``)."""
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TextColumn("files"), TimeElapsedColumn(),
                    console=stderr, transient=True, disable=quiet, redirect_stdout=False,
                    redirect_stderr=False)


def fail(error: DatelineError) -> None:
    report(str(error))
    sys.exit(1)


def db_option(function: F) -> F:
    return click.option("--db", "db", metavar="PATH|URL", default=None,
                        help="Store: SQLite file or SQLAlchemy URL [env: DATELINE_DB; default: dateline.db].")(function)


def engine_option(function: F) -> F:
    return click.option("--engine", default=None, metavar="NAME",
                        help="Extraction engine [env: DATELINE_ENGINE; default: rules].")(function)


def input_options(function: F) -> F:
    function = click.option("--encoding", default=None, metavar="CODEC",
                            help="Text encoding of the inputs when not UTF-8 (e.g. cp1252).")(function)
    return click.option("--max-bytes", type=click.IntRange(min=1), default=None,
                        help="Largest file or JSON-lines document read "
                             "[env: DATELINE_MAX_FILE_BYTES; default: 5000000].")(function)


def settings_from(**overrides: Any) -> Settings:
    try:
        return Settings.from_env(**overrides)
    except DatelineError as error:
        fail(error)
        raise  # unreachable


def handles_errors(function: F) -> F:
    """Turn dateline errors (and Ctrl-C) into a message and an exit status."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except DatelineError as error:
            fail(error)
        except KeyboardInterrupt:
            report("interrupted; everything stored so far is complete and consistent")
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


def configure_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    handler = RichHandler(console=stderr, show_time=False, show_path=False, markup=False)
    logging.basicConfig(level=level, handlers=[handler], format="%(message)s", force=True)
