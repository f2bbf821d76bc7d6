"""Launch (or --resume) the cct-cifar10-fast preset with AdamW's weight decay raised fourfold, 0.2 in place of 0.05 on
the weight matrices (--weight-decay 0.2), the rest of the preset as it is: further along the side where doubling it
(runs/levers/fast-56-wd01) ended above the preset's seed 0. Seed 0, beside the preset's seed 0 (runs/levers/fast-56-warmup5). Run from the repository root:
    python runs/levers/fast-56-wd02/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--weight-decay", "0.2",
        "--data", "data/cifar10", "--out", "runs/levers/fast-56-wd02", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
