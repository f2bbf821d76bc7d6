"""Launch (or --resume) a 200-epoch run of CCT-4/3x2's shape (4 blocks, 2 heads, MLP ratio 1, a 64-channel
first stage, sequence pooling; 484,043 parameters) on cct-cifar10-long's recipe. Run from the repository root:
    python runs/cct43-seq-200/launch.py [--resume]"""
import sys
from vit_nbdev.config import PRESETS
from vit_nbdev.recipe import RECIPES
import vit_nbdev.small_data  # registers chapter 09's presets and recipes
from vit_nbdev.cli import main

PRESETS["cct-cifar10-long"] = {**PRESETS["cct-cifar10"], "pooling": "seq", "conv_channels": (64,),
                               "num_hidden_layers": 4, "num_attention_heads": 2, "intermediate_size": 128}
RECIPES["cct-cifar10-long"] = {**RECIPES["cct-cifar10-long"], "epochs": 200}
args = ["train", "--preset", "cct-cifar10-long", "--data", "data/cifar10",
        "--out", "runs/cct43-seq-200", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
