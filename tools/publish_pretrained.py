#!/usr/bin/env python
"""Ship a finished run as a pretrained model of the package: vit_nbdev/weights/<name>.pt and its card <name>.json.

    python tools/publish_pretrained.py runs/cct-cifar10 --name cct-cifar10 \
        --command "vit-nbdev train --preset cct-cifar10 --data data/cifar10" --data-note "..."

The .pt file is the run's model.pt (config, class names and weights, as `save_model` writes it). The card records how
it was made: the exact command, the seed, both configs, the data and which images were held out (their count, the
split's seed and the fingerprint of the held-out set), the per-epoch history (with the epochs where a sitting
resumed), the wall time and the machine, the parameter count, and the shipped file's size and SHA-256. `--keep-file`
keeps the file already shipped (re-saved with a checksum, say) after checking that its weights are the run's.
"""
import argparse, hashlib, json, statistics, shutil, sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("run_dir", type=Path)
    p.add_argument("--name", required=True)
    p.add_argument("--command", required=True, help="the exact command that produced the run")
    p.add_argument("--data-note", required=True, help="what the data was, in words")
    p.add_argument("--note", default="", help="anything else a reader of the card should know")
    p.add_argument("--keep-file", action="store_true", help="keep the shipped .pt if its weights are the run's")
    args = p.parse_args()
    run = args.run_dir
    needed = ["model.pt", "summary.json", "metrics.jsonl", "config.json", "train_config.json", "checkpoint.pt"]
    missing = [n for n in needed if not (run / n).is_file()]
    if missing: sys.exit(f"{run} is not a finished run: missing {', '.join(missing)}")
    sys.path.insert(0, str(ROOT))
    import torch
    from vit_nbdev.model import load_model, count_parameters
    model = load_model(run / "model.pt")  # refuses anything that is not a valid model file
    out = ROOT / "vit_nbdev" / "weights"
    out.mkdir(exist_ok=True)
    shipped = out / f"{args.name}.pt"
    if args.keep_file:
        kept = load_model(shipped).state_dict()
        if any(not torch.equal(v, kept[k]) for k, v in model.state_dict().items()):
            sys.exit(f"{shipped} does not hold the weights of {run / 'model.pt'}")
    else:
        shutil.copyfile(run / "model.pt", shipped)
    summary = json.loads((run / "summary.json").read_text())
    train_config = json.loads((run / "train_config.json").read_text())
    history = [json.loads(l) for l in (run / "metrics.jsonl").read_text().splitlines() if l.strip()]
    state = torch.load(run / "checkpoint.pt", map_location="cpu", weights_only=True)
    info = state.get("run", {})
    if summary["epochs"] != len(history):
        sys.exit(f"{run}: summary.json says {summary['epochs']} epochs, metrics.jsonl holds {len(history)}")
    epoch_seconds = [r["epoch_seconds"] for r in history]
    record = {
        "name": args.name, "command": args.command, "note": args.note, "published": date.today().isoformat(),
        "val_accuracy": summary["val_accuracy"], "val_loss": summary["val_loss"], "epochs": summary["epochs"],
        "seed": train_config["seed"],
        "data": args.data_note,
        "held_out": {"images": info.get("val_images"), "split_seed": train_config["seed"],
                     "fingerprint": info.get("val_images_hash"), "train_images": info.get("train_images"),
                     "train_fingerprint": info.get("train_images_hash")},
        # seconds spent training (time between sittings not counted), and the median epoch, which other work on
        # the machine slows less than the sum
        "train_seconds": summary["train_seconds"], "median_epoch_seconds": statistics.median(epoch_seconds),
        "sittings": 1 + sum(bool(r.get("resumed")) for r in history[1:]),
        "seconds_to_56_percent": summary["seconds_to_56_percent"],
        "parameters": count_parameters(model),
        "machine": {k: summary[k] for k in ("cpu", "threads", "shards", "torch", "device")},
        "file": {"bytes": shipped.stat().st_size, "sha256": hashlib.sha256(shipped.read_bytes()).hexdigest()},
        "model_config": json.loads((run / "config.json").read_text()),
        "train_config": train_config,
        "history": history,
    }
    (out / f"{args.name}.json").write_text(json.dumps(record, indent=1) + "\n")
    print(f"published {args.name}: validation accuracy {record['val_accuracy']:.2%}, "
          f"{record['file']['bytes'] / 1024:.0f} KB, {record['train_seconds'] / 60:.0f} min")


if __name__ == "__main__": main()
