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


class FetchError(ReadError):
    """A web page or feed could not be fetched. ``path`` is the URL.

    ``transient`` errors (network failures, timeouts, 5xx and 429 answers) are worth trying
    again later; the others (a PDF, a page too large, a redirect loop, a 404, robots.txt
    saying no) will fail the same way every time.
    """

    code = "F100"
    transient: bool = True

    def __init__(self, message: str, *, url: str = "", retry_after: float | None = None) -> None:
        super().__init__(message, path=url)
        self.url = url
        self.retry_after = retry_after


class FetchTimeoutError(FetchError):
    code = "F101"


class HTTPStatusError(FetchError):
    """The server answered with an error status; 5xx, 408 and 429 are transient."""

    code = "F102"

    def __init__(self, message: str, *, url: str = "", status: int = 0,
                 retry_after: float | None = None) -> None:
        super().__init__(message, url=url, retry_after=retry_after)
        self.status = status
        self.transient = status >= 500 or status in (408, 429)


class TooLargeError(FetchError):
    code = "F103"
    transient = False


class RedirectError(FetchError):
    """A redirect loop, too many redirects, or a redirect to something that is not http(s)."""

    code = "F104"
    transient = False


class ContentTypeError(FetchError):
    """The URL holds something other than what was asked for (a PDF instead of a page)."""

    code = "F105"
    transient = False


class RobotsError(FetchError):
    """robots.txt forbids the URL (permanent) or could not be read (transient, RFC 9309)."""

    code = "F106"

    def __init__(self, message: str, *, url: str = "", transient: bool = False) -> None:
        super().__init__(message, url=url)
        self.transient = transient


class FeedError(FetchError):
    """A feed's bytes are not RSS, Atom or JSON Feed (malformed XML, broken JSON...)."""

    code = "F110"


class WatchConfigError(ConfigError):
    """The watch configuration file is missing, not TOML, or has an unknown key."""

    code = "C010"
