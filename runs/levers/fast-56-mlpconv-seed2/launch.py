"""Launch (or --resume) the cct-cifar10-fast preset's model with a depthwise 3x3 convolution in the MLP of each
block whose patch tokens are read (mlp_conv=True, chapter 09a's ConvMLP; runs/levers/fast-mlpconv.json), the
preset's recipe spelled out: locality inside the blocks, not only in the tokenizer, against the CNN that still
leads at equal time. Seed 2, beside the preset's seed 2 (runs/levers/fast-56-warmup5-seed2); seed 0: fast-56-mlpconv.
Run from the repository root:
    python runs/levers/fast-56-mlpconv-seed2/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--config", "runs/levers/fast-mlpconv.json", "--epochs", "56", "--batch-size", "128",
        "--lr", "3e-3", "--ema-decay", "0", "--precision", "bf16", "--warmup-epochs", "5",
        "--data", "data/cifar10", "--out", "runs/levers/fast-56-mlpconv-seed2", "--seed", "2", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
