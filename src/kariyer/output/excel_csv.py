"""CSV for Turkish spreadsheets (``--format excel-csv``): opens correctly by double-click.

Turkish Excel and LibreOffice read a comma CSV into one column and garble ü/ş without a
BOM. This writer gives the same rows and English column names as ``--format csv``, but
``;``-separated, with a decimal comma (``14000,0``), CRLF line ends and UTF-8 with BOM.
"""

from __future__ import annotations

from kariyer.output.csv import views
from kariyer.output.csv_dialect import DIALECTS

VIEWS = views(DIALECTS["excel-csv"])
