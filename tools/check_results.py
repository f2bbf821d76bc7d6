#!/usr/bin/env python
"""Fail when the home page shows numbers other than the measured ones.

The home page's table of measured numbers (`nbs/index.ipynb`, and README.md made from it) is drawn by
`vit_nbdev._results.home_table` from `nbs/results.json`, which the measuring chapters write, and from the shipped
model's card. This check draws the table again from those files and compares: the notebook's saved output of the
table cell must be the table, and every measured value in it must appear in README.md.

    python tools/check_results.py
"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def values(table: str) -> list[str]:
    "The measured column of a Markdown table of (what, value) rows."
    return [row.rsplit("|", 2)[1].strip() for row in table.splitlines() if re.match(r"\|.*\|\s*$", row)][2:]


def problems(index_path: Path, readme_path: Path, table: str) -> list[str]:
    "What differs between the saved page and the table the results give (an empty list if nothing does)."
    nb = json.loads(Path(index_path).read_text())
    shown = [
        "".join(o.get("data", {}).get("text/markdown", ""))
        for c in nb["cells"] if c["cell_type"] == "code" and "home_table()" in "".join(c["source"])
        for o in c.get("outputs", [])
    ]
    found = []
    if not shown:
        found.append(f"{index_path.name}: no saved output of the cell that draws home_table(); rerun the notebook")
    elif shown[0].strip() != table.strip():
        found.append(f"{index_path.name}: the saved table is not the one the results give; rerun the notebook")
    readme = Path(readme_path).read_text()
    found += [f"{readme_path.name}: the measured value {v!r} is missing; run nbdev_readme" for v in values(table)
              if v not in readme]
    return found


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from vit_nbdev._results import home_table
    found = problems(ROOT / "nbs" / "index.ipynb", ROOT / "README.md", home_table())
    for p in found:
        print(f"FAIL: {p}", file=sys.stderr)
    if not found:
        print("results: the home page and README show the measured numbers of nbs/results.json and the card")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
