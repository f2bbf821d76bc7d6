"""The CNN of chapter 09's equal-time comparison (SmallCNN, 0.4M parameters, the fast preset's recipe) with the weight
decay that chapter 09a gives the compact transformer, 0.2 instead of 0.05: the regulariser the transformer's runs were
tuned with, tried on the CNN too, so that 09a's comparison is fair both ways (SmallCNN has no dropout to switch on).
46 epochs, as in chapter 09, unless EPOCHS is given (09a: as many as fit in the transformer's minutes on another
machine). The record is kept as chapter 09's are (`run_once`), beside them: runs/small-data/cnn-equal-time-56-wd02
[-seedN].json for 46 epochs, else cnn-EPOCHS-wd02[-seedN].json. Run from the repository root:
    python runs/small-data/cnn-regularised.py SEED [EPOCHS]"""
import sys
from pathlib import Path
from vit_nbdev.data import load_data
from vit_nbdev.model import count_parameters
from vit_nbdev.recipe import _recipe_for, run_once, seed_everything
from vit_nbdev.small_data import SmallCNN, SmallDataTrainConfig, fit_classifier

seed = int(sys.argv[1])
epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 46
key = ("cnn-equal-time-56-wd02" if epochs == 46 else f"cnn-{epochs}-wd02") + (f"-seed{seed}" if seed else "")
recipe = _recipe_for("cct-cifar10-fast", epochs=epochs, seed=seed, weight_decay=0.2)
train_data, val_data = load_data(Path("data/cifar10"), val_size=5000)
seed_everything(seed)
model = SmallCNN((40, 80, 80, 160, 160))
settings = {"model": key, "parameters": count_parameters(model),
            "recipe": SmallDataTrainConfig(**recipe.to_dict()).to_dict(), "images": len(train_data)}
record = run_once(Path("runs/small-data"), key, settings,
                  lambda: fit_classifier(model, train_data, val_data, recipe, progress=False))
print(key, record["history"][-1])
