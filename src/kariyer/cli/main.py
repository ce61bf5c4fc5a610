"""The command line's one funnel: every failure becomes a Turkish message and an exit code.

0 success, 1 an error (a message on stderr says what to do), 2 a usage error, 130
interrupted. No traceback reaches the user unless KARIYER_DEBUG=1 (or --debug) asks.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import typer

from kariyer.cli.app import DEBUG_ENV, app
from kariyer.errors import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    KariyerError,
    os_reason,
)


def _fail(message: str, hint: str | None, code: int) -> NoReturn:
    from kariyer.output.console import error

    error(message, hint)
    raise SystemExit(code)


def _quiet_broken_pipe() -> NoReturn:
    """The reader went away (e.g. `| head`): stop quietly, exit 0 like ripgrep. Whether
    the write fails depends only on how much output is left, so a rule of 1 would give
    `show | head -1` 0 and `list | head -1` 1; the reader took what it wanted."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise SystemExit(EXIT_OK)


ROOT_FLAGS = frozenset({"--no-color", "--debug"})  # the root's options that take no value


def _completion(args: list[str]) -> bool:
    """Whether ``args`` asked for a shell completion script (shown or installed); the
    root's flags may come before the option or after the shell."""
    first = next((word for word in args if word not in ROOT_FLAGS), "")
    if not first.startswith(("--show-completion", "--install-completion")):
        return False  # every other run: nothing more imported at start-up
    from kariyer.cli import completion

    request = completion.completion_request(args, ROOT_FLAGS)
    if request is None:
        return False
    option, shell = request
    if "--debug" in args:
        os.environ[DEBUG_ENV] = "1"
    if option == "--show-completion":
        sys.stdout.write(completion.script(shell) + "\n")
    else:
        sys.stdout.write("\n".join(completion.install(shell)) + "\n")
    return True


def help_as_option(args: list[str]) -> list[str]:
    """`kariyer help`, `kariyer help show`, `kariyer --no-color help show` as ``--help``;
    `kariyer help help` is the main help (there is no help of the help)."""
    position = 0
    while position < len(args) and args[position] in ROOT_FLAGS:
        position += 1
    if args[position : position + 1] != ["help"]:
        return args
    rest = args[position + 1 :]
    while rest[:1] == ["help"]:
        rest = rest[1:]
    return [*args[:position], *rest, "--help"]


def main(argv: list[str] | None = None) -> NoReturn:
    """Console entry point: one place maps every failure to a message and an exit code."""
    args: list[str] = []
    try:
        from kariyer.output.console import sanitize_columns

        sanitize_columns()
        args = help_as_option(list(sys.argv[1:] if argv is None else argv))
        if "--no-color" in args[: args.index("--") if "--" in args else len(args)]:
            # before Typer parses: its help screens and its usage errors come first
            from kariyer.output.console import set_no_color

            set_no_color(True)
        if _completion(args):
            raise SystemExit(EXIT_OK)
        result = app(args=args, prog_name="kariyer", standalone_mode=False)
        sys.stdout.flush()
        raise SystemExit(result if isinstance(result, int) else EXIT_OK)
    except SystemExit as done:
        if isinstance(done.__context__, BrokenPipeError):  # Click's own EPIPE exit (1)
            _quiet_broken_pipe()
        raise
    except KariyerError as exc:
        _fail(exc.message, exc.hint, exc.exit_code)
    except KeyboardInterrupt:
        raise SystemExit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as exc:  # writing the output failed (disk full, closed stream …)
        _fail(f"Çıktı yazılamadı ({os_reason(exc)}).", None, EXIT_ERROR)
    except typer.Abort:
        raise SystemExit(EXIT_INTERRUPTED) from None
    except typer.TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            raise SystemExit(EXIT_OK) from None  # Typer has printed the help already
        from kariyer.cli.usage import usage_message

        commands = {info.name for info in app.registered_commands if info.name}
        commands |= {info.name for info in app.registered_groups if info.name}
        commands |= {"help"}
        message, hint = usage_message(exc, args, commands)
        code = getattr(exc, "exit_code", EXIT_USAGE)
        _fail(message, hint, code if isinstance(code, int) else EXIT_USAGE)
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        _fail(
            f"Beklenmeyen bir hata oluştu ({type(exc).__name__}: {exc}).",
            f"Ayrıntı için {DEBUG_ENV}=1 ile yeniden çalıştırın ve hatayı bildirin.",
            EXIT_ERROR,
        )
