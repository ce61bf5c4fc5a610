"""The domain: pure functions over profiles and reference tables; they never print.

``figures`` (what kariyer computes from published pay), ``salary``, ``compare``, ``listing``,
``search`` and ``skills`` each answer one command's question with a result dataclass that
the output layer writes as text, JSON, Markdown or CSV.
"""
