"""Launch (or --resume) a 300-epoch run of cct-cifar10-long's preset and recipe: the shipped long model's shape and
recipe with 300 epochs in place of 200 (the rate schedule stretches with them). Run from the repository root:
    python runs/long-seq-300/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-long", "--epochs", "300", "--data", "data/cifar10",
        "--out", "runs/long-seq-300", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
