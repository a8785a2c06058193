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
