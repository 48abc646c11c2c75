"""End-to-end tests of `parley diff` on the example pair (two rounds of one dialogue): specific
added, removed and changed items, the first round's corrected date reported as a change of the
same meeting, the JSON report, the diff graph and the exit statuses."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import EXAMPLES, read_graphml, run, temp_dir  # noqa: E402

ROUND1 = EXAMPLES / "dialogue_round1.txt"
ROUND2 = EXAMPLES / "dialogue_round2.txt"
SERIES = "meeting:eu-canada-export-control-dialogue"


def ids(items):
    return {item["id"] for item in items}


def edge_keys(items):
    return {(item["type"], item["source"], item["target"]) for item in items}


class ExamplePair(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        result = run("diff", "--quiet", "--json", ROUND1, ROUND2)
        cls.status = result.returncode
        cls.stderr = result.stderr_text
        cls.report = json.loads(result.stdout_text) if result.stdout_text.strip() else None

    def test_exit_status_says_there_are_differences(self):
        self.assertEqual(self.status, 1, self.stderr)

    def test_sides(self):
        self.assertTrue(self.report["old"]["source"].endswith("dialogue_round1.txt"))
        self.assertTrue(self.report["new"]["source"].endswith("dialogue_round2.txt"))
        self.assertGreater(self.report["new"]["nodes"], 0)

    def test_added_actors(self):
        added = ids(self.report["nodes"]["added"])
        self.assertIn("actor:japan", added)
        self.assertIn(f"{SERIES}-3", added)
        for item in self.report["nodes"]["added"]:
            self.assertIn("evidence", item)
            self.assertIsInstance(item["aliases"], list)

    def test_removed_actor_and_agreement(self):
        removed = ids(self.report["nodes"]["removed"])
        self.assertIn("actor:belarus", removed)
        self.assertIn("agreement:wassenaar-arrangement", removed)
        for item in self.report["nodes"]["removed"]:
            self.assertEqual(item["evidence_source"].endswith("dialogue_round1.txt"), True)

    def test_first_round_date_corrected_is_a_change_not_a_removal(self):
        changed = {item["id"]: item["changes"] for item in self.report["nodes"]["changed"]}
        first_round = f"{SERIES}-1"
        self.assertNotIn(first_round, ids(self.report["nodes"]["removed"]))
        self.assertNotIn(first_round, ids(self.report["nodes"]["added"]))
        self.assertIn(first_round, changed)
        self.assertEqual(changed[first_round]["date"], ["2024-06-05", "2024-06-04"])

    def test_repeated_commitment_is_not_reported(self):
        everything = set()
        for state in ("added", "removed", "changed"):
            everything |= ids(self.report["nodes"][state])
        kept = [i for i in everything if i.startswith("commitment:") and "circumvent" in i]
        self.assertEqual(kept, [], "the repeated commitment to share information should match by id")

    def test_dropped_and_new_commitments(self):
        removed = [i for i in ids(self.report["nodes"]["removed"]) if i.startswith("commitment:")]
        added = [i for i in ids(self.report["nodes"]["added"]) if i.startswith("commitment:")]
        self.assertTrue(any("guidance" in i for i in removed), removed)
        self.assertTrue(any("semiconductor" in i for i in added), added)

    def test_edges(self):
        added = edge_keys(self.report["edges"]["added"])
        self.assertIn(("follows", f"{SERIES}-3", f"{SERIES}-2"), added)
        self.assertIn(("participates_in", "actor:japan", f"{SERIES}-2"), added)
        removed = edge_keys(self.report["edges"]["removed"])
        self.assertIn(("discussed", f"{SERIES}-1", "actor:belarus"), removed)


class ReadableSummary(unittest.TestCase):
    def test_grouped_by_type_with_evidence(self):
        result = run("diff", "--quiet", ROUND1, ROUND2, check=1)
        text = result.stdout_text
        self.assertIn("\nNodes\n", text)
        self.assertIn("\n  actor\n", text)
        self.assertIn("\nEdges\n", text)
        self.assertIn("date: 2024-06-05 -> 2024-06-04", text)
        self.assertIn('"Japan attended a session on semiconductors as an observer."', text)


class DiffGraphAndStatuses(unittest.TestCase):
    def test_diff_graph_marks_every_element(self):
        with temp_dir() as tmp:
            out = os.path.join(tmp, "diff.graphml")
            run("diff", "--quiet", ROUND1, ROUND2, "-o", out, check=1)
            _, nodes, edges = read_graphml(out)
            states = {attrs.get("diff") for attrs in list(nodes.values()) + list(edges.values())}
            self.assertEqual(states, {"added", "removed", "changed", "unchanged"})
            self.assertEqual(nodes[f"{SERIES}-1"]["diff"], "changed")
            self.assertEqual(nodes["actor:japan"]["diff"], "added")

    def test_a_graph_against_itself_exits_0(self):
        with temp_dir() as tmp:
            graph = os.path.join(tmp, "round1.graphml")
            run("extract", "--quiet", ROUND1, "-o", graph, check=0)
            result = run("diff", graph, graph, check=0)
            self.assertIn("No differences.", result.stdout_text)
            # A briefing against the graph made from it: the same graph.
            run("diff", "--quiet", ROUND1, graph, check=0)

    def test_diff_mirrors(self):
        forward = json.loads(run("diff", "--quiet", "--json", ROUND1, ROUND2, check=1).stdout_text)
        backward = json.loads(run("diff", "--quiet", "--json", ROUND2, ROUND1, check=1).stdout_text)
        self.assertEqual(forward["nodes"]["added"], backward["nodes"]["removed"])
        self.assertEqual(forward["edges"]["removed"], backward["edges"]["added"])
        self.assertEqual(len(forward["nodes"]["changed"]), len(backward["nodes"]["changed"]))

    def test_bad_usage_and_input_exit_2(self):
        with temp_dir() as tmp:
            graph = os.path.join(tmp, "round1.graphml")
            run("extract", "--quiet", ROUND1, "-o", graph, check=0)
            broken = os.path.join(tmp, "broken.graphml")
            with open(broken, "w") as f:
                f.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph>\n<node id=\"a\">")
            cases = [
                (("diff", ROUND1), "new"),
                (("diff", ROUND1, os.path.join(tmp, "missing.txt")), "no such file"),
                (("diff", ROUND1, broken), "broken.graphml:2"),
                (("diff", graph, ROUND2, "-o", graph), "refusing to overwrite an input"),
                (("diff", ROUND1, ROUND2, "-o", os.path.join(tmp, "diff.xyz")), "unknown output format"),
            ]
            for args, message in cases:
                with self.subTest(args=args):
                    result = run(*args, check=2)
                    self.assertIn(message, result.stderr_text)


if __name__ == "__main__":
    unittest.main()
