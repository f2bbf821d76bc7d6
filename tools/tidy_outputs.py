#!/usr/bin/env python
"""Replace the raw terminal stream of progress bars in saved notebook outputs by what a terminal would finally show.

Text progress bars (tqdm) redraw themselves with carriage returns and cursor moves; a notebook executed outside a
browser stores every redraw. This keeps the final state of each line, so a saved training cell shows its finished bars
and summary lines instead of thousands of intermediate frames. The bars themselves are then dropped, finished or
not: the lines printed beside them (one per epoch) say what they said, and a page should not show a bar frozen in time.

    python tools/tidy_outputs.py nbs/06_training.ipynb [more notebooks...]
"""
import json, re, sys
from pathlib import Path

ESC = re.compile(r"\x1b\[(\d*)([A-Za-z])")
BAR = re.compile(r"\d{1,3}%\|[^|]*\|\s*\d+/\d+")  # a tqdm bar: ' 40%|####      | 6/15 [03:00<04:30, ...]'



def render(text: str) -> str:
    "What a terminal shows after printing `text`: handles \\r, \\n, cursor up (ESC[nA) and erase line (ESC[K)."
    screen, row, col, i = [""], 0, 0, 0
    while i < len(text):
        m = ESC.match(text, i)
        if m:
            n, code = int(m.group(1) or 1), m.group(2)
            if code == "A": row = max(0, row - n)
            elif code == "B": row += n
            elif code == "K": screen[row] = screen[row][:col]
            i = m.end(); continue
        ch = text[i]; i += 1
        if ch == "\r": col = 0
        elif ch == "\n": row += 1; col = 0
        else:
            while len(screen) <= row: screen.append("")
            line = screen[row].ljust(col)
            screen[row] = line[:col] + ch + line[col + 1:]
            col += 1
        while len(screen) <= row: screen.append("")
    lines = [l.rstrip() for l in screen if not BAR.search(l)]
    return "\n".join(l for l in lines if l) + ("\n" if any(lines) else "")


def tidy(path: Path) -> int:
    nb = json.loads(path.read_text())
    changed = 0
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            if out.get("output_type") != "stream": continue
            text = "".join(out["text"]) if isinstance(out["text"], list) else out["text"]
            if "\r" not in text and "\x1b[" not in text: continue
            out["text"] = render(text).splitlines(keepends=True)
            changed += 1
        cell["outputs"] = [o for o in cell.get("outputs", []) if o.get("output_type") != "stream" or o["text"]]
    if changed: path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    return changed


if __name__ == "__main__":
    for p in sys.argv[1:]: print(f"{p}: {tidy(Path(p))} stream output(s) tidied")
