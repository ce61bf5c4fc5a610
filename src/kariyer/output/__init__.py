"""The output layer: the only place that knows Rich, Markdown, CSV and JSON.

``registry`` maps each format to its writer (``text`` package, ``json``, ``markdown``,
``csv``); ``console`` owns the two consoles and the messages on stderr; ``blocks`` and
``tables`` are the text views' building blocks; ``labels`` and ``cells`` hold every
Turkish label and cell wording shared by the formats.
"""
