"""`parley extract -j N`: documents extracted on N threads give the same bytes as one thread,
merged (-o) or one graph per input (--out-dir), with messages in input order; progress goes to a
terminal only; a large file read in pieces gives a graph and says so."""
import os
import shutil
import subprocess
import sys
import unittest
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import EXAMPLES, read_graphml, run, temp_dir  # noqa: E402


def make_corpus(root):
    """Many small inputs from the examples, each renamed and varied, plus one refused input."""
    examples = sorted(EXAMPLES.glob("*.txt"))
    for i in range(24):
        source = examples[i % len(examples)]
        text = source.read_text(encoding="utf-8")
        (root / f"sub{i % 3}").mkdir(exist_ok=True)
        (root / f"sub{i % 3}" / f"doc{i:02d}.txt").write_text(f"Copy {i}\n\n{text}", encoding="utf-8")
    (root / "sub1" / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 40)


class JobsGiveTheSameBytes(unittest.TestCase):
    def test_merged_output_is_identical_for_1_2_and_4_threads(self):
        with temp_dir() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            make_corpus(corpus)
            outputs = {}
            for jobs in ("1", "2", "4"):
                out = Path(tmp) / f"j{jobs}.graphml"
                result = run("extract", "-j", jobs, corpus, "-o", out, check=2)  # the binary file is refused
                outputs[jobs] = (out.read_bytes(), result.stderr_text)
            self.assertIn("broken.txt", outputs["1"][1])
            for jobs in ("2", "4"):
                self.assertEqual(outputs[jobs][0], outputs["1"][0], f"-j {jobs} graph differs from -j 1")
                self.assertEqual(outputs[jobs][1], outputs["1"][1], f"-j {jobs} messages differ from -j 1")
            _, nodes, _ = read_graphml(outputs["1"][0])
            self.assertGreater(len(nodes), 10)

    def test_out_dir_is_identical_for_1_and_2_threads(self):
        with temp_dir() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            make_corpus(corpus)
            (corpus / "sub1" / "broken.txt").unlink()
            trees = {}
            for jobs in ("1", "2"):
                out = Path(tmp) / f"out{jobs}"
                run("extract", "-j", jobs, corpus, "--out-dir", out, "--format", "json", check=0)
                trees[jobs] = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
            self.assertEqual(len(trees["1"]), 24)
            self.assertEqual(trees["2"], trees["1"])

    def test_merge_formats_graphml_on_threads_with_the_same_bytes(self):
        # The CLI path of -j for merge (blocks of many elements: tests/writers_test.cpp).
        with temp_dir() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            make_corpus(corpus)
            (corpus / "sub1" / "broken.txt").unlink()
            graphs = Path(tmp) / "graphs"
            run("extract", corpus, "--out-dir", graphs, check=0)
            outputs = {}
            for jobs in ("1", "3"):
                out = Path(tmp) / f"m{jobs}.graphml"
                run("merge", "-j", jobs, *sorted(graphs.rglob("*.graphml")), "-o", out, check=0)
                outputs[jobs] = out.read_bytes()
            self.assertEqual(outputs["3"], outputs["1"])
            self.assertGreater(outputs["1"].count(b"<edge "), 0)

    def test_jobs_must_be_positive(self):
        result = run("extract", "-j", "0", EXAMPLES / "joint_statement.txt", check=2)
        self.assertIn("-j", result.stderr_text)


def large_briefing(path, mebibytes):
    """A title and one paragraph naming Chile, over and over: returns how many paragraphs."""
    paragraph = "The envoys of Chile and Norway met in Lima on May 8, 2031 and pledged to support Ukraine.\n\n"
    count = mebibytes * 1024 * 1024 // len(paragraph)
    path.write_text("Talks in Lima\n\n" + paragraph * count, encoding="utf-8")
    return count


class Progress(unittest.TestCase):
    def test_no_progress_line_when_stderr_is_not_a_terminal(self):
        result = run("extract", EXAMPLES, check=0)
        self.assertNotIn("\r", result.stderr_text)
        self.assertNotIn("documents", result.stderr_text)

    @unittest.skipUnless(shutil.which("script"), "needs script(1) for a terminal")
    def test_progress_on_a_terminal_and_none_with_quiet(self):
        with temp_dir() as tmp:
            out = Path(tmp) / "g.graphml"
            log = Path(tmp) / "typescript"
            parley = os.environ["PARLEY_BIN"]
            for quiet, expect in (("", True), ("--quiet", False)):
                command = f"'{parley}' extract {quiet} '{EXAMPLES}' -o '{out}'"
                run_in_terminal = ["script", "-qec", command, str(log)]
                subprocess.run(run_in_terminal, check=True, capture_output=True, timeout=120)
                typed = log.read_text(errors="replace")
                self.assertEqual("documents" in typed, expect, typed[-500:])
                if expect:
                    self.assertRegex(typed, r"5/5 documents, [0-9.]+ MB/s")

    @unittest.skipUnless(shutil.which("script"), "needs script(1) for a terminal")
    def test_progress_moves_within_one_large_file(self):
        with temp_dir() as tmp:
            doc = Path(tmp) / "large.txt"
            large_briefing(doc, 4)
            log = Path(tmp) / "typescript"
            command = f"'{os.environ['PARLEY_BIN']}' extract '{doc}' -o '{Path(tmp) / 'g.graphml'}'"
            subprocess.run(["script", "-qec", command, str(log)], check=True, capture_output=True, timeout=300)
            typed = log.read_text(errors="replace")
            # Drawn while the only document was still being read, with the time left: the first
            # piece draws at once (a timed redraw alone missed it once extraction was fast).
            self.assertRegex(typed, r"0/1 documents, [0-9.]+ MB/s, [0-9:]+ left")
            self.assertRegex(typed, r"1/1 documents")


class LargeFile(unittest.TestCase):
    def test_a_large_file_is_read_in_pieces_with_a_warning(self):
        with temp_dir() as tmp:
            doc = Path(tmp) / "large.txt"
            paragraphs = large_briefing(doc, 3)
            out = Path(tmp) / "g.graphml"
            result = run("extract", doc, "-o", out, check=0)
            self.assertIn("read in", result.stderr_text)
            self.assertIn("pieces", result.stderr_text)
            info, nodes, edges = read_graphml(out)
            self.assertEqual(info["source"], str(doc))
            self.assertIn("actor:chile", nodes)
            # Mentions add up over the pieces: every paragraph names Chile once.
            self.assertEqual(int(nodes["actor:chile"]["mentions"]), paragraphs)


if __name__ == "__main__":
    unittest.main()
