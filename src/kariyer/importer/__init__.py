"""Turning saved career articles into profiles (`kariyer import`), never guessing.

``decode`` (bytes to text), ``lines`` (cleaned lines and the findings collector),
``sections`` (one reader per section of the article), ``parser`` (the whole article).
"""
