"""Holds extraction quality on the dev corpus (../shared) above the figures reached so far:
fails when a figure drops more than 0.03 below its floor in tests/data/dev_score_floor.json.
It asserts no answer of the corpus, only the scorer's figures. Skipped where ../shared is absent."""
import json
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import SOURCE_DIR, run, temp_dir  # noqa: E402

SHARED = SOURCE_DIR.parent / "shared"
TOLERANCE = 0.03


@unittest.skipUnless((SHARED / "eval" / "score.py").exists(), "../shared is absent: no dev corpus to score")
class DevScore(unittest.TestCase):
    def test_scores_stay_above_their_floors(self):
        floors = json.loads((SOURCE_DIR / "tests" / "data" / "dev_score_floor.json").read_text())
        with temp_dir() as tmp:
            for doc in sorted((SHARED / "corpus" / "dev").glob("*.txt")):
                run("extract", "--quiet", doc, "-o", f"{tmp}/{doc.stem}.graphml", check=0)
            scored = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
                                     str(SHARED / "corpus" / "dev"), "--pred", tmp, "--json"],
                                    capture_output=True, text=True, check=True)
        result = json.loads(scored.stdout)
        for figure, floor in floors.items():
            with self.subTest(figure=figure):
                group, _, measure = figure.partition(".")
                value = result["attributes"][measure] if group == "attributes" else result[group][measure]
                self.assertGreaterEqual(value, floor - TOLERANCE, f"{figure} fell to {value} (floor {floor})")


if __name__ == "__main__":
    unittest.main()
