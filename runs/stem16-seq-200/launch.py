"""Launch (or --resume) a 200-epoch run of the 16-token tokenizer of cct-cifar10-fast (two stages, 32 and 64
channels, patch size 8) with sequence pooling, on cct-cifar10-long's recipe. Run from the repository root:
    python runs/stem16-seq-200/launch.py [--resume]"""
import sys
from vit_nbdev.config import PRESETS
from vit_nbdev.recipe import RECIPES
import vit_nbdev.small_data  # registers chapter 09's presets and recipes
from vit_nbdev.cli import main

PRESETS["cct-cifar10-long"] = {**PRESETS["cct-cifar10-long"], "conv_channels": (32, 64), "patch_size": 8}
RECIPES["cct-cifar10-long"] = {**RECIPES["cct-cifar10-long"], "epochs": 200}
args = ["train", "--preset", "cct-cifar10-long", "--data", "data/cifar10",
        "--out", "runs/stem16-seq-200", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
