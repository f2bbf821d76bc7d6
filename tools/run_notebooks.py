#!/usr/bin/env python
"""Execute chapters in place and keep their outputs, as the published pages show them.

    python tools/run_notebooks.py 06_training 07_visualization   # names or paths, run in this order
    python tools/run_notebooks.py --quick                         # every chapter in quick mode, timed, not saved

Each notebook runs top to bottom in a fresh kernel-less shell (execnb, as `nbdev_test` uses), from `nbs/` as the
working directory, with cells marked `#| eval: false` skipped. It stops at the first error and leaves that notebook
unchanged. Then progress-bar streams are reduced to their final state (`tools/tidy_outputs.py`) and the notebook is
cleaned with `nbdev_clean`. `IN_TEST` is removed from the environment, so chapters do their real runs: chapter 06
trains on `data/cifar10` (extract `../shared/data/cifar10-train-jpg.tar.gz` into `data/` first) for about 9 minutes
on 2 CPU cores.

Every run's time is kept in `nbs/timings.json` (full and quick apart), which the chapters show at their top.

With `--quick` the chapters run as a learner's `QUICK = True` runs them (`VIT_NBDEV_QUICK=1`: small synthetic data,
few epochs), each is timed and the times are printed, and only each notebook's timing line is rewritten: the other
saved outputs stay those of the real runs. Without names, `--quick` runs every chapter that `nbdev_test` runs, in order.
"""
import os, re, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NBS = ROOT / "nbs"
SKIP = re.compile(r"^#\|\s*eval:\s*false\s*$", re.M)


def run(path: Path, quick: bool = False) -> float:
    "Run the notebook at `path`, keep its outputs unless `quick`; return the seconds it took."
    from execnb.nbio import read_nb, write_nb
    from execnb.shell import CaptureShell
    nb = read_nb(path)
    for flag in ("IN_TEST", "VIT_NBDEV_QUICK"):  # quick: as nbdev_test runs it; else the real runs
        if quick: os.environ[flag] = "1"
        else: os.environ.pop(flag, None)
    cwd = os.getcwd()
    os.chdir(NBS)
    try:
        shell = CaptureShell(path)
        t0 = time.perf_counter()
        shell.run_all(nb, exc_stop=True, preproc=lambda cell: bool(SKIP.search(cell.source)))
    finally: os.chdir(cwd)
    seconds = time.perf_counter() - t0
    if not quick: write_nb(nb, path)
    print(f"{path.name}: ran in {seconds:.0f} s{' (quick)' if quick else ''}", flush=True)
    record_timing(path.stem, seconds, quick)
    refresh_timing_cell(path)
    return seconds


def refresh_timing_cell(path: Path):
    "Write the chapter's `chapter_timing` cell output afresh from `nbs/timings.json`, leaving every other cell as saved."
    import json
    from vit_nbdev._docs import chapter_timing
    nb = json.loads(path.read_text())
    cells = [c for c in nb["cells"] if c["cell_type"] == "code" and "chapter_timing(" in "".join(c["source"])]
    if not cells: return
    cwd = os.getcwd()
    os.chdir(NBS)
    try: text = chapter_timing(path.stem).data
    finally: os.chdir(cwd)
    for c in cells:
        c["outputs"] = [{"data": {"text/markdown": text.splitlines(keepends=True), "text/plain": ["<IPython.core.display.Markdown object>"]},
                         "metadata": {}, "output_type": "execute_result", "execution_count": None}]
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")

def record_timing(chapter: str, seconds: float, quick: bool):
    """Keep the time of a chapter's run in `nbs/timings.json` (its "full" or "quick" entry), with the machine it
    ran on: the chapters show it at their top (`vit_nbdev._docs.chapter_timing`)."""
    import json, platform, torch
    from vit_nbdev.recipe import _cpu_name
    path = NBS / "timings.json"
    timings = json.loads(path.read_text()) if path.exists() else {}
    timings.setdefault(chapter, {})["quick" if quick else "full"] = {
        "seconds": round(seconds, 1), "cpu": _cpu_name(), "threads": torch.get_num_threads(),
        "cores": os.cpu_count(), "date": time.strftime("%Y-%m-%d"), "python": platform.python_version()}
    path.write_text(json.dumps(timings, indent=1, sort_keys=True) + "\n")


def main(names):
    quick = "--quick" in names
    names = [n for n in names if n != "--quick"]
    if quick and not names:  # every chapter nbdev_test runs (not the benchmarks, which skip_exec)
        names = [p.stem for p in sorted(NBS.glob("[0-9]*.ipynb")) if "skip_exec: true" not in p.read_text()]
    paths = []
    for n in names:
        p = Path(n)
        if not p.is_file(): p = NBS / (n if n.endswith(".ipynb") else n + ".ipynb")
        if not p.is_file(): sys.exit(f"no notebook {n!r}")
        paths.append(p.resolve())
    # the nbdev_clean of this Python's environment, also when it is not on PATH
    clean = Path(sys.executable).parent / "nbdev_clean"
    clean = lambda p, c=clean: subprocess.run([str(c) if c.exists() else "nbdev_clean", "--fname", str(p)],
                                              check=True, cwd=ROOT)
    if quick:  # only the timing line of each notebook is rewritten
        total = 0.0
        for p in paths:
            total += run(p, quick=True)
            clean(p)
        print(f"all {len(paths)} chapters in quick mode: {total / 60:.1f} min")
        return
    for p in paths:
        run(p)
        subprocess.run([sys.executable, str(ROOT / "tools" / "tidy_outputs.py"), str(p)], check=True)
        clean(p)


if __name__ == "__main__": main(sys.argv[1:] or sys.exit(__doc__))
