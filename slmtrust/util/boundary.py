"""The boundary every command shares: argument parsing whose usage errors are one line, and the
one place where exceptions become an exit code (the user's mistakes: ``error: ...`` and 2; a bug:
one line naming a saved traceback, and 1). It sits at the bottom of the layers so that report
modules that are also commands (merge, reproduce, variants, export) need not import ``cli``."""

from __future__ import annotations

import argparse
import sys

from .errors import SlmtrustError, save_report, user_message


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def guarded(call) -> int:
    """The error boundary of every command: the user's mistakes (bad input, unusable files or
    folders) end as one ``error:`` line and exit 2; anything else is a bug, reported as one line
    with the path of a saved traceback, exit 1. An interrupted run says how to resume."""
    try:
        return call()
    except SlmtrustError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted; responses computed so far are cached, run again to resume")
    except SystemExit as exc:  # argparse and Hydra exit this way; their message is already printed
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else fail(str(exc.code)))
    except Exception as exc:  # noqa: BLE001 - the boundary: classify, never show a stack
        message = user_message(exc)
        if message:
            return fail(message)
        report = save_report(exc)
        print(
            f"error: internal error ({type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}); "
            f"this is a bug in slmtrust, please report it with {report}",
            file=sys.stderr,
        )
        return 1


class _Parser(argparse.ArgumentParser):
    """argparse, with its usage errors as one line (the boundary prints it) instead of usage + exit."""

    def error(self, message: str):  # type: ignore[override]
        raise SlmtrustError(f"{self.prog}: {message} (see {self.prog} --help)")


def parse(prog: str, argv: list[str], build) -> argparse.Namespace:
    parser = _Parser(prog=f"python -m slmtrust {prog}")
    build(parser)
    return parser.parse_args(argv)
