"""Launch (or --resume) the within-T preset as it ships, cct-cifar10-fast (66 epochs, peak rate 3e-3, seed 0), on the
Intel Xeon that ran the peak-rate levers (runs/levers/fast-66-lr5e-3 and fast-66-lr2e-3): their baseline on the same
machine, since the shipped run (runs/levers/fast-66) ran on an AMD EPYC, and a timing of its 66 epochs there, alone on
the cores.
The preset has changed since this ran (five warm-up epochs, 56 epochs): the flags --epochs 66 --warmup-epochs 1 keep the recipe this
run had. Run from the repository root:
    python runs/levers/fast-66-xeon/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--epochs", "66", "--warmup-epochs", "1", "--data", "data/cifar10",
        "--out", "runs/levers/fast-66-xeon", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
