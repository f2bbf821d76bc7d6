"""A lever on the shipped long model, stochastic weight averaging (SWA): start from cct-cifar10-long's weights (its
300 epochs) and train on at a constant rate with the long recipe's augmentation as it is (mixup 0.8, CutMix 1.0,
TrivialAugment, crops and flips), on the same 45,000 images (split seed 0), evaluating and keeping the equal-weight
average of the weights after every step since the start (BatchNorm statistics recomputed for the average before each
evaluation, as for any average). The trainer's moving average is switched on (`ema_decay` > 0) and its update
swapped for the running mean, so `ema_decay` in train_config.json is a placeholder here. This run record was made
from the repository root with

    python runs/levers/long-swa30/launch.py /tmp/swa/run 30 5e-4      # OUT EPOCHS RATE [--resume]

(30 epochs, one warm-up epoch to the rate, then the rate held: min_lr = lr), then its JSON files copied here."""
import sys
import torch
import vit_nbdev.small_data  # noqa: F401  (the presets, their recipes, SmallDataTrainConfig)
import vit_nbdev.training as training
from vit_nbdev.config import ViTConfig
from vit_nbdev.recipe import TrainConfig, RECIPES
from vit_nbdev.speed import FastTrainer
from vit_nbdev.inference import load_pretrained

out, epochs, lr = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
resume = "--resume" in sys.argv
parent = load_pretrained("cct-cifar10-long")


def running_mean(decay):
    "`AveragedModel`'s update as the equal-weight mean of every step's weights (SWA); `decay` unused."
    @torch.no_grad()
    def update(averaged, current, num_averaged):
        torch._foreach_lerp_(averaged, current, 1 / (int(num_averaged) + 1))
    return update


training.ema_with_warmup = running_mean  # the Trainer builds its average with this


class FromShipped(FastTrainer):
    "The CLI's trainer, its model starting from the shipped weights (a resumed run loads its checkpoint instead)."
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        if not k.get("resume"):
            self.model.load_state_dict(parent.state_dict())


recipe = {**RECIPES["cct-cifar10-long"], "epochs": epochs, "lr": lr, "warmup_epochs": 1, "min_lr": lr,
          "ema_decay": 0.9999}
training.train("data/cifar10", out, ViTConfig.from_preset("cct-cifar10-long"), TrainConfig.from_dict(recipe),
               resume=resume, progress="lines", trainer_class=FromShipped)
