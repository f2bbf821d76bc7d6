"""Launch (or --resume) the cct-cifar10-fast preset with mixup at alpha 0.2 on every batch (--mixup 0.2), the rest
of the preset as it is: chapter 09's suggestion of gentler regularisation at the fast run's length, since the
preset fits its training images better than the CNN does (lower training loss) yet scores lower on the held-out
ones. Seed 0, beside the preset's seed 0 (runs/levers/fast-56-warmup5). Run from the repository root:
    python runs/levers/fast-56-mixup02/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--mixup", "0.2",
        "--data", "data/cifar10", "--out", "runs/levers/fast-56-mixup02", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
