"""Launch (or --resume) the cct-cifar10-fast preset with progressive image size (a prototype, patched in
from runs/levers/progressive.py): epochs 1-39 train on images resized to 24x24 (a 3x3 token grid, position
embeddings resampled), epochs 40-65 on the full 32x32 (4x4 grid); validation always at 32x32. 65 epochs
because one epoch at 24 took 0.77 of one at 32 here (one epoch each, 2026-12-07): 39 x 0.77 + 26 = 56 epochs
of the preset's cost, its 56-epoch budget. Otherwise the preset's recipe spelled out, seed 0, beside the
preset's seed 0 (runs/levers/fast-56-warmup5). Run from the repository root:
    python runs/levers/prog-24-65/launch.py [--resume]"""
import sys
sys.path.insert(0, "runs/levers")
import progressive
progressive.install(lambda epoch: 24 if epoch < 39 else 32)  # epoch counts from 0
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--epochs", "65", "--batch-size", "128",
        "--lr", "3e-3", "--ema-decay", "0", "--precision", "bf16", "--warmup-epochs", "5",
        "--data", "data/cifar10", "--out", "runs/levers/prog-24-65", "--seed", "0", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
