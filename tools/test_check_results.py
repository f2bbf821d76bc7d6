"Each fault `check_results` looks for, made on purpose in small files, is caught; the right page passes."
import json, sys, tempfile, unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_results import problems, values  # noqa: E402

TABLE = "head line\n\n| | measured |\n|---|---:|\n| accuracy | 66.1%; 40.0% |\n| speed | 2.00x |"


def write(folder: Path, shown: str | None, readme: str) -> tuple[Path, Path]:
    cell = {"cell_type": "code", "source": ["Markdown(home_table())"], "metadata": {},
            "outputs": [] if shown is None else [{"output_type": "execute_result",
                                                  "data": {"text/markdown": [shown]}}]}
    (folder / "index.ipynb").write_text(json.dumps({"cells": [cell]}))
    (folder / "README.md").write_text(readme)
    return folder / "index.ipynb", folder / "README.md"


class TestCheckResults(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp())

    def test_values(self):
        self.assertEqual(values(TABLE), ["66.1%; 40.0%", "2.00x"])

    def test_the_right_page_passes(self):
        self.assertEqual(problems(*write(self.dir, TABLE, "x 66.1%; 40.0% y 2.00x"), TABLE), [])

    def test_stale_notebook_output(self):
        found = problems(*write(self.dir, TABLE.replace("2.00x", "1.90x"), "66.1%; 40.0% 2.00x"), TABLE)
        self.assertEqual(len(found), 1)
        self.assertIn("saved table is not", found[0])

    def test_no_output(self):
        self.assertIn("no saved output", problems(*write(self.dir, None, "66.1%; 40.0% 2.00x"), TABLE)[0])

    def test_stale_readme(self):
        found = problems(*write(self.dir, TABLE, "66.1%; 40.0% 1.90x"), TABLE)
        self.assertEqual(found, ["README.md: the measured value '2.00x' is missing; run nbdev_readme"])


if __name__ == "__main__":
    unittest.main()
