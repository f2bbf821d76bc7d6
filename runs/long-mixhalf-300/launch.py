"""Launch (or --resume) the weaker-mixing lever on the long recipe: cct-cifar10-long's preset and 300-epoch recipe
with mixup 0.4 and CutMix 0.5 (half the recipe's strengths), nothing else changed. Run from the repository root:
    python runs/long-mixhalf-300/launch.py [--resume]

The run ended at 89.66% on the 5,000 held-out images, 0.30 points below the shipped cct-cifar10-long (89.96%), one
seed each; chapter 09 records it beside the other long-recipe levers, and the preset keeps its mixing."""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-long", "--mixup", "0.4", "--cutmix", "0.5", "--data", "data/cifar10",
        "--out", "runs/long-mixhalf-300", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
