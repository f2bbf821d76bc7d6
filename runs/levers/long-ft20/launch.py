"""A lever on the shipped long model: start from cct-cifar10-long's weights (its 300 epochs) and train on, at a low
rate and with mixup and CutMix off (TrivialAugment, crops and flips kept), on the same 45,000 images (split seed 0).
This run record was made from the repository root with

    python runs/levers/long-ft20/launch.py /tmp/ft/ft20-2e4 20 2e-4      # OUT EPOCHS PEAK_LR [MIX] [--resume]

(20 epochs, peak rate 2e-4 after one warm-up epoch, cosine to 1e-6, mixing strength 0), then its JSON files copied
here."""
import sys
import vit_nbdev.small_data  # noqa: F401  (the presets, their recipes, SmallDataTrainConfig)
from vit_nbdev.config import ViTConfig
from vit_nbdev.recipe import TrainConfig, RECIPES
from vit_nbdev.speed import FastTrainer
from vit_nbdev.training import train
from vit_nbdev.inference import load_pretrained

out, epochs, lr = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
mix = float(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4] != "--resume" else 0.0
resume = "--resume" in sys.argv
parent = load_pretrained("cct-cifar10-long")


class FromShipped(FastTrainer):
    "The CLI's trainer, its model starting from the shipped weights (a resumed run loads its checkpoint instead)."
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        if not k.get("resume"):
            self.model.load_state_dict(parent.state_dict())


recipe = {**RECIPES["cct-cifar10-long"], "epochs": epochs, "lr": lr, "warmup_epochs": 1,
          "mixup": mix, "cutmix": mix, "min_lr": 1e-6}
train("data/cifar10", out, ViTConfig.from_preset("cct-cifar10-long"), TrainConfig.from_dict(recipe),
      resume=resume, progress="lines", trainer_class=FromShipped)
