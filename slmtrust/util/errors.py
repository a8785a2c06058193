"""User-facing errors: one line, naming the file, field or flag and what would be valid."""


class SlmtrustError(Exception):
    """A problem with the user's input or environment. The CLI prints it as one line and exits 2."""


def first_line(exc: BaseException, limit: int | None = 200) -> str:
    """An exception's first message line (capped at ``limit`` characters), or its type name when
    it has no message: enough to name a failure on one line, without its trace."""
    text = str(exc).strip()
    return text.splitlines()[0][:limit] if text else type(exc).__name__


def describe(exc: BaseException) -> str:
    """``Type: first line`` of an exception, or just ``Type`` when it has no message."""
    return f"{type(exc).__name__}: {first_line(exc)}" if str(exc).strip() else type(exc).__name__


def user_message(exc: BaseException) -> str | None:
    """The one-line message of an exception the user's environment caused (a folder that cannot
    be written, a file that cannot be read, a disk that is full), or None for a bug."""
    import sqlite3

    if isinstance(exc, OSError) and (exc.filename or exc.errno):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or first_line(exc)}"
    if isinstance(exc, sqlite3.DatabaseError):
        return f"response cache: {first_line(exc)} (move the cache file away or set paths.cache=<folder>)"
    return None


def save_report(exc: BaseException) -> str:
    """Write the traceback of a bug to a file in the temporary folder; returns its path."""
    import tempfile
    import time
    import traceback

    path = f"{tempfile.gettempdir()}/slmtrust-crash-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
    except OSError:
        return "(the report could not be saved)"
    return path
