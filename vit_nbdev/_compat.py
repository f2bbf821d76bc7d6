"""Names that left a module's public API keep importing, with a `DeprecationWarning`.

Hand-written, like `_docs.py`; not part of the API. The spine's restructure (issue 27) made some helpers private (a leading
underscore) so that a learner meets fewer names; code written against an earlier release that imports one of them
by its old name (`from vit_nbdev.training import decay_groups`) keeps working through the module's `__getattr__`
(PEP 562), which `renamed` builds.
"""

from __future__ import annotations
import warnings


def renamed(module: str, namespace: dict, names: list[str]):
    """A `__getattr__` for module `module` that answers each old public name in `names` with the private `_name`
    of `namespace` (the globals of the module that defines it now), with a warning."""
    old = set(names)

    def __getattr__(name: str):
        if name in old:
            warnings.warn(
                f"{module}.{name} is no longer public; use {namespace['__name__']}._{name} "
                "(it may change without notice)",
                DeprecationWarning,
                stacklevel=2,
            )
            return namespace["_" + name]
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__
