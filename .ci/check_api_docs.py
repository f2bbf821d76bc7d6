"""Check that the processed docs (_proc/) carry an API entry for every name in every module's __all__.

An API entry is the heading that `show_doc` writes (`### name`), either from an explicit `show_doc` cell or from the
entries nbdev adds for exported functions and classes; and that no entry shows twice on a page (nbdev adds one for
a `@patch`ed method even when a `show_doc` cell already shows it, so such a cell makes a second copy).
"""
import importlib, json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
missing, checked = [], 0
for py in sorted((root / "vit_nbdev").glob("*.py")):
    if py.name.startswith("_"): continue
    m = re.search(r"File to edit: \.\./nbs/(\S+\.ipynb)", py.read_text())
    if not m: continue
    module = importlib.import_module(f"vit_nbdev.{py.stem}")
    proc = root / "_proc" / m.group(1)
    if not proc.exists(): missing.append(f"{m.group(1)}: not in _proc/ (did nbdev_proc_nbs run?)"); continue
    text, entries = [], []
    for cell in json.loads(proc.read_text())["cells"]:
        if cell["cell_type"] == "markdown": text.append("".join(cell["source"]))
        for o in cell.get("outputs", []):
            md = o.get("data", {}).get("text/markdown")
            if md:
                text.append("".join(md))
                entries += re.findall(r"^###\s+(\S+)\s*$", "".join(md), re.M)
    missing += [f"{m.group(1)}: the API entry '### {name}' shows {entries.count(name)} times"
                for name in sorted(set(entries)) if entries.count(name) > 1]
    headings = set(re.findall(r"^#+\s+(\S+)\s*$", "\n".join(text), re.M))
    for name in getattr(module, "__all__", []):
        checked += 1
        if name not in headings: missing.append(f"{py.stem}.{name} (no '### {name}' in {proc.relative_to(root)})")
if missing:
    print("FAIL: API entries missing or repeated in the processed docs:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"API entries: all {checked} public names are documented")
