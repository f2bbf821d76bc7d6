"""Launch (or --resume) the long preset's model (cct-cifar10-long: 64 tokens, sequence pooling) with a depthwise 3x3
convolution in every block's MLP (mlp_conv=True, chapter 09a's ConvMLP; runs/long-mlpconv.json) and the long
preset's 300-epoch recipe spelled out: locality inside the blocks, which lifted the fast preset from each of three
seeds (runs/levers/fast-56-mlpconv*), tried where the 90% mark is (the shipped long model: runs/long-seq-300).
Run from the repository root:
    python runs/long-mlpconv-300/launch.py [--resume]"""
import sys
from vit_nbdev.cli import main

args = ["train", "--config", "runs/long-mlpconv.json", "--epochs", "300", "--batch-size", "128", "--lr", "2e-3",
        "--warmup-epochs", "5", "--ema-decay", "0", "--precision", "bf16", "--trivial-augment",
        "--mixup", "0.8", "--cutmix", "1.0", "--data", "data/cifar10", "--out", "runs/long-mlpconv-300",
        "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
