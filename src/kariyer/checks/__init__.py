"""Data quality: one Finding type, per-profile rules in a registry, and checking files.

``findings`` (the Finding every check, import and show reports), ``rules`` (one function
per data-quality rule, in ``RULES``), ``assess`` (a profile's computed figures and the
rules' findings: what `show` and `import` report), ``files`` (`kariyer check` over files
and directories: schema errors, then the rules).
"""
