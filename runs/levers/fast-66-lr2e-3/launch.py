"""Launch (or --resume) a lower peak learning rate for the within-T recipe: cct-cifar10-fast's preset and recipe
(66 epochs, batch 128) with a peak rate of 2e-3 in place of 3e-3, nothing else changed; the 5e-3 run
(runs/levers/fast-66-lr5e-3) trailed the preset from its first epochs. Run from the repository root:
    python runs/levers/fast-66-lr2e-3/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--lr", "2e-3", "--data", "data/cifar10",
        "--out", "runs/levers/fast-66-lr2e-3", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
