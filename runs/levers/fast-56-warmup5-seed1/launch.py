"""Launch (or --resume) the within-T recipe with five warm-up epochs over 56 epochs, from seed 1: cct-cifar10-fast's
model, batch 128, peak rate 3e-3, with --warmup-epochs 5 (runs/levers/fast-66-warmup5 and its second seed ended above
the one-epoch warm-up from both seeds and reached 85% sooner) and --epochs 56, few enough to fit in T on the Intel
Xeon, where the preset's 66 epochs did not. The preset has since become this recipe; the flags spell it out. Run from
the repository root:
    python runs/levers/fast-56-warmup5-seed1/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--epochs", "56", "--warmup-epochs", "5", "--seed", "1",
        "--data", "data/cifar10", "--out", "runs/levers/fast-56-warmup5-seed1", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
