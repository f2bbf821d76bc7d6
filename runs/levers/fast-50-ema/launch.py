"""Launch (or --resume) a shorter within-T recipe with a moving average of the weights: cct-cifar10-fast's preset and
recipe with 50 epochs in place of 66 (the rate schedule shrinks with them) and --ema-decay 0.998, the average the
66-epoch EMA run (runs/levers/fast-66-ema) evaluated, which reached 85% at epoch 37. Run from the repository root:
    python runs/levers/fast-50-ema/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--epochs", "50", "--ema-decay", "0.998", "--data", "data/cifar10",
        "--out", "runs/levers/fast-50-ema", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
