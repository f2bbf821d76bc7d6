"""Launch (or --resume) chapter 09a's deeper tokenizer with the CNN's convolutions: the three changes together (the
preset cct-cifar10-fast-local: ConvMLP, dropout 0.1, weight decay 0.2) with a second convolution in the tokenizer's
middle and last stages (`stage_convs=(1, 2, 2)`: 64->64 at 16x16, 128->128 at 8x8), two blocks instead of three and
MLPs of 160 units to stay under 0.5M parameters; runs/levers/fast-local-deeper.json holds the model. 40 epochs: the
preset's 54 at the step cost measured beside it (0.74). Seed SEED. Run from the repository root:
    python runs/levers/fast-40-local-deeper[-seedN]/launch.py [--resume]"""
import sys
from pathlib import Path
from vit_nbdev.cli import main

folder = Path(__file__).parent
seed = folder.name.partition("-seed")[2] or "0"
args = ["train", "--config", "runs/levers/fast-local-deeper.json", "--epochs", "40", "--batch-size", "128",
        "--lr", "3e-3", "--weight-decay", "0.2", "--ema-decay", "0", "--precision", "bf16",
        "--warmup-epochs", "5", "--data", "data/cifar10", "--out", str(folder), "--seed", seed,
        "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
