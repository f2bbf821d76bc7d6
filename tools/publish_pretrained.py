#!/usr/bin/env python
"""Ship a finished run as a pretrained model of the package: vit_nbdev/weights/<name>.pt and <name>.json.

    python tools/publish_pretrained.py runs/vit-tiny-cifar10 --name vit-tiny-cifar10 \
        --command "vit-nbdev train --data data/cifar10 --out runs/vit-tiny-cifar10" --data-note "..."

The .pt file is the run's model.pt (config, class names and weights, as `save_model` writes it); the .json file records
how it was trained (the command, data, configs, seed), its validation accuracy and its per-epoch history, so that
`load_pretrained` users and the docs can show where the model came from.
"""
import argparse, json, shutil, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("run_dir", type=Path)
    p.add_argument("--name", default="vit-tiny-cifar10")
    p.add_argument("--command", required=True, help="the exact command (or call) that produced the run")
    p.add_argument("--data-note", required=True, help="what the data was, in words")
    args = p.parse_args()
    run = args.run_dir
    needed = ["model.pt", "summary.json", "metrics.jsonl", "config.json", "train_config.json"]
    missing = [n for n in needed if not (run / n).is_file()]
    if missing: sys.exit(f"{run} is not a finished run: missing {', '.join(missing)}")
    sys.path.insert(0, str(ROOT))
    from vit_nbdev.model import load_model, count_parameters
    model = load_model(run / "model.pt")  # refuses anything that is not a valid model file
    summary = json.loads((run / "summary.json").read_text())
    record = {
        "name": args.name, "command": args.command, "data": args.data_note,
        "val_accuracy": summary["val_accuracy"], "val_loss": summary["val_loss"], "epochs": summary["epochs"],
        "seed": json.loads((run / "train_config.json").read_text())["seed"],
        "train_seconds": summary["train_seconds"], "seconds_to_56_percent": summary["seconds_to_56_percent"],
        "parameters": count_parameters(model), "machine": {k: summary[k] for k in ("cpu", "threads", "shards", "torch", "device")},
        "model_config": json.loads((run / "config.json").read_text()),
        "train_config": json.loads((run / "train_config.json").read_text()),
        "history": [json.loads(l) for l in (run / "metrics.jsonl").read_text().splitlines() if l.strip()],
    }
    out = ROOT / "vit_nbdev" / "weights"
    out.mkdir(exist_ok=True)
    shutil.copyfile(run / "model.pt", out / f"{args.name}.pt")
    (out / f"{args.name}.json").write_text(json.dumps(record, indent=1) + "\n")
    print(f"published {args.name}: validation accuracy {record['val_accuracy']:.2%}, "
          f"{(out / f'{args.name}.pt').stat().st_size / 1024:.0f} KB")


if __name__ == "__main__": main()
