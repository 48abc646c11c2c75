"""The GraphML checker (tests/consumers/check_graphml.py) must fail each hand-written bad file in
tests/data/graphml/ for the reason its name gives, and pass the good one: a checker that passes
everything would make the writer tests worthless."""
import subprocess
import sys
import unittest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from parley_testing import SOURCE_DIR  # noqa: E402

CHECKER = SOURCE_DIR / "tests" / "consumers" / "check_graphml.py"
DATA = SOURCE_DIR / "tests" / "data" / "graphml"

# bad file -> the words the checker's message must contain
BAD_FILES = {
    "bad-undeclared-key.graphml": "undeclared key 'n9'",
    "bad-untyped-key.graphml": "no attr.type",
    "bad-for-all.graphml": 'for="all"',
    "bad-key-without-for.graphml": "expected graph, node or edge",
    "bad-wrong-domain.graphml": "declared for edge",
    "bad-mistyped-value.graphml": "not a valid double",
    "bad-edge-without-id.graphml": "no explicit id",
    "bad-duplicate-name.graphml": "declared twice",
}


def check(path):
    return subprocess.run([sys.executable, str(CHECKER), str(path)], capture_output=True, text=True)


class GraphmlChecker(unittest.TestCase):
    def test_every_bad_file_fails_for_its_reason(self):
        on_disk = sorted(p.name for p in DATA.glob("bad-*.graphml"))
        self.assertEqual(on_disk, sorted(BAD_FILES), "every bad file has an expected reason")
        for name, reason in BAD_FILES.items():
            with self.subTest(file=name):
                result = check(DATA / name)
                self.assertEqual(result.returncode, 1, result.stderr)
                self.assertIn(reason, result.stderr)

    def test_the_good_file_passes(self):
        result = check(DATA / "good.graphml")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")

    def test_a_missing_file_fails_and_no_file_is_a_usage_error(self):
        result = check(DATA / "no-such-file.graphml")
        self.assertEqual(result.returncode, 1)
        self.assertIn("cannot read", result.stderr)
        self.assertEqual(subprocess.run([sys.executable, str(CHECKER)], capture_output=True).returncode, 2)


if __name__ == "__main__":
    unittest.main()
