"""Helpers for the documentation pages, used by the notebooks and nbdev; not part of the API.

This is the package's one hand-written module: nbdev documents functions and classes with `show_doc`, and
`show_constant` shows a module constant the same way (notebooks call it in cells marked `#| echo: false`).
`DocRenderer` is the renderer `show_doc` uses (`renderer` in `settings.ini`). It needs nbdev, as the notebooks do.
"""

from __future__ import annotations
import functools, inspect, re
from pathlib import Path
from nbdev.showdoc import BasicMarkdownRenderer

_CHAPTER = re.compile(r"\b([Cc]hapter) (\d\d[a-z]?)\b")
_CODE_OR_LINK = re.compile(r"(`[^`]*`|\[[^\]]*\]\([^)]*\))")  # left as they are


@functools.lru_cache
def _chapter_files(nbs: Path) -> dict[str, str]:
    "Chapter number -> notebook file name, for the notebooks in `nbs` (read once per folder)."
    return {p.name.split("_")[0]: p.name for p in nbs.glob("[0-9][0-9]*.ipynb")}


def link_chapters(text: str, nbs: Path | None = None) -> str:
    """`text` with each "chapter NN" a link to that chapter's notebook (in `nbs`, the
    notebooks' folder; by default nbdev's), where the notebook exists."""
    if nbs is None:
        from nbdev.config import get_config

        nbs = get_config().nbs_path
    files = _chapter_files(Path(nbs))
    link = lambda m: f"{m[1]} [{m[2]}]({files[m[2]]})" if m[2] in files else m[0]
    parts = _CODE_OR_LINK.split(text)  # odd places: code spans and links
    return "".join(p if i % 2 else _CHAPTER.sub(link, p) for i, p in enumerate(parts))


class DocRenderer(BasicMarkdownRenderer):
    """nbdev's `show_doc` renderer with a docstring's whole first paragraph in italics
    (fastcore italicises only its first line, which cut wrapped summaries in two), its
    chapter references linked to their chapters, and an exception class that adds no
    `__init__` shown as its class line, and a signature broken into lines that fit the
    site's 88-character code column (fastcore breaks at 110)."""

    def __init__(self, sym, name: str | None = None, title_level: int = 3, maxline: int = 80):
        super().__init__(sym, name, title_level, maxline)

    def _repr_markdown_(self):
        sym = self.sym
        if isinstance(sym, type) and issubclass(sym, BaseException) and not inspect.isfunction(sym.__init__):
            # an exception class that takes a message as its base does: the class line, not `(*args, **kwargs)`
            self.dm = f"class {sym.__name__}({', '.join(b.__name__ for b in sym.__bases__)})"
        # a signature as it was written: `x=None`, not fastcore's inferred `x:NoneType=None`; a dataclass's
        # `InitVar[T]` field as the `T` it takes
        self.dm = re.sub(r"(?:dataclasses\.)?InitVar\[([^\[\]]*(?:\[[^\]]*\][^\[\]]*)*)\]", r"\1", str(self.dm)).replace(":NoneType=None", "=None")
        if self.docs:  # the summary on one line, the paragraphs after it as they are
            first, sep, rest = self.docs.strip().partition("\n\n")
            self.docs = link_chapters(" ".join(first.split()) + sep + rest)
        return super()._repr_markdown_()


def show_constant(name: str, value, doc: str, text: str | None = None):
    """Display a module constant as an API entry in the docs: a heading, its value (or
    `text`) and what it is for."""
    from pprint import pformat
    from IPython.display import Markdown, display

    if text is None:  # a dict: one entry per line, a long one folded to the site's 88 columns
        entry = lambda k, v: f"    {k!r}: " + pformat(v, width=84 - len(repr(k)), sort_dicts=False).replace(
            "\n", "\n" + " " * (6 + len(repr(k))))
        text = (
            "{\n" + "".join(entry(k, v) + ",\n" for k, v in value.items()) + "}"
            if isinstance(value, dict)
            else repr(value)
        )
    display(Markdown(f"---\n\n### {name}\n\n```python\n{name} = {text}\n```\n\n{doc}"))


def chapter_timing(chapter: str, path: str = "timings.json"):
    """How long `chapter` takes to run in full and with `QUICK = True`, as `tools/run_notebooks.py` last measured it
    (`nbs/timings.json`, read from the notebooks' folder), in one Markdown sentence."""
    import json
    from pathlib import Path
    from IPython.display import Markdown

    entry = json.loads(Path(path).read_text()).get(chapter, {}) if Path(path).exists() else {}
    say = lambda s: f"{s / 60:.0f} min" if s >= 90 else f"{s:.0f} s"
    where = lambda m: f"{m['threads']} threads of {m['cores']} cores ({m['cpu']})"
    runs = [(entry[k], what) for k, what in (("full", "in full"), ("quick", "with `QUICK = True`")) if k in entry]
    if not runs:
        return Markdown("*How long it takes:* not measured yet (`python tools/run_notebooks.py --quick`).")
    if len({where(m) for m, _ in runs}) == 1:  # one machine: name it once
        text = " and ".join(f"{say(m['seconds'])} {what}" for m, what in runs)
        text += f", measured by `tools/run_notebooks.py` on {where(runs[0][0])}, {runs[0][0]['date']}"
    else:
        text = " and ".join(f"{say(m['seconds'])} {what} (on {where(m)}, {m['date']})" for m, what in runs)
        text += ", measured by `tools/run_notebooks.py`"
    return Markdown(f"*How long it takes:* {text}. A full run reuses the run records kept in `runs/` when they are "
                    "there.")
