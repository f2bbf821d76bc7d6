"""Launch (or --resume) a larger batch given the preset's minutes: cct-cifar10-fast's preset and recipe with batches
of 256 (peak rate 3e-3 kept) for 76 epochs in place of 66. The 66-epoch batch-256 run (runs/levers/fast-66-bs256)
ended 0.32 points below the preset on the same Intel Xeon with epochs 1.15x as fast, so 76 of its epochs take about
the minutes of the preset's 66 there.
The preset has changed since this ran (five warm-up epochs, 56 epochs): the flags --warmup-epochs 1 keep the recipe this
run had. Run from the repository root:
    python runs/levers/fast-76-bs256/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--warmup-epochs", "1", "--batch-size", "256", "--epochs", "76", "--data", "data/cifar10",
        "--out", "runs/levers/fast-76-bs256", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
