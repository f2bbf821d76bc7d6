"""Launch (or --resume) the within-T preset from a second seed on the Intel Xeon: cct-cifar10-fast's preset and recipe
(66 epochs, batch 128, peak rate 3e-3) with --seed 1, nothing else changed, beside runs/levers/fast-66-xeon (seed 0
on the same machine); runs/levers/fast-66-seed1 is the same seed on the AMD EPYC.
The preset has changed since this ran (five warm-up epochs, 56 epochs): the flags --epochs 66 --warmup-epochs 1 keep the recipe this
run had. Run from the repository root:
    python runs/levers/fast-66-xeon-seed1/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--epochs", "66", "--warmup-epochs", "1", "--seed", "1", "--data", "data/cifar10",
        "--out", "runs/levers/fast-66-xeon-seed1", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
