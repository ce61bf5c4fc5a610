"""`kariyer --show-completion [KABUK]` and `--install-completion [KABUK]`, in Turkish.

Typer's own options detect the running shell and ignore a shell named after them
(`--show-completion zsh` printed the bash script). Here the named shell wins and the
running one is only the default; the scripts themselves, and where they are installed,
are Typer's (`typer._completion_shared`, the Typer minor version is pinned).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Collection, Sequence
from typing import Any

from kariyer.errors import KariyerError, UsageError, os_reason

PROG = "kariyer"
COMPLETE_VAR = "_KARIYER_COMPLETE"
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
OPTIONS = ("--show-completion", "--install-completion")


def completion_request(
    args: Sequence[str], flags: Collection[str] = ()
) -> tuple[str, str | None] | None:
    """(option, shell or None) when ``args`` ask for a completion script, else None.

    The root's ``flags`` (`--no-color`, `--debug`) may stand anywhere on the line, as they
    may in every other run: `kariyer --no-color --install-completion zsh` is zsh's."""
    words = [word for word in args if word not in flags]
    if not words:
        return None
    option, _, inline = words[0].partition("=")
    if option not in OPTIONS:
        return None
    rest = words[1:]
    shell = inline or (rest.pop(0) if rest and not rest[0].startswith("-") else None)
    if rest:
        raise UsageError(
            f"{option} ile başka argüman verilmez: {' '.join(rest)}",
            hint=f"Örnek: kariyer {option} zsh",
        )
    return option, shell


def _shell(named: str | None) -> str:
    if named is None:
        from typer._completion_shared import _get_shell_name

        named = _get_shell_name()
        if named is None:
            raise UsageError(
                "Kullandığınız kabuk anlaşılamadı.",
                hint=f"Kabuğu adıyla verin: kariyer --show-completion {'|'.join(SHELLS)}",
            )
    shell = named.lower()
    if shell not in SHELLS:
        raise UsageError(
            f"Bu kabuk için tamamlama yok: {named}",
            hint=f"Desteklenen kabuklar: {', '.join(SHELLS)}",
        )
    return shell


def script(named: str | None) -> str:
    """The completion script for the named (or the running) shell."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=PROG, complete_var=COMPLETE_VAR, shell=_shell(named))


POWERSHELLS = ("powershell", "pwsh")
_BY_HAND = (
    "Betiği gösterip PowerShell profilinize ($PROFILE) elle ekleyin: "
    "kariyer --show-completion powershell"
)


def _powershell(named: str) -> str:
    """The PowerShell program to ask where its profile is: the one named, or else the other
    one (the script is the same); none installed is an error that says so, not Typer's
    "file not found" from starting a program that is not there."""
    import shutil

    for program in (named, *(other for other in POWERSHELLS if other != named)):
        if shutil.which(program):
            return program
    raise KariyerError(
        "PowerShell bu sistemde bulunamadı (ne pwsh ne powershell komutu var); "
        "tamamlama kurulamadı.",
        hint=_BY_HAND,
    )


def install(named: str | None) -> list[str]:
    """Install the completion script; the lines that say where (Turkish)."""
    from typer._completion_shared import install as typer_install

    shell = _shell(named)
    if shell in POWERSHELLS:
        shell = _powershell(shell)
    try:
        shell, path = typer_install(shell=shell, prog_name=PROG, complete_var=COMPLETE_VAR)
    except (OSError, subprocess.CalledProcessError) as error:
        if shell not in POWERSHELLS:
            raise
        reason = (
            f"çıkış kodu {error.returncode}"
            if isinstance(error, subprocess.CalledProcessError)
            else os_reason(error)
        )
        raise KariyerError(
            f"PowerShell profilinin yeri öğrenilemedi ({shell}: {reason}).", hint=_BY_HAND
        ) from None
    return [
        f"{shell} için tamamlama kuruldu: {path}",
        "Yeni açılan terminallerde etkin olur (bu terminalde: kabuğu yeniden başlatın).",
    ]


# -- what bash inserts --------------------------------------------------------------------
# Bash puts each line kariyer answers into the command line as it is (Typer's script fills
# COMPREPLY with them and asks for no quoting), so "iletişim,aktif dinleme" became two
# arguments. Outside quotes a value is written as bash's own filename completion writes
# one, `aktif\ dinleme`; inside a quote the user opened, bash replaces only what follows
# the quote and closes it, so the value goes as it is, from there on. zsh's _arguments and
# fish quote what they insert themselves; they get values unchanged.
_UNSAFE = re.compile(r"([^\w,.+\-/@%:=^])")  # \w: Turkish letters too


def bash_reply(value: str, typed: str) -> str:
    """What COMPREPLY gets for ``value`` when ``typed`` is the word as written on the line
    so far (quotes and backslashes included)."""
    opened = _open_quote(typed)
    if opened is None:
        return _UNSAFE.sub(r"\\\1", value)
    quote, before = opened
    rest = value[len(before) :] if value.startswith(before) else value
    return re.sub(r'(["$`\\])', r"\\\1", rest) if quote == '"' else rest


def _open_quote(raw: str) -> tuple[str, str] | None:
    """(the quote, the word's text before it) when the last word of ``raw`` ends inside a
    quote, else None; words end at whitespace outside quotes."""
    quote: str | None = None
    text = before = ""
    chars = iter(raw)
    for char in chars:
        if quote is None:
            if char == "\\":
                text += next(chars, "")
            elif char in "'\"":
                quote, before = char, text
            elif char.isspace():
                text = ""
            else:
                text += char
        elif char == quote:
            quote = None
        elif char == "\\" and quote == '"':
            following = next(chars, "")
            text += following if following in '"\\$`' else char + following
        else:
            text += char
    return (quote, before) if quote is not None else None


def _typed_word() -> str:
    """The word being completed as it is on the line: Typer's script joins bash's words with
    newlines (its IFS); typed by hand with spaces, the word is the last one."""
    import os

    words = os.environ.get("COMP_WORDS", "")
    if "\n" not in words:
        return words
    try:
        cword = int(os.environ.get("COMP_CWORD", ""))
    except ValueError:
        return words
    return "\n".join(words.split("\n")[: cword + 1])


def quote_for_bash() -> None:
    """Bash's completion answers each value written as bash reads it back (``bash_reply``)."""
    try:
        from typer._click.shell_completion import add_completion_class
        from typer._completion_classes import BashComplete
    except ImportError:  # pragma: no cover - depends on the installed Typer
        return

    class QuotingBashComplete(BashComplete):
        def format_completion(self, item: Any) -> str:
            return bash_reply(str(item.value), _typed_word())

    add_completion_class(QuotingBashComplete, "bash")
