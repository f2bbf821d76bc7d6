"""Launch (or --resume) chapter 09a's three changes together (the preset cct-cifar10-fast-local: ConvMLP, dropout
0.1, weight decay 0.2, 54 epochs) with stochastic depth on top: `stochastic_depth=0.1`, CCT's rate for CIFAR, block
i of 3 skipped for a batch with probability 0.1 * i / 3; runs/levers/fast-local-reg-sd.json holds the model. The
preset's recipe spelled out, as in the runs without it (runs/levers/fast-54-local-reg*). Seed SEED. Run from the
repository root:
    python runs/levers/fast-54-local-reg-sd01[-seedN]/launch.py [--resume]"""
import sys
from pathlib import Path
from vit_nbdev.cli import main

folder = Path(__file__).parent
seed = folder.name.partition("-seed")[2] or "0"
args = ["train", "--config", "runs/levers/fast-local-reg-sd.json", "--epochs", "54", "--batch-size", "128",
        "--lr", "3e-3", "--weight-decay", "0.2", "--ema-decay", "0", "--precision", "bf16",
        "--warmup-epochs", "5", "--data", "data/cifar10", "--out", str(folder), "--seed", seed,
        "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
