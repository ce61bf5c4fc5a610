"""Typer adapted to kariyer: help screens in Turkish, and plain coercion of simple values.

Typer 0.29 converts every parameter value through a pydantic TypeAdapter that it builds at
run time, which costs about as much as importing Typer itself. kariyer's parameters are
only text, lists of text and flags, which the parser already hands over as ``str`` or
``bool``; for those a few lines of plain Python do the same job (see ``PlainCoercion``).
Any other annotation, or a Typer whose internals differ, keeps Typer's own path.

Both use Typer internals (``typer._coercion``, ``typer._click``, the ``rich_utils`` panel
titles), so pyproject.toml pins the Typer minor version this was tested with; the
fallback to Typer's own coercion is tested too (tests/unit/test_typer_tr.py).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from typer import BadParameter
from typer.core import TyperCommand, TyperGroup

try:  # Typer's runtime-coercion contract (0.29); without it, Typer's own path is used
    from typer._coercion import RuntimeParam
except ImportError:  # pragma: no cover - depends on the installed Typer
    RuntimeParam = None  # type: ignore[assignment,misc]

HELP_OPTION_TEXT = "Bu yardımı gösterir ve çıkar."
_REQUIRED = re.compile(r"\{([A-ZÇĞİÖŞÜ_]+)\}")
COMPLETION_HELP = {
    "install_completion": "Komut tamamlamayı kurar: KABUK bash, zsh, fish ya da powershell "
    "(verilmezse kullanılan kabuk).",
    "show_completion": "Tamamlama betiğini gösterir (kopyalamak ya da uyarlamak için); KABUK gibi.",
}


def _turkish_panels() -> None:
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = "Argümanlar"
    rich_utils.OPTIONS_PANEL_TITLE = "Seçenekler"
    rich_utils.COMMANDS_PANEL_TITLE = "Komutlar"
    rich_utils.DEFAULT_STRING = "[varsayılan: {}]"
    rich_utils.REQUIRED_LONG_STRING = "[zorunlu]"
    rich_utils.ENVVAR_STRING = "[ortam değişkeni: {}]"
    if not getattr(rich_utils._get_rich_console, "kariyer", False):
        made = rich_utils._get_rich_console

        disabled = rich_utils.FORCE_TERMINAL is False  # _TYPER_FORCE_DISABLE_TERMINAL

        def help_console(stderr: bool = False) -> Any:
            """Typer's help console, writing without trailing spaces, coloured by kariyer's
            rule (Typer reads FORCE_COLOR alone: it would colour help under NO_COLOR or
            --no-color, and for FORCE_COLOR=0)."""
            from kariyer.output.console import colour_off, forced_terminal, trimmed

            stream = sys.stderr if stderr else sys.stdout
            rich_utils.FORCE_TERMINAL = False if disabled else forced_terminal(stream)
            console = made(stderr)
            if colour_off():
                console.no_color = True
            console.file = trimmed(console.file)
            return console

        help_console.kariyer = True  # type: ignore[attr-defined]
        rich_utils._get_rich_console = help_console


class _TurkishHelpMixin:
    def format_help(self, ctx: Any, formatter: Any) -> None:
        _turkish_panels()
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if getattr(param, "is_flag", False):
                param.metavar = ""  # a flag takes no value: no "<bool>" column
            if getattr(param, "param_type_name", "") == "argument":
                # Typer 0.29 prints Python types ("<str>", "<list[str]>") for arguments;
                # the metavar and the help already say what to type.
                param.display_type_rich = lambda ctx: None
            if param.name in COMPLETION_HELP:
                param.help = COMPLETION_HELP[param.name]
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def get_usage(self, ctx: Any) -> str:
        usage: str = super().get_usage(ctx)  # type: ignore[misc]
        usage = usage.replace("Usage:", "Kullanım:", 1).replace("[OPTIONS]", "[SEÇENEKLER]")
        usage = _REQUIRED.sub(r"\1", usage)  # Typer's "{MESLEK}": MESLEK, as every CLI writes it
        return usage.replace("COMMAND [ARGS]...", "KOMUT [ARGÜMANLAR]...")

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


_TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})
_FALSE = frozenset({"0", "false", "f", "no", "n", "off", ""})


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode(sys.getfilesystemencoding(), "replace")
    return str(value)


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(f"'{str(value)[:20]}' bir evet/hayır değeri değil (true ya da false yazın).")


def _text_list(value: Any) -> list[str]:
    items = value if isinstance(value, list | tuple) else [value]
    return [_text(item) for item in items]


_PLAIN: dict[Any, Callable[[Any], Any]] = {str: _text, bool: _flag, list[str]: _text_list}

if RuntimeParam is not None:

    @dataclass(frozen=True)
    class PlainCoercion(RuntimeParam):
        """Typer's coercion contract, fulfilled without pydantic for str, bool, list[str]."""

        convert: Callable[[Any], Any]

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                return self.convert(value)
            except ValueError as error:
                raise BadParameter(str(error), ctx=ctx, param=param) from error


