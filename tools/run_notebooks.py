#!/usr/bin/env python
"""Execute chapters in place and keep their outputs, as the published pages show them.

    python tools/run_notebooks.py 06_training 07_visualization   # names or paths, run in this order

Each notebook runs top to bottom in a fresh kernel-less shell (execnb, as `nbdev_test` uses), from `nbs/` as the
working directory, with cells marked `#| eval: false` skipped. It stops at the first error and leaves that notebook
unchanged. Then progress-bar streams are reduced to their final state (`tools/tidy_outputs.py`) and the notebook is
cleaned with `nbdev_clean`. `IN_TEST` is removed from the environment, so chapters do their real runs: chapter 06
trains on `data/cifar10` (extract `../shared/data/cifar10-train-jpg.tar.gz` into `data/` first) for about 9 minutes
on 2 CPU cores.
"""
import os, re, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NBS = ROOT / "nbs"
SKIP = re.compile(r"^#\|\s*eval:\s*false\s*$", re.M)


def run(path: Path):
    from execnb.nbio import read_nb, write_nb
    from execnb.shell import CaptureShell
    nb = read_nb(path)
    os.environ.pop("IN_TEST", None)
    cwd = os.getcwd()
    os.chdir(NBS)
    try:
        shell = CaptureShell(path)
        t0 = time.perf_counter()
        shell.run_all(nb, exc_stop=True, preproc=lambda cell: bool(SKIP.search(cell.source)))
    finally: os.chdir(cwd)
    write_nb(nb, path)
    print(f"{path.name}: ran in {time.perf_counter() - t0:.0f} s", flush=True)


def main(names):
    paths = []
    for n in names:
        p = Path(n)
        if not p.is_file(): p = NBS / (n if n.endswith(".ipynb") else n + ".ipynb")
        if not p.is_file(): sys.exit(f"no notebook {n!r}")
        paths.append(p.resolve())
    for p in paths:
        run(p)
        subprocess.run([sys.executable, str(ROOT / "tools" / "tidy_outputs.py"), str(p)], check=True)
        # the nbdev_clean of this Python's environment, also when it is not on PATH
        clean = Path(sys.executable).parent / "nbdev_clean"
        subprocess.run([str(clean) if clean.exists() else "nbdev_clean", "--fname", str(p)], check=True, cwd=ROOT)


if __name__ == "__main__": main(sys.argv[1:] or sys.exit(__doc__))
