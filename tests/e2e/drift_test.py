"""The committed graphs/ must be what the current build makes of examples/: regenerates them into
the build directory and compares byte for byte (GraphML, DOT, JSON; SVG depends on the Graphviz
version and is not compared). Run `make demo` to refresh graphs/ after a deliberate change."""
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import BUILD_DIR, EXAMPLES, PARLEY, SOURCE_DIR  # noqa: E402

COMPARED = (".graphml", ".dot", ".json")


class Drift(unittest.TestCase):
    def test_graphs_match_a_fresh_build(self):
        fresh = BUILD_DIR / "drift-graphs"
        subprocess.run(["rm", "-rf", str(fresh)], check=True)
        subprocess.run([str(SOURCE_DIR / "tools" / "build_example_graphs.sh"), PARLEY, str(EXAMPLES), str(fresh)],
                       check=True)
        made = sorted(p.name for p in fresh.iterdir() if p.suffix in COMPARED)
        committed = sorted(p.name for p in (SOURCE_DIR / "graphs").iterdir() if p.suffix in COMPARED)
        self.assertTrue(made)
        self.assertEqual(made, committed, "graphs/ lacks or has extra files: run `make demo`")
        for name in made:
            with self.subTest(file=name):
                self.assertEqual((fresh / name).read_bytes(), (SOURCE_DIR / "graphs" / name).read_bytes(),
                                 f"graphs/{name} is stale: run `make demo` and commit it")


if __name__ == "__main__":
    unittest.main()
