"""`kariyer --show-completion [KABUK]` and `--install-completion [KABUK]`, in Turkish.

Typer's own options detect the running shell and ignore a shell named after them
(`--show-completion zsh` printed the bash script). Here the named shell wins and the
running one is only the default; the scripts themselves, and where they are installed,
are Typer's (`typer._completion_shared`, the Typer minor version is pinned).
"""

from __future__ import annotations

from collections.abc import Sequence

from kariyer.errors import UsageError

PROG = "kariyer"
COMPLETE_VAR = "_KARIYER_COMPLETE"
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
OPTIONS = ("--show-completion", "--install-completion")


def completion_request(args: Sequence[str]) -> tuple[str, str | None] | None:
    """(option, shell or None) when ``args`` ask for a completion script, else None."""
    if not args:
        return None
    option, _, inline = args[0].partition("=")
    if option not in OPTIONS:
        return None
    rest = list(args[1:])
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


def install(named: str | None) -> list[str]:
    """Install the completion script; the lines that say where (Turkish)."""
    from typer._completion_shared import install as typer_install

    shell, path = typer_install(shell=_shell(named), prog_name=PROG, complete_var=COMPLETE_VAR)
    return [
        f"{shell} için tamamlama kuruldu: {path}",
        "Yeni açılan terminallerde etkin olur (bu terminalde: kabuğu yeniden başlatın).",
    ]
