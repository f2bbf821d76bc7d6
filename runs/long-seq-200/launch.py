"""Launch (or --resume) the 200-epoch sequence-pooling run of cct-cifar10-long's recipe."""
import sys
from vit_nbdev.config import PRESETS
from vit_nbdev.recipe import RECIPES
import vit_nbdev.small_data  # registers chapter 09's presets and recipes
from vit_nbdev.cli import main

PRESETS["cct-cifar10-long"] = {**PRESETS["cct-cifar10"], "pooling": "seq"}
RECIPES["cct-cifar10-long"] = {**RECIPES["cct-cifar10-long"], "epochs": 200}
args = ["train", "--preset", "cct-cifar10-long", "--data", "data/cifar10",
        "--out", "runs/long-seq-200", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
