"""End-to-end test of the Dask distributed example (examples/dask/parley_dask.py): on a local
cluster of two worker processes, sharding, mapping `parley extract --jsonl` and reducing in a
tree give the bytes of one run (`parley extract --jsonl | parley merge --jsonl`)."""
import json
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import EXAMPLES, PARLEY, SOURCE_DIR, run, temp_dir  # noqa: E402

SCRIPT = SOURCE_DIR / "examples" / "dask" / "parley_dask.py"
MAKE_CORPUS = SOURCE_DIR / "examples" / "dask" / "make_corpus.py"


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def dask_run(*args):
    """Runs the example on a local cluster of two single-threaded worker processes."""
    return subprocess.run([sys.executable, str(SCRIPT), "--parley", os.path.abspath(PARLEY), "--workers", "2",
                           *map(str, args)], capture_output=True, text=True, timeout=600)


class DaskExample(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise AssertionError("Dask distributed is missing: apt-get install python3-distributed "
                                 "(`make test` installs it)")

    def setUp(self):
        self.tmp_dir = temp_dir()
        self.tmp = self.tmp_dir.name

    def tearDown(self):
        self.tmp_dir.cleanup()

    def one_run(self, jsonl, output, status=0):
        fragments = os.path.join(self.tmp, "fragments.jsonl")
        with open(fragments, "wb") as f:
            f.write(run("extract", "--quiet", "--jsonl", jsonl, check=status).stdout)
        run("merge", "--jsonl", fragments, "-o", output, check=0)
        return read_bytes(output)

    def test_a_directory_of_briefings_gives_the_graph_of_one_extract(self):
        one = os.path.join(self.tmp, "one.graphml")
        run("extract", "--quiet", EXAMPLES, "-o", one, check=0)
        out = os.path.join(self.tmp, "dask.graphml")
        done = dask_run(EXAMPLES, "-o", out, "--shards", "3", "--fan-in", "2")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(read_bytes(out), read_bytes(one))
        self.assertRegex(done.stderr, r"parley_dask: 5 documents, .* on 2 workers .* documents/s")

    def test_a_tree_of_several_levels_gives_the_bytes_of_one_run_and_reports_bad_records(self):
        corpus = os.path.join(self.tmp, "corpus.jsonl")
        subprocess.run([sys.executable, str(MAKE_CORPUS), corpus, "--copies", "8"], check=True, capture_output=True)
        with open(corpus, "a", encoding="utf-8") as f:
            f.write('{"id": "bad", "text": 1}\n')  # line 41
            f.write(json.dumps({"id": "extra", "text": "Canada and Japan held talks in Ottawa."}) + "\n")
        one = self.one_run(corpus, os.path.join(self.tmp, "one.json"), status=2)
        out = os.path.join(self.tmp, "dask.json")
        # 7 shards, fan-in 2: shard graphs, then three levels of `parley merge`.
        done = dask_run(corpus, "-o", out, "--shards", "7", "--fan-in", "2")
        self.assertEqual(done.returncode, 2, done.stderr)
        self.assertIn(f"parley: {corpus}:41: \"text\" must be a string, not a number", done.stderr)
        self.assertEqual(read_bytes(out), one)


if __name__ == "__main__":
    unittest.main()
