"""Launch (or --resume) a larger batch for the within-T recipe: cct-cifar10-fast's preset and recipe (66 epochs,
peak rate 3e-3) with batches of 256 images in place of 128, nothing else changed: half as many steps per epoch,
each on more images, so each epoch may take less time on two cores. Its baseline is the preset on the same Intel
Xeon (runs/levers/fast-66-xeon).
The preset has changed since this ran (five warm-up epochs, 56 epochs): the flags --epochs 66 --warmup-epochs 1 keep the recipe this
run had. Run from the repository root:
    python runs/levers/fast-66-bs256/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--epochs", "66", "--warmup-epochs", "1", "--batch-size", "256", "--data", "data/cifar10",
        "--out", "runs/levers/fast-66-bs256", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
