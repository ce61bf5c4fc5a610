"""The store: finds, reads, validates and caches profiles and the bundled reference tables.

``paths`` (where data live), ``files`` (size-limited reads), ``verified`` (schema checks and
the record of files that passed), ``index`` (the cached index for scans), ``names`` (a typed
name to a slug), ``reference`` (bundled tables), ``catalog`` (all of it behind one object),
``write`` (the one safe way to write a user's file).
"""
