"""Launch (or --resume) chapter 09a's deeper tokenizer: the three changes together (the preset
cct-cifar10-fast-local: ConvMLP, dropout 0.1, weight decay 0.2) with a second 64->64 convolution in the
tokenizer's middle stage (`stage_convs=(1, 2, 1)`) and the blocks' MLPs narrowed from 256 to 208 units to stay
under 0.5M parameters; runs/levers/fast-local-deep.json holds the model. 42 epochs: the preset's 54 at the step
cost measured beside it (0.78). Seed SEED. Run from the repository root:
    python runs/levers/fast-42-local-deep[-seedN]/launch.py [--resume]"""
import sys
from pathlib import Path
from vit_nbdev.cli import main

folder = Path(__file__).parent
seed = folder.name.partition("-seed")[2] or "0"
args = ["train", "--config", "runs/levers/fast-local-deep.json", "--epochs", "42", "--batch-size", "128",
        "--lr", "3e-3", "--weight-decay", "0.2", "--ema-decay", "0", "--precision", "bf16",
        "--warmup-epochs", "5", "--data", "data/cifar10", "--out", str(folder), "--seed", seed,
        "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
