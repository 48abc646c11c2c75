"""A document larger than --graph-memory: its graph goes to disk as sorted runs and comes back
as the same bytes the in-memory run writes, for a merged output, --out-dir and every format that
reads it back; the runs are removed afterwards."""
import os
import subprocess
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parley_testing import EXAMPLES, PARLEY, temp_dir  # noqa: E402


def large_document(path, megabytes):
    """The examples over and over, each copy with its own year so that dated meetings differ."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as out:
        written, copy = 0, 0
        while written < megabytes * 1_000_000:
            for text in texts:
                chunk = text.replace("2023", str(1990 + copy % 30)) + "\n\n"
                out.write(chunk)
                written += len(chunk.encode("utf-8"))
            copy += 1


class LargeDocumentTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = temp_dir()
        cls.root = Path(cls.dir.name)
        cls.document = cls.root / "large.txt"
        large_document(cls.document, 1.5)
        cls.runs_dir = cls.root / "tmp"
        cls.runs_dir.mkdir()

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def extract(self, *args):
        env = dict(os.environ, TMPDIR=str(self.runs_dir))
        process = subprocess.run([PARLEY, "extract", str(self.document), *map(str, args)],
                                 capture_output=True, timeout=600, env=env)
        self.assertEqual(process.returncode, 0, process.stderr.decode())
        return process.stderr.decode()

    def test_spilled_graph_is_written_byte_for_byte_as_in_memory(self):
        for name in ["merged.graphml", "merged.json", "merged.gexf"]:
            with self.subTest(output=name):
                in_memory = self.root / ("memory-" + name)
                spilled = self.root / ("spilled-" + name)
                self.assertNotIn("sorted runs", self.extract("-o", in_memory))
                # 10 kB of graph at most: the document's graph spills several times.
                warning = self.extract("-o", spilled, "--graph-memory", "0.01")
                self.assertRegex(warning, r"its graph went to disk in \d+ sorted runs")
                self.assertEqual(spilled.read_bytes(), in_memory.read_bytes())
                self.assertEqual(list(self.runs_dir.iterdir()), [])

    def test_out_dir_and_stdout_take_the_spilled_graph_too(self):
        memory_dir, spilled_dir = self.root / "memory", self.root / "spilled"
        self.extract("--out-dir", memory_dir)
        self.extract("--out-dir", spilled_dir, "--graph-memory", "0.01")
        self.assertEqual((spilled_dir / "large.graphml").read_bytes(), (memory_dir / "large.graphml").read_bytes())
        env = dict(os.environ, TMPDIR=str(self.runs_dir))
        streamed = subprocess.run([PARLEY, "extract", str(self.document), "--quiet", "--graph-memory", "0.01"],
                                  capture_output=True, timeout=600, env=env, check=True).stdout
        whole = subprocess.run([PARLEY, "extract", str(self.document), "--quiet"],
                               capture_output=True, timeout=600, env=env, check=True).stdout
        self.assertEqual(streamed, whole)
        self.assertEqual(list(self.runs_dir.iterdir()), [])

    def test_a_large_document_among_others_is_merged_in_memory_again(self):
        other = EXAMPLES / "press_briefing.txt"
        in_memory, spilled = self.root / "two-memory.graphml", self.root / "two-spilled.graphml"
        self.extract(other, "-o", in_memory)
        self.extract(other, "-o", spilled, "--graph-memory", "0.01")
        self.assertEqual(spilled.read_bytes(), in_memory.read_bytes())
        self.assertEqual(list(self.runs_dir.iterdir()), [])

    def test_an_unusable_budget_is_a_usage_error(self):
        process = subprocess.run([PARLEY, "extract", str(self.document), "--graph-memory", "0"],
                                 capture_output=True, timeout=60)
        self.assertEqual(process.returncode, 2, process.stderr.decode())
        self.assertIn("--graph-memory", process.stderr.decode())


if __name__ == "__main__":
    unittest.main()
