"""End-to-end test of interrupted runs (issue 10): `parley extract` killed midway (SIGTERM, SIGINT,
SIGKILL) leaves the previous output exactly as it was and no stray temporary file (the marker
`.parley-tmp-` of OutputFile::is_temporary_name) anywhere in the output directory.

The corpus is invented here, and grown until a run is long enough to be killed while it is still
reading (the test checks with poll() that the process is alive when the signal is sent)."""
import os
import random
import signal
import subprocess
import sys
import time
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import PARLEY, temp_dir  # noqa: E402

TEMPORARY_MARKER = ".parley-tmp-"
PREVIOUS = b"<previous output that an interrupted run must leave alone/>\n"

STATES = ["Canada", "Japan", "France", "Germany", "Norway", "Australia", "Brazil", "India", "Kenya", "Mexico"]
CITIES = ["Ottawa", "Tokyo", "Paris", "Berlin", "Oslo", "Canberra", "Brasilia", "New Delhi", "Nairobi"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
PATTERNS = [
    "{a} and {b} met in {city} on {month} {day}, {year}.",
    "{a} pledged to support {b} with export controls on dual-use goods.",
    "The foreign minister of {a} condemned the sanctions imposed on {b}.",
    "{a} and {b} agreed to hold a second round of talks in {city} in {month} {year}.",
    "Officials from {a} said {b} had violated the agreement signed in {city}.",
]


def invented_briefing(rng, sentences):
    lines = []
    for i in range(sentences):
        a, b = rng.sample(STATES, 2)
        lines.append(rng.choice(PATTERNS).format(a=a, b=b, city=rng.choice(CITIES), month=rng.choice(MONTHS),
                                                 day=rng.randint(1, 28), year=rng.randint(2015, 2025)))
        if i % 4 == 3:
            lines.append("")
    return "\n".join(lines) + "\n"


def write_corpus(directory, documents, sentences, seed=7):
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(documents):
        (directory / f"briefing_{i:04d}.txt").write_text(invented_briefing(rng, sentences))


def stray_temporaries(directory):
    return [p for p in Path(directory).rglob("*") if TEMPORARY_MARKER in p.name]


def start(*args):
    return subprocess.Popen([PARLEY, "extract", "--quiet", *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def timed_run(*args):
    began = time.monotonic()
    process = start(*args)
    process.communicate(timeout=900)
    return time.monotonic() - began


class Interrupted(unittest.TestCase):
    KILL_AFTER = 0.5  # seconds: early in the reading, well before the output is opened

    @classmethod
    def setUpClass(cls):
        """Grows an invented corpus until one run takes several times KILL_AFTER."""
        cls.tmp = temp_dir()
        cls.corpus = Path(cls.tmp.name) / "corpus"
        documents = 20
        while True:
            write_corpus(cls.corpus, documents, sentences=200)
            elapsed = timed_run(cls.corpus, "-o", Path(cls.tmp.name) / "timing.graphml")
            if elapsed > 8 * cls.KILL_AFTER or documents >= 5000:
                break
            documents *= 4

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def kill_midway(self, process, how, after):
        time.sleep(after)
        self.assertIsNone(process.poll(), "the run ended before it could be interrupted: corpus too small")
        process.send_signal(how)
        process.communicate(timeout=120)
        self.assertNotEqual(process.returncode, 0)

    def test_one_graph_of_the_corpus(self):
        for how in (signal.SIGTERM, signal.SIGINT, signal.SIGKILL):
            with self.subTest(signal=how.name), temp_dir() as out_dir:
                out = Path(out_dir) / "corpus.graphml"
                out.write_bytes(PREVIOUS)
                self.kill_midway(start(self.corpus, "-o", out), how, self.KILL_AFTER)
                self.assertEqual(out.read_bytes(), PREVIOUS, "the previous output was changed")
                self.assertEqual(stray_temporaries(out_dir), [])
                self.assertEqual(sorted(p.name for p in Path(out_dir).iterdir()), ["corpus.graphml"])

    def test_csv_pair(self):
        with temp_dir() as out_dir:
            nodes, edges = Path(out_dir) / "g.nodes.csv", Path(out_dir) / "g.edges.csv"
            nodes.write_bytes(PREVIOUS)
            edges.write_bytes(PREVIOUS)
            self.kill_midway(start(self.corpus, "-o", Path(out_dir) / "g.csv"), signal.SIGTERM, self.KILL_AFTER)
            self.assertEqual((nodes.read_bytes(), edges.read_bytes()), (PREVIOUS, PREVIOUS))
            self.assertEqual(stray_temporaries(out_dir), [])

    def test_one_graph_per_input_while_writing(self):
        """With --out-dir, outputs are written all along the run, so a signal may land in a write:
        each output is then either the previous one or complete, and no temporary is left."""
        for attempt, how in enumerate([signal.SIGTERM, signal.SIGINT] * 3 + [signal.SIGKILL]):
            with self.subTest(attempt=attempt, signal=how.name), temp_dir() as out_dir:
                for source in sorted(self.corpus.iterdir()):
                    (Path(out_dir) / (source.stem + ".graphml")).write_bytes(PREVIOUS)
                self.kill_midway(start(self.corpus, "--out-dir", out_dir), how, self.KILL_AFTER * (1 + attempt / 2))
                if how != signal.SIGKILL:  # SIGKILL cannot be handled: a write in flight may leave its temporary
                    self.assertEqual(stray_temporaries(out_dir), [])
                for output in Path(out_dir).iterdir():
                    if TEMPORARY_MARKER in output.name:
                        continue
                    content = output.read_bytes()
                    if content != PREVIOUS:
                        ET.fromstring(content)  # complete, well-formed GraphML

    def test_an_uninterrupted_run_replaces_the_previous_output(self):
        """The control: the same command, not killed, does write."""
        with temp_dir() as out_dir:
            out = Path(out_dir) / "corpus.graphml"
            out.write_bytes(PREVIOUS)
            process = start(self.corpus, "-o", out)
            _, stderr = process.communicate(timeout=900)
            self.assertEqual(process.returncode, 0, stderr.decode(errors="replace"))
            self.assertNotEqual(out.read_bytes(), PREVIOUS)
            self.assertEqual(stray_temporaries(out_dir), [])


if __name__ == "__main__":
    unittest.main()
