"""One exception hierarchy for the whole package.

Library code raises these; only the command layer turns them into messages and exit codes.
Each error carries a short stable code (``[R101]``) so that users can search for it.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""

    code = "D000"

    def __init__(self, message: str, **context: object) -> None:
        super().__init__(message)
        self.message = message
        self.context = context

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ConfigError(DatelineError):
    """A setting has an invalid value."""

    code = "C001"


class ReadError(DatelineError):
    """An input could not be turned into a document (binary, empty, bad JSON, too big...)."""

    code = "R100"

    def __init__(self, message: str, *, path: str = "", line: int | None = None) -> None:
        super().__init__(message, path=path, line=line)
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line is not None else "")
        return f"{where}: [{self.code}] {self.message}" if where else super().__str__()


class InvalidDateError(ReadError):
    """A date in the input does not exist (``2023-02-30``) or cannot be parsed."""

    code = "R110"


class PackError(DatelineError):
    """A language pack or knowledge-base data file is malformed."""

    code = "P001"


class ExtractError(DatelineError):
    """The extraction engine failed on a document."""

    code = "E001"


class UnknownEngineError(ExtractError):
    code = "E002"


class GazetteerError(DatelineError):
    """The gazetteer could not be built, opened or imported."""

    code = "G001"


class StoreError(DatelineError):
    """The event store could not be opened or written."""

    code = "S001"


class NotFoundError(StoreError):
    code = "S404"


class QueryError(StoreError):
    """A query cannot be run as asked: a pagination cursor that was not issued by the store,
    a bounding box that is not one."""

    code = "S400"


class EvalError(DatelineError):
    """A gold file is malformed or the evaluation cannot run."""

    code = "V001"

    def __init__(self, message: str, *, path: str = "") -> None:
        super().__init__(message, path=path)
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: [{self.code}] {self.message}" if self.path else super().__str__()
