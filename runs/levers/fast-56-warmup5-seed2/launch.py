"""Launch (or --resume) the cct-cifar10-fast preset as it is (five warm-up epochs over 56 epochs) from a third seed,
seed 2, beside its seeds 0 and 1 (runs/levers/fast-56-warmup5 and fast-56-warmup5-seed1): how far the preset clears
85% within T is read from three runs. Run from the repository root:
    python runs/levers/fast-56-warmup5-seed2/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--seed", "2",
        "--data", "data/cifar10", "--out", "runs/levers/fast-56-warmup5-seed2", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