def use_plain_coercion(params: list[Any]) -> None:
    """Give each simple parameter the plain coercion before Typer builds its own."""
    if RuntimeParam is None:
        return
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", "missing") is not None:
            continue
        convert = _PLAIN.get(getattr(descriptor, "annotation", None))
        if convert is None or getattr(descriptor, "file_annotation", None) is not None:
            continue
        try:
            param._runtime_param = PlainCoercion(
                annotation=descriptor.annotation,
                parameter_info=descriptor.parameter_info,
                convert=convert,
            )
        except (TypeError, AttributeError):  # another Typer's contract: keep its own path
            return


@dataclass(frozen=True)
class Misplaced:
    """Words a command has no place for, and the one option it requires, which they may
    belong to (`kariyer match iletişim`, `kariyer match --skills aktif dinleme`)."""

    option: str  # its long name, "--skills"
    value: str | None  # what the option got, when it was given
    words: list[str]


def misplaced(command: Any, ctx: Any, typed: list[str]) -> Misplaced | None:
    """The line ``typed`` parsed again, values unchecked: the words left over and the
    command's one required option (None when it has not exactly one)."""
    required = [
        param
        for param in command.get_params(ctx)
        if getattr(param, "param_type_name", "") == "option"
        and param.required
        and not getattr(param, "is_flag", False)
    ]
    if len(required) != 1:
        return None
    try:
        opts, rest, _order = command.make_parser(ctx).parse_args(args=list(typed))
    except Exception:  # the first parse failed for a reason of its own: keep its message
        return None
    value = opts.get(required[0].name)
    name = max(required[0].opts, key=len)
    return Misplaced(name, value if isinstance(value, str) else None, [str(w) for w in rest])


class _PlainCoercionMixin:
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        use_plain_coercion(self.get_params(ctx))  # type: ignore[attr-defined]
        typed = list(args)  # Click's parser consumes the list it is given
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc,no-any-return]
        except Exception as error:
            if type(error).__name__ in ("MissingParameter", "UsageError"):
                # a required option missing, or words left over: which option they go to
                error.kariyer_misplaced = misplaced(self, ctx, typed)  # type: ignore[attr-defined]
            raise


def _completion_option(ctx: Any) -> bool:
    """Whether `--show-completion` or `--install-completion` was typed (Typer declares
    them as flags: the shell name after them would be completed as a command)."""
    try:
        from typer._click.core import ParameterSource
    except ImportError:  # pragma: no cover - depends on the installed Typer
        return False
    return any(
        ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE
        for name in ("show_completion", "install_completion")
    )


class TurkishGroup(_PlainCoercionMixin, _TurkishHelpMixin, TyperGroup):
    def _main_shell_completion(
        self, ctx_args: Any, prog_name: str, complete_var: Any = None
    ) -> None:
        """A completion request: bash gets values written so that it reads them back whole."""
        from kariyer.cli.completion import quote_for_bash

        quote_for_bash()
        super()._main_shell_completion(ctx_args, prog_name, complete_var)

    def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
        """`kariyer --show-completion <TAB>` offers the shells, not the commands (and
        nothing once the shell is there: the option takes no more)."""
        if ctx.parent is None and _completion_option(ctx):
            from typer._click.shell_completion import CompletionItem

            from kariyer.cli.completion import SHELLS

            if getattr(ctx, "_protected_args", None) or getattr(ctx, "args", None):
                return []
            return [CompletionItem(shell) for shell in SHELLS if shell.startswith(incomplete)]
        return super().shell_complete(ctx, incomplete)


class TurkishCommand(_PlainCoercionMixin, _TurkishHelpMixin, TyperCommand):
    pass
