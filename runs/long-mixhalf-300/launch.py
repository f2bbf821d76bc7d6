"""Launch (or --resume) the weaker-mixing lever on the long recipe: cct-cifar10-long's preset and 300-epoch recipe
with mixup 0.4 and CutMix 0.5 (half the recipe's strengths), nothing else changed. Run from the repository root:
    python runs/long-mixhalf-300/launch.py [--resume]

A run in progress: its checkpoint.pt is committed (the only run checkpoint in git) so that a later sitting on a fresh
machine can resume it. When it ends:
- at or above about 90.3% (beyond one seed's noise over the shipped 89.96%): RECIPES["cct-cifar10-long"] gets
  mixup=0.4, cutmix=0.5; the shipped card moves to runs/levers/long-seq-300-card.json (drawn as an earlier long run
  in 09's figure); `python tools/publish_pretrained.py runs/long-mixhalf-300 --name cct-cifar10-long --command "..."
  --data-note "<the shipped card's>" --note "..."` (the note says which sittings shared the cores); then 09, 06a,
  README and index change as in commit bff0a13;
- otherwise 09 records it beside the other long-recipe levers (`tried` in the figure cell, a computed sentence).
Either way delete checkpoint.pt from git and keep the JSON records."""
import sys
from vit_nbdev.cli import main

args = ["train", "--preset", "cct-cifar10-long", "--mixup", "0.4", "--cutmix", "0.5", "--data", "data/cifar10",
        "--out", "runs/long-mixhalf-300", "--no-progress", *sys.argv[1:]]
sys.exit(main(args))
