"""End-to-end tests of `parley merge`: merging the graphs of briefings gives what extracting them
together gives, byte for byte, in any order and grouping, and briefings can be merged straight
into an existing corpus graph."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import EXAMPLES, read_graphml, run, temp_dir  # noqa: E402

BRIEFINGS = ["dialogue_round1.txt", "dialogue_round2.txt", "joint_statement.txt"]


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


class MergeEqualsExtract(unittest.TestCase):
    def setUp(self):
        self.tmp_dir = temp_dir()
        self.tmp = self.tmp_dir.name
        # Run from examples/ so that sources are the bare file names, as in `extract a b`.
        self.graphs = {}
        for name in BRIEFINGS:
            out = os.path.join(self.tmp, name.replace(".txt", ".graphml"))
            run("extract", "--quiet", name, "-o", out, cwd=EXAMPLES, check=0)
            self.graphs[name] = out
        self.together = os.path.join(self.tmp, "together.graphml")
        run("extract", "--quiet", *BRIEFINGS, "-o", self.together, cwd=EXAMPLES, check=0)

    def tearDown(self):
        self.tmp_dir.cleanup()

    def merged(self, *inputs, name="merged.graphml"):
        out = os.path.join(self.tmp, name)
        run("merge", "--quiet", *inputs, "-o", out, cwd=EXAMPLES, check=0)
        return out

    def test_merge_of_graphs_equals_extract_of_briefings(self):
        out = self.merged(*(self.graphs[n] for n in BRIEFINGS))
        self.assertEqual(read_bytes(out), read_bytes(self.together))

    def test_any_order_and_grouping(self):
        g1, g2, g3 = (self.graphs[n] for n in BRIEFINGS)
        reference = read_bytes(self.together)
        self.assertEqual(read_bytes(self.merged(g3, g1, g2, name="o1.graphml")), reference)
        pair = self.merged(g2, g3, name="pair.graphml")
        self.assertEqual(read_bytes(self.merged(g1, pair, name="o2.graphml")), reference)
        # A graph that already holds a document: merged again, nothing counts twice.
        self.assertEqual(read_bytes(self.merged(g1, pair, g2, name="o3.graphml")), reference)

    def test_briefings_join_a_corpus_graph(self):
        pair = self.merged(self.graphs[BRIEFINGS[0]], self.graphs[BRIEFINGS[1]], name="pair.graphml")
        out = self.merged(pair, BRIEFINGS[2], name="grown.graphml")
        self.assertEqual(read_bytes(out), read_bytes(self.together))

    def test_a_directory_merges_its_briefings(self):
        directory = os.path.join(self.tmp, "briefings")
        os.mkdir(directory)
        for name in BRIEFINGS:
            with open(os.path.join(directory, name), "wb") as f:
                f.write(read_bytes(EXAMPLES / name))
        out = os.path.join(self.tmp, "from-dir.graphml")
        run("merge", "--quiet", directory, "-o", out, check=0)
        self.assertEqual(read_bytes(out), read_bytes(self.together))

    def test_json_graphs_merge_like_graphml(self):
        jsons = []
        for name in BRIEFINGS:
            out = os.path.join(self.tmp, name.replace(".txt", ".json"))
            run("extract", "--quiet", name, "-o", out, cwd=EXAMPLES, check=0)
            jsons.append(out)
        self.assertEqual(read_bytes(self.merged(*jsons, name="from-json.graphml")), read_bytes(self.together))

    def test_rounds_linked_and_seen_dates(self):
        out = self.merged(self.graphs[BRIEFINGS[0]], self.graphs[BRIEFINGS[1]])
        info, nodes, edges = read_graphml(out)
        series = "meeting:eu-canada-export-control-dialogue"
        self.assertIn(("follows", f"{series}-2", f"{series}-1"), edges)
        self.assertEqual(info["source"], "dialogue_round1.txt | dialogue_round2.txt")
        both = nodes["actor:european-union"]
        self.assertEqual(both["first_seen"], "2024-06-05")
        self.assertEqual(both["last_seen"], "2024-11-20")
        self.assertEqual(both["sources"], "dialogue_round1.txt | dialogue_round2.txt")

    def test_refuses_to_overwrite_an_input(self):
        g1 = self.graphs[BRIEFINGS[0]]
        result = run("merge", g1, self.graphs[BRIEFINGS[1]], "-o", g1, check=2)
        self.assertIn("refusing to overwrite an input", result.stderr_text)

    def test_bad_input_exits_2(self):
        broken = os.path.join(self.tmp, "broken.json")
        with open(broken, "w") as f:
            f.write('{"nodes": [\n  {"id": "a"},\n  {"id": "a"}\n]}\n')
        result = run("merge", self.graphs[BRIEFINGS[0]], broken, "-o", os.path.join(self.tmp, "x.graphml"), check=2)
        self.assertIn("broken.json:3", result.stderr_text)
        self.assertIn("duplicate node id 'a'", result.stderr_text)


if __name__ == "__main__":
    unittest.main()
