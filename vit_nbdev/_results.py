"""The measured results that the home page shows, kept where the chapters that measure them write them.

Chapter 06 (the baseline run) and chapter 12 (the benchmarks) record what they measured in `nbs/results.json`
with `record`; the home page (`nbs/index.ipynb`, and so README.md) draws its table with `home_table`, from that file
and from the card of the model that ships with the package. `tools/check_results.py` fails CI when the page's saved
table is not the one these files give. Not part of the public API.
"""
from __future__ import annotations

import json, re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent.parent / "nbs" / "results.json"
CARD = Path(__file__).resolve().parent / "weights" / "vit-tiny-cifar10.json"


def load(path: str | Path = RESULTS) -> dict:
    "Every section of the results file ({} if there is none)."
    path = Path(path)
    return json.loads(path.read_text()) if path.is_file() else {}


def record(
    section: str,  # the measuring chapter's part, e.g. "training" or "benchmarks"
    values: dict,  # JSON values: replace that section's
    path: str | Path = RESULTS,
) -> dict:
    "Replace `section` of the results file with `values`, written whole (a temporary file renamed into place)."
    path = Path(path)
    results = load(path)
    results[section] = values
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    tmp.replace(path)
    return results


LIKE_FOR_LIKE = "this library, the blog post's model and batch"  # chapter 12's names of its epoch rows
DEFAULTS = "this library, the training chapter's defaults"


def home_table(results: dict | None = None, card: dict | None = None) -> str:
    "The home page's table of measured numbers, in Markdown, from the results file and the shipped model's card."
    results = load() if results is None else results
    card = json.loads(CARD.read_text()) if card is None else card
    training, bench = results["training"], results["benchmarks"]
    blog = training["blog_15_epochs"]
    epoch, speed = bench["epoch_seconds"], bench["speed"]
    held = re.search(r"([\d,]+) \(\d+ per class", card["data"]).group(1)  # the validation images
    rows = [
        (
            f"validation accuracy after {card['epochs']} epochs on the {held} CIFAR-10 training images held out: the "
            f"blog post's model size ({card['parameters']:,} parameters) with this project's recipe; the blog post's "
            f"own recipe for the same {blog['epochs']} epochs",
            f"{card['val_accuracy']:.1%}; {blog['val_accuracy']:.1%}",
        ),
        (
            "wall time of that run (`vit-nbdev train`); time until its validation accuracy first reached 56%",
            f"{card['train_seconds'] / 60:.1f} min; {card['seconds_to_56_percent'] / 60:.1f} min",
        ),
        (
            "one epoch end to end (50,000 images trained, 10,000 evaluated), against a pipeline in the blog "
            "post's style (PIL transforms, DataLoader "
            f"workers; {epoch['seed-style pipeline']:.0f} s, or {epoch['seed-style pipeline, bf16 autocast']:.0f} s "
            "in bf16): the same model, dropouts and batch; the same in bf16; the training chapter's defaults",
            f"{epoch[LIKE_FOR_LIKE]:.0f} s; {epoch['the same, bf16 autocast']:.0f} s; {epoch[DEFAULTS]:.0f} s",
        ),
        (
            "training speed on the blog post's exact function (its dropouts), against its style of "
            "implementation; against timm",
            f"{speed['train_vs_baseline']:.2f}x; {speed['train_vs_timm']:.2f}x",
        ),
        (
            "inference speed, against the blog post's style; against timm: one forward pass; split over the "
            "cores, as `vit-nbdev predict` runs it",
            f"{speed['infer_vs_baseline']:.2f}x; {speed['infer_vs_timm']:.2f}x; "
            f"{speed['split_infer_vs_baseline']:.2f}x; {speed['split_infer_vs_timm']:.2f}x",
        ),
    ]
    machine = card["machine"]
    head = (
        f"On 2-core CPUs with no GPU: the training run of the shipped model on an {machine['cpu']} with PyTorch "
        f"{machine['torch'].split('+')[0]}, the blog post's recipe (chapter [06](06_training.ipynb)) and the speed "
        f"measurements (chapter [12](12_benchmarks.ipynb)) on an {bench['cpu']} with PyTorch {bench['torch'].split('+')[0]}:\n\n"
        "| | measured |\n|---|---:|\n"
    )
    return head + "\n".join(f"| {what} | {value} |" for what, value in rows)
