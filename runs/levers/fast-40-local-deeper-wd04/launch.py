"""Launch (or --resume) chapter 09a's deeper tokenizer with the CNN's convolutions (runs/levers/fast-local-deeper.json:
`stage_convs=(1, 2, 2)`, two blocks, MLPs of 160 units) by its recipe of 40 epochs with one change: weight decay 0.4
instead of 0.2. The tokenizer now holds over half of the weights, and decay is the one regulariser it has; 0.2 was the
largest decay chapter 09 tried, and the largest paid most. Same step cost, so the same 40 epochs take the same minutes.
Seed SEED. Run from the repository root:
    python runs/levers/fast-40-local-deeper-wd04[-seedN]/launch.py [--resume]"""
import sys
from pathlib import Path
from vit_nbdev.cli import main

folder = Path(__file__).parent
seed = folder.name.partition("-seed")[2] or "0"
args = ["train", "--config", "runs/levers/fast-local-deeper.json", "--epochs", "40", "--batch-size", "128",
        "--lr", "3e-3", "--weight-decay", "0.4", "--ema-decay", "0", "--precision", "bf16",
        "--warmup-epochs", "5", "--data", "data/cifar10", "--out", str(folder), "--seed", seed,
        "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
