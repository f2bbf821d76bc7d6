"Count the notebooks that nbdev_test skips because their front matter says skip_exec: true."
from nbdev.config import get_config
from nbdev.doclinks import nbglob
from nbdev.process import NBProcessor
from nbdev.frontmatter import FrontmatterProc

n = 0
for f in nbglob(get_config().nbs_path, as_path=True):
    nb = NBProcessor(f, procs=FrontmatterProc, process=True).nb
    if str(getattr(nb, "frontmatter_", {}).get("skip_exec", "")).lower() == "true": n += 1
print(n)
