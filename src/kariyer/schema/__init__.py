"""The schema: the pydantic-checked models every data file must match (the contract).

``models`` holds the models and the one copy of every limit (slug, years, text length);
``build`` makes models from data already checked and turns any result back into JSON data;
``validate`` checks untrusted data with pydantic and words its complaints in Turkish.
"""
