"""Launch (or --resume) a shorter within-T recipe with a moving average of the weights: cct-cifar10-fast's preset and
recipe with 50 epochs in place of 66 (the rate schedule shrinks with them) and --ema-decay 0.998, the average the
66-epoch EMA run (runs/levers/fast-66-ema) evaluated, which reached 85% at epoch 37.
The preset has changed since this ran (five warm-up epochs, 56 epochs): the flags --warmup-epochs 1 keep the recipe this
run had. Run from the repository root:
    python runs/levers/fast-50-ema/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--warmup-epochs", "1", "--epochs", "50", "--ema-decay", "0.998", "--data", "data/cifar10",
        "--out", "runs/levers/fast-50-ema", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
