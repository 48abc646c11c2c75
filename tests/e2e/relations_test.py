"""End-to-end tests of relations on examples/: specific edges of the example briefings, the
sentence each gives as evidence, that the bytes at evidence_start..evidence_end of the example
file are that sentence, and the actor network (`--actor-network`) of one example."""
import os
import re
import sys
import unicodedata
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import EXAMPLES, read_graphml, run, temp_dir  # noqa: E402


def normalised(text):
    """The reader's normalisation, as far as these examples need it: NFC, straight quotes, one space."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def extract(name, *extra):
    with temp_dir() as tmp:
        out = os.path.join(tmp, "graph.graphml")
        run("extract", "--quiet", name, "-o", out, *extra, cwd=EXAMPLES, check=0)
        return read_graphml(out)


def find_edge(nodes, edges, kind, source_words, target_words):
    """The attributes of the edge of `kind` whose end labels hold the given words (either order for
    symmetric types), or None."""
    def holds(node_id, words):
        return words.lower() in nodes[node_id].get("label", "").lower()
    for (edge_type, source, target), attrs in edges.items():
        if edge_type != kind:
            continue
        if holds(source, source_words) and holds(target, target_words):
            return attrs
        if kind in ("counterpart_of", "deals_with") and holds(source, target_words) and holds(target, source_words):
            return attrs
    return None


# (example, edge type, source label words, target label words, words the evidence sentence holds)
CASES = [
    ("joint_statement.txt", "party_to", "Australia", "Wassenaar", "parties to the Wassenaar Arrangement"),
    ("joint_statement.txt", "makes", "Norway", "licensing data", "pledged to share licensing data"),
    ("joint_statement.txt", "participates_in", "Norway", "Consultations", "met in Oslo"),
    ("joint_statement.txt", "discussed", "Consultations", "Lazarus", "discussed sanctions on the Lazarus Group"),
    ("dialogue_round1.txt", "participates_in", "Global Affairs Canada", "Dialogue", "delegation was led by Global Affairs"),
    ("dialogue_round1.txt", "participates_in", "European Commission", "Dialogue", "led by the European Commission"),
    ("dialogue_round2.txt", "follows", "Second", "Inaugural", "following the inaugural dialogue"),
    ("press_briefing.txt", "discussed", "Briefing", "Houthis", "We also discussed the Houthis"),
    ("meeting_readout.txt", "participates_in", "Arjun Rao", "Call", "spoke today with"),
]


class ExampleEdges(unittest.TestCase):
    def test_edges_with_evidence_and_offsets(self):
        graphs = {}
        for example, kind, source, target, evidence_words in CASES:
            with self.subTest(example=example, kind=kind, source=source, target=target):
                if example not in graphs:
                    graphs[example] = extract(example)
                _, nodes, edges = graphs[example]
                attrs = find_edge(nodes, edges, kind, source, target)
                self.assertIsNotNone(attrs, f"no {kind} edge {source} -> {target}")
                evidence = attrs["evidence"]
                self.assertIn(evidence_words, evidence)
                self.assertEqual(attrs["evidence_source"], example)
                self.assertTrue(attrs.get("rule"))
                self.assertGreaterEqual(float(attrs["weight"]), 1.0)
                data = (EXAMPLES / example).read_bytes()
                start, end = int(attrs["evidence_start"]), int(attrs["evidence_end"])
                self.assertLess(start, end)
                self.assertEqual(normalised(data[start:end].decode("utf-8")), normalised(evidence))

    def test_every_edge_has_evidence_inside_the_file(self):
        for example in ("joint_statement.txt", "press_briefing.txt", "dialogue_round2.txt"):
            with self.subTest(example=example):
                _, _, edges = extract(example)
                size = len((EXAMPLES / example).read_bytes())
                self.assertTrue(edges)
                for key, attrs in edges.items():
                    self.assertTrue(attrs.get("evidence"), key)
                    self.assertLessEqual(int(attrs["evidence_end"]), size, key)

    def test_no_target_is_its_own_source_and_no_loops(self):
        _, _, edges = extract("joint_statement.txt")
        for kind, source, target in edges:
            self.assertNotEqual(source, target)


class ActorNetwork(unittest.TestCase):
    def test_actor_network_of_the_joint_statement(self):
        _, nodes, edges = extract("joint_statement.txt", "--actor-network")
        self.assertTrue(all(n["type"] == "actor" for n in nodes.values()))
        self.assertTrue(edges)
        self.assertTrue(all(kind == "deals_with" for kind, _, _ in edges))
        attrs = find_edge(nodes, edges, "deals_with", "Australia", "Norway")
        self.assertIsNotNone(attrs)
        shared = attrs["shared"].split(" | ")
        self.assertEqual(shared, sorted(shared))
        self.assertEqual(float(attrs["weight"]), len(shared))
        self.assertGreaterEqual(len(shared), 2)
        self.assertTrue(any("Wassenaar" in item for item in shared))
        for kind, source, target in edges:
            self.assertLess(source, target)


if __name__ == "__main__":
    unittest.main()

