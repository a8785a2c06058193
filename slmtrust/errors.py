"""User-facing errors: one line, naming the file, field or flag and what would be valid."""


class SlmtrustError(Exception):
    """A problem with the user's input or environment. The CLI prints it as one line and exits 2."""
