"""Launch (or --resume) the cct-cifar10-fast preset with AdamW's weight decay at 0.2 in place of 0.05 on the weight
matrices (--weight-decay 0.2), the rest of the preset as it is, from seed 2: the third look at the decay that ended
highest from seed 0 (runs/levers/fast-56-wd02), beside the preset's seed 2 (runs/levers/fast-56-warmup5-seed2); seed 1: fast-56-wd02-seed1.
Run from the repository root:
    python runs/levers/fast-56-wd02-seed2/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--weight-decay", "0.2",
        "--data", "data/cifar10", "--out", "runs/levers/fast-56-wd02-seed2", "--seed", "2", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
