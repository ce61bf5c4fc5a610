"""The command line: Typer commands that parse, call the domain and hand results to output.

``app`` (the commands), ``options`` (shared options and how they become values),
``main`` (the one funnel from failures to messages and exit codes), ``usage`` (Typer's
usage errors in Turkish), ``typer_tr`` (Turkish help screens, fast parameter coercion).
"""
