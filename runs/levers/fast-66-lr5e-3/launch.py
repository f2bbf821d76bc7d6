"""Launch (or --resume) a higher peak learning rate for the within-T recipe: cct-cifar10-fast's preset and recipe
(66 epochs, batch 128) with a peak rate of 5e-3 in place of 3e-3, nothing else changed.
The preset has changed since this ran (five warm-up epochs, 56 epochs): the flags --epochs 66 --warmup-epochs 1 keep the recipe this
run had. Run from the repository
root:
    python runs/levers/fast-66-lr5e-3/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--epochs", "66", "--warmup-epochs", "1", "--lr", "5e-3", "--data", "data/cifar10",
        "--out", "runs/levers/fast-66-lr5e-3", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
