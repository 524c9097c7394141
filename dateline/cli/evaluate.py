"""``dateline eval``: score an engine against a folder of gold articles."""

from __future__ import annotations

import json
import sys

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from ..errors import EvalError
from ..evaluate.gold import iter_gold
from ..evaluate.report import details_lines, report_tables
from ..evaluate.scorer import evaluate
from ..extraction import get_engine
from .common import engine_option, handles_errors, report, settings_from, stderr, stdout_console


@click.command("eval")
@click.argument("gold_dir", metavar="GOLD_DIR")
@engine_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--lang", "langs", multiple=True, metavar="CODE", help="Only articles in this language (repeatable).")
@click.option("--no-dedup", is_flag=True, help="Skip the deduplication score (no temporary store).")
@click.option("--details", is_flag=True,
              help="Then list, per document, each gold event and prediction: matched (with wrong fields), "
                   "missed (with the nearest prediction and why) and extra (with its sentence and reasons).")
@click.option("--doc", "doc_ids", multiple=True, metavar="ID", help="Only this article (repeatable).")
@handles_errors
def eval_command(gold_dir: str, engine: str | None, fmt: str, langs: tuple[str, ...], no_dedup: bool,
                 details: bool, doc_ids: tuple[str, ...]) -> None:
    """Score the engine on the annotated articles of GOLD_DIR (format: docs/annotation-guide.md).

    Reports event precision, recall and F1, field accuracy on matched events, per-language
    figures, deduplication across articles, sub-event confusions and the worst documents.
    """
    settings = settings_from(engine=engine)
    extractor = get_engine(settings.engine, settings)
    articles, errors = [], []
    for item in iter_gold(gold_dir):
        if isinstance(item, EvalError):
            report(str(item))
            errors.append(str(item))
        elif (not langs or item.lang in langs) and (not doc_ids or item.id in doc_ids):
            articles.append(item)
    if not articles:
        report(f"{gold_dir}: no gold articles found")
        sys.exit(1)
    with Progress(TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), console=stderr,
                  transient=True) as progress:
        task = progress.add_task("score", total=len(articles))

        def extract(doc):  # type: ignore[no-untyped-def]
            result = extractor.extract(doc)
            progress.advance(task)
            return result.events, result.claims

        result = evaluate(articles, extract, dedup=not no_dedup)
    result.errors.extend(errors)
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        stdout_console().print(report_tables(result))
    if details:
        click.echo("\n".join(details_lines(result, all_documents=bool(doc_ids))))
    if errors or result.errors:
        sys.exit(1)
