"""Time an epoch at 24x24 against one at 32x32, side by side in one process (for runs/levers/prog-24-65):
the cct-cifar10-fast preset's recipe for 7 epochs whose training images are resized to 32, 24, 32, 32, 24,
24, 32 (runs/levers/progressive.py); the first epoch warms up and is not counted, the order balances drift.
Run from the repository root, alone on the machine:
    python runs/levers/prog-cost/launch.py"""
import sys
sys.path.insert(0, "runs/levers")
import progressive
SIDES = [32, 24, 32, 32, 24, 24, 32]
progressive.install(lambda epoch: SIDES[epoch])
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-fast", "--epochs", "7", "--warmup-epochs", "5",
        "--data", "data/cifar10", "--out", "runs/levers/prog-cost", "--seed", "0", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
