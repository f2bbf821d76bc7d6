"""Launch (or --resume) a longer warm-up for the within-T recipe: cct-cifar10-fast's preset and recipe (66 epochs,
batch 128, peak rate 3e-3) with 5 warm-up epochs in place of 1, as the long recipe has, nothing else changed. The
lower peak rate (runs/levers/fast-66-lr2e-3) led the preset early on; a longer warm-up is another way to keep the
first epochs' steps small. `vit-nbdev train` has no flag for the warm-up, so this script does what
`vit-nbdev train --preset cct-cifar10-fast --data data/cifar10 --no-progress` does with that one change.
`vit-nbdev train` has had `--warmup-epochs` since, and the preset has changed (five warm-up epochs, 56
epochs): `vit-nbdev train --preset cct-cifar10-fast --epochs 66 --warmup-epochs 5` now does what this script
does, and the script pins the 66 epochs. Run from
the repository root:
    python runs/levers/fast-66-warmup5/launch.py [--resume]"""
import sys
import vit_nbdev.small_data  # noqa: F401  (the presets and their recipes)
from vit_nbdev.config import ViTConfig
from vit_nbdev.recipe import _recipe_for
from vit_nbdev.speed import FastTrainer
from vit_nbdev.training import train

train("data/cifar10", "runs/levers/fast-66-warmup5", ViTConfig.from_preset("cct-cifar10-fast"),
      _recipe_for("cct-cifar10-fast", epochs=66, warmup_epochs=5), resume="--resume" in sys.argv, progress="lines",
      trainer_class=FastTrainer)
