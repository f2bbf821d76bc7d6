"""A helper for the documentation pages, used by the notebooks; not part of the API.

This is the package's one hand-written module: nbdev documents functions and classes with `show_doc`, and this
shows a module constant the same way. Notebooks call it in cells marked `#| echo: false`.
"""

from __future__ import annotations


def show_constant(name: str, value, doc: str, text: str | None = None):
    """Display a module constant as an API entry in the docs: a heading, its value (or
    `text`) and what it is for."""
    from IPython.display import Markdown, display

    if text is None:  # a dict: one entry per line
        text = (
            "{\n" + "".join(f"    {k!r}: {v!r},\n" for k, v in value.items()) + "}"
            if isinstance(value, dict)
            else repr(value)
        )
    display(Markdown(f"---\n\n### {name}\n\n```python\n{name} = {text}\n```\n\n{doc}"))
