"""End-to-end tests of bad input and faults (issue 10): what parley refuses, what it recovers from
with a warning, what it handles silently, and that a refused input never costs an output file.

Refused inputs exit 2 with one line "parley: <file>[:line:column | : byte N]: <message>" and write
nothing; recovered ones exit 0 with "parley: warning: <file>...: <what was done>"; silently handled
ones give the same nodes and edges as the clean UTF-8 original."""
import os
import re
import resource
import subprocess
import sys
import unittest
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import PARLEY, read_graphml, run, temp_dir  # noqa: E402

SANITIZED = os.environ.get("PARLEY_SANITIZE", "OFF").upper() in ("ON", "1", "TRUE", "YES")

# An invented briefing with actors, a meeting, a date and a commitment: enough for nodes and edges.
BRIEFING = ("Canada and Japan met in Tokyo on May 2, 2024.\n"
            "The two foreign ministers discussed export controls on advanced semiconductors.\n"
            "\n"
            "Canada pledged to support Ukraine with additional sanctions against Russia.\n")
OTHER_BRIEFING = "France and Germany met in Berlin on March 3, 2023.\nFrance condemned the missile launch.\n"

GRAPHML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
GOOD_GRAPHML = (GRAPHML_HEAD +
                '  <key id="d0" for="node" attr.name="type" attr.type="string"/>\n'
                '  <key id="d1" for="node" attr.name="label" attr.type="string"/>\n'
                '  <key id="d2" for="edge" attr.name="type" attr.type="string"/>\n'
                '  <graph id="G" edgedefault="directed">\n'
                '    <node id="actor:canada"><data key="d0">actor</data><data key="d1">Canada</data></node>\n'
                '    <node id="actor:japan"><data key="d0">actor</data><data key="d1">Japan</data></node>\n'
                '    <edge source="actor:canada" target="actor:japan"><data key="d2">supports</data></edge>\n'
                '  </graph>\n</graphml>\n')
GOOD_JSON = ('{"directed": true, "multigraph": true, "graph": {},\n'
             ' "nodes": [{"id": "actor:canada", "type": "actor", "label": "Canada"},\n'
             '           {"id": "actor:japan", "type": "actor", "label": "Japan"}],\n'
             ' "links": [{"source": "actor:canada", "target": "actor:japan", "key": 0, "type": "supports"}]}\n')

# Graph files given to diff or merge that must be refused: (name, content, what the message says).
BAD_GRAPHS = [
    ("not_xml.graphml", "this is not XML at all\n", None),
    ("truncated.graphml", GOOD_GRAPHML[:GOOD_GRAPHML.index("<edge")], None),
    ("wrong_namespace.graphml", GOOD_GRAPHML.replace("http://graphml.graphdrawing.org/xmlns",
                                                     "http://example.org/not-graphml"), "namespace"),
    ("dangling_edge.graphml", GOOD_GRAPHML.replace('target="actor:japan"', 'target="actor:nowhere"'),
     "actor:nowhere"),
    ("undeclared_key.graphml", GOOD_GRAPHML.replace('<data key="d2">', '<data key="d9">'), "d9"),
    ("not_graphml.graphml", '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>\n', None),
    ("not_json.json", "nodes: [canada, japan]\n", None),
    ("truncated.json", GOOD_JSON[:GOOD_JSON.index('"links"') + 12], None),
    ("dangling_edge.json", GOOD_JSON.replace('"target": "actor:japan"', '"target": "actor:nowhere"'),
     "actor:nowhere"),
    ("foreign.json", '{"type": "FeatureCollection", "features": []}\n', None),
]


def location_pattern(name):
    """The start of a one-line error naming `name`, with a line[:column] or a byte offset."""
    return re.escape(name) + r"(:\d+(:\d+)?| ?: byte \d+)?: "


def snapshot(directory):
    """Every file under `directory` with its bytes: to check that a refused run changed nothing."""
    return {p.relative_to(directory).as_posix(): p.read_bytes()
            for p in sorted(Path(directory).rglob("*")) if p.is_file()}


def graph_shape(path):
    """Node ids with their type and label, and edge keys: a graph with its offsets aside."""
    _, nodes, edges = read_graphml(path)
    return ({node_id: (attrs.get("type"), attrs.get("label")) for node_id, attrs in nodes.items()},
            set(edges))


def command_exists(name):
    result = subprocess.run([PARLEY, name, "--help"], capture_output=True, timeout=60)
    return result.returncode == 0


class Refused(unittest.TestCase):
    """Exit 2, one line naming the file (and where), and no output created or changed."""

    def assert_refused(self, result, name, message=None, position=False):
        self.assertEqual(result.returncode, 2, result.stderr_text)
        errors = [line for line in result.stderr_text.splitlines() if not line.startswith("parley: warning:")]
        self.assertTrue(errors, "no error message")
        line = next((e for e in errors if name in e), None)
        self.assertIsNotNone(line, f"no message names {name}:\n{result.stderr_text}")
        self.assertTrue(line.startswith("parley: "), line)
        if position:
            self.assertRegex(line, re.escape(name) + r"(:\d+:\d+| ?: byte \d+): ", "no position in message")
        else:
            self.assertRegex(line, location_pattern(name))
        if message:
            self.assertIn(message, line)

    def run_refused(self, tmp, args, name, message=None, position=False, cwd=None):
        """Runs with an existing previous output beside the inputs; nothing in tmp may change."""
        before = snapshot(tmp)
        result = run(*args, cwd=cwd)
        self.assert_refused(result, name, message, position)
        self.assertEqual(snapshot(tmp), before, "a refused run created or changed a file")
        self.assertEqual(result.stdout, b"", "a refused run wrote a graph to stdout")
        return result

    def test_input_documents(self):
        cases = [
            # (name, how to make it, words of the message, position expected)
            ("missing.txt", None, "no such file", False),
            ("empty_dir", lambda p: (p.mkdir(), (p / "notes.md").write_text("not a briefing\n")), "no documents",
             False),
            ("binary.txt", lambda p: p.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)) * 4),
             "binary", True),
            ("nul_in_text.txt", lambda p: p.write_bytes(BRIEFING.encode() + b"\x00\x00\x00trailer\n"), "binary", True),
        ]
        for name, make, message, position in cases:
            with self.subTest(name), temp_dir() as tmp:
                path = Path(tmp) / name
                if make:
                    make(path)
                previous = Path(tmp) / "previous.graphml"
                previous.write_text("previous output\n")
                self.run_refused(tmp, ("extract", path, "-o", previous), name, message, position)
                self.run_refused(tmp, ("extract", path, "--out-dir", Path(tmp) / "out"), name, message, position)
                self.assertFalse((Path(tmp) / "out").exists())

    def test_binary_offset_is_that_of_the_first_zero_byte(self):
        with temp_dir() as tmp:
            path = Path(tmp) / "mixed.txt"
            path.write_bytes(b"Canada met Japan.\nabc\x00def\n")
            result = self.run_refused(tmp, ("extract", path), "mixed.txt", "binary", True)
            self.assertIn("byte 21", result.stderr_text)

    def test_malformed_knowledge_base(self):
        cases = [
            # (file content, line of the problem)
            (b'{"entries": [\n  {"id": "actor:examplia", "type": "actor",\n}\n', 3),
            (b'{"entries": [{"id": "actor:examplia", "type": "actor", "kind": "state", "label": "X"}]', 1),
            (b'{"entries": [\n  {"id": "actor:examplia", "type": "actor", "kind": "state",\n'
             b'   "label": "Examplia", "colour": "blue"}\n]}\n', 3),
            (b'[1, 2, 3]\n', 1),
            (b'{"entries": [{"id": "Not An Id", "type": "actor", "kind": "state", "label": "X"}]}\n', 1),
            (b'', 1),
            (b'{"entries": [\n{"id": "actor:x\xff", "type": "actor"}]}\n', 2),
        ]
        for content, line in cases:
            with self.subTest(content=content), temp_dir() as tmp:
                kb = Path(tmp) / "bad_kb.json"
                kb.write_bytes(content)
                doc = Path(tmp) / "doc.txt"
                doc.write_text(BRIEFING)
                previous = Path(tmp) / "previous.graphml"
                previous.write_text("previous output\n")
                result = self.run_refused(tmp, ("extract", doc, "--kb", kb, "-o", previous), "bad_kb.json",
                                          position=True)
                self.assertRegex(result.stderr_text, re.escape("bad_kb.json") + f":{line}:\\d+: ")
                result = self.run_refused(tmp, ("kb", "check", kb), "bad_kb.json", position=True)
                self.assertRegex(result.stderr_text, re.escape("bad_kb.json") + f":{line}:\\d+: ")

    def test_missing_knowledge_base(self):
        with temp_dir() as tmp:
            doc = Path(tmp) / "doc.txt"
            doc.write_text(BRIEFING)
            self.run_refused(tmp, ("extract", doc, "--kb", Path(tmp) / "absent_kb.json", "-o", Path(tmp) / "g.graphml"),
                             "absent_kb.json")
            self.assertFalse((Path(tmp) / "g.graphml").exists())

    def test_bad_graphs_given_to_diff(self):
        if not command_exists("diff"):
            self.skipTest("parley diff is not registered in this build")
        for name, content, message in BAD_GRAPHS:
            good = "good" + Path(name).suffix
            with self.subTest(name), temp_dir() as tmp:
                (Path(tmp) / good).write_text(GOOD_GRAPHML if good.endswith(".graphml") else GOOD_JSON)
                (Path(tmp) / name).write_text(content)
                self.run_refused(tmp, ("diff", Path(tmp) / good, Path(tmp) / name), name, message)
                self.run_refused(tmp, ("diff", Path(tmp) / name, Path(tmp) / good), name, message)

    def test_bad_graphs_given_to_merge(self):
        if not command_exists("merge"):
            self.skipTest("parley merge is not registered in this build")
        for name, content, message in BAD_GRAPHS:
            good = "good" + Path(name).suffix
            with self.subTest(name), temp_dir() as tmp:
                (Path(tmp) / good).write_text(GOOD_GRAPHML if good.endswith(".graphml") else GOOD_JSON)
                (Path(tmp) / name).write_text(content)
                previous = Path(tmp) / "merged.graphml"
                previous.write_text("previous output\n")
                self.run_refused(tmp, ("merge", Path(tmp) / good, Path(tmp) / name, "-o", previous), name, message)

    def test_graph_errors_name_line_and_column(self):
        """Where a parser knows it, the place of the problem is in the message."""
        if not command_exists("merge"):
            self.skipTest("parley merge is not registered in this build")
        for name in ("dangling_edge.graphml", "undeclared_key.graphml", "truncated.json"):
            content = next(c for n, c, _ in BAD_GRAPHS if n == name)
            with self.subTest(name), temp_dir() as tmp:
                (Path(tmp) / name).write_text(content)
                self.run_refused(tmp, ("merge", Path(tmp) / name, "-o", Path(tmp) / "m.graphml"), name, position=True)

    def test_missing_graph(self):
        for command in ("diff", "merge"):
            if not command_exists(command):
                continue
            for name, content in (("absent.graphml", None), ("absent.json", None)):
                with self.subTest(command=command, name=name), temp_dir() as tmp:
                    (Path(tmp) / "good.graphml").write_text(GOOD_GRAPHML)
                    if content is not None:
                        (Path(tmp) / name).write_text(content)
                    args = [command, Path(tmp) / "good.graphml", Path(tmp) / name]
                    if command == "merge":
                        args += ["-o", Path(tmp) / "m.graphml"]
                    self.run_refused(tmp, args, name)

    def test_unknown_format(self):
        cases = [
            (("--format", "xls"), "xls"),
            (("-o", "{tmp}/out.xyz"), "out.xyz"),
            (("--out-dir", "{tmp}/out", "--format", "pdf"), "pdf"),
        ]
        for options, named in cases:
            with self.subTest(options=options), temp_dir() as tmp:
                doc = Path(tmp) / "doc.txt"
                doc.write_text(BRIEFING)
                options = [o.format(tmp=tmp) for o in options]
                before = snapshot(tmp)
                result = run("extract", doc, *options)
                self.assertEqual(result.returncode, 2, result.stderr_text)
                first_line = result.stderr_text.splitlines()[0]
                self.assertTrue(first_line.startswith("parley: "), first_line)
                self.assertIn(named, first_line)
                self.assertEqual(snapshot(tmp), before)
                self.assertEqual(result.stdout, b"")

    def test_unwritable_output(self):
        # Tests run as root, for whom permissions do not stop writes: use places nobody can write.
        cases = [
            ("{tmp}/no_such_dir/out.graphml", "out.graphml"),
            ("{tmp}/a_file.txt/out.graphml", "out.graphml"),
            ("{tmp}/no_such_dir/out.csv", "out"),
            ("/proc/parley-out.graphml", "parley-out.graphml"),
            ("{tmp}", None),  # a directory
        ]
        for target, named in cases:
            with self.subTest(target=target), temp_dir() as tmp:
                doc = Path(tmp) / "doc.txt"
                doc.write_text(BRIEFING)
                (Path(tmp) / "a_file.txt").write_text("a regular file\n")
                output = target.format(tmp=tmp)
                before = snapshot(tmp)
                args = ("extract", doc, "-o", output) + (() if named else ("--format", "graphml"))
                result = run(*args)
                self.assertEqual(result.returncode, 2, result.stderr_text)
                self.assertTrue(result.stderr_text.startswith("parley: "), result.stderr_text)
                self.assertIn(named or tmp, result.stderr_text)
                self.assertEqual(snapshot(tmp), before)

    def test_unwritable_out_dir(self):
        with temp_dir() as tmp:
            doc = Path(tmp) / "doc.txt"
            doc.write_text(BRIEFING)
            (Path(tmp) / "a_file.txt").write_text("a regular file\n")
            before = snapshot(tmp)
            result = run("extract", doc, "--out-dir", Path(tmp) / "a_file.txt" / "out")
            self.assertEqual(result.returncode, 2, result.stderr_text)
            self.assertIn("a_file.txt", result.stderr_text)
            self.assertTrue(result.stderr_text.startswith("parley: "))
            self.assertEqual(snapshot(tmp), before)

    def test_output_that_is_an_input(self):
        cases = [
            # (input file names, output argument relative to tmp, extra options, the refused path)
            (["doc.txt"], "doc.txt", ("--format", "graphml"), "doc.txt"),
            (["doc.txt"], "./sub/../doc.txt", ("--format", "graphml"), "doc.txt"),
            (["doc.txt", "graph.nodes.csv"], "graph.csv", (), "graph.nodes.csv"),
            (["doc.txt", "graph.edges.csv"], "graph.csv", (), "graph.edges.csv"),
            (["doc.txt"], "kb.json", ("--kb", "{tmp}/kb.json"), "kb.json"),
        ]
        for inputs, output, options, refused in cases:
            with self.subTest(output=output, inputs=inputs), temp_dir() as tmp:
                (Path(tmp) / "sub").mkdir()
                for name in inputs:
                    (Path(tmp) / name).write_text(BRIEFING)
                (Path(tmp) / "kb.json").write_text('{"entries": []}\n')
                before = snapshot(tmp)
                options = [o.format(tmp=tmp) for o in options]
                result = run("extract", *[Path(tmp) / n for n in inputs], "-o", f"{tmp}/{output}", *options)
                self.assertEqual(result.returncode, 2, result.stderr_text)
                self.assertTrue(refused in result.stderr_text or Path(output).name in result.stderr_text,
                                result.stderr_text)
                self.assertIn("input", result.stderr_text)
                self.assertTrue(result.stderr_text.startswith("parley: "))
                self.assertEqual(snapshot(tmp), before, "an input was overwritten")

    def test_merge_output_that_is_an_input(self):
        if not command_exists("merge"):
            self.skipTest("parley merge is not registered in this build")
        with temp_dir() as tmp:
            for name in ("a.graphml", "b.graphml"):
                (Path(tmp) / name).write_text(GOOD_GRAPHML)
            before = snapshot(tmp)
            result = run("merge", Path(tmp) / "a.graphml", Path(tmp) / "b.graphml", "-o", Path(tmp) / "b.graphml")
            self.assertEqual(result.returncode, 2, result.stderr_text)
            self.assertIn("b.graphml", result.stderr_text)
            self.assertEqual(snapshot(tmp), before, "an input was overwritten")


class Recovered(unittest.TestCase):
    """Exit 0, a warning naming the file and what was done, and the graph of what could be read."""

    def extract(self, tmp, name, content):
        path = Path(tmp) / name
        path.write_bytes(content)
        out = Path(tmp) / (name + ".graphml")
        result = run("extract", path, "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr_text)
        self.assertTrue(out.exists())
        warnings = [line for line in result.stderr_text.splitlines() if line.startswith("parley: warning: ")]
        self.assertTrue(warnings, "no warning")
        self.assertTrue(all(name in w for w in warnings), warnings)
        self.assertEqual(len(warnings), len(result.stderr_text.splitlines()), "stderr has more than warnings")
        return warnings, out

    def test_invalid_utf8_is_replaced_and_its_byte_offset_reported(self):
        cases = [
            # (bytes before the first invalid sequence, the sequence, bytes after)
            (b"Canada and Japan met in Tokyo", b"\xff", b" on May 2, 2024.\n"),
            (b"Canada and ", b"\xc3\x28", b"Japan met in Tokyo on May 2, 2024.\n"),
            (b"Canada and Japan met in Tokyo on May 2, 2024.\n", b"\xe2\x82", b""),  # truncated at the end
            (b"\xef\xbb\xbfCanada and Japan met ", b"\xed\xa0\x80", b"in Tokyo on May 2, 2024.\n"),  # surrogate
        ]
        for before, invalid, after in cases:
            with self.subTest(content=before + invalid + after), temp_dir() as tmp:
                warnings, out = self.extract(tmp, "latin.txt", before + invalid + after)
                self.assertTrue(any(re.search(rf"latin\.txt ?: byte {len(before)}\b", w) for w in warnings), warnings)
                self.assertTrue(any("UTF-8" in w for w in warnings), warnings)
                nodes, _ = graph_shape(out)
                self.assertIn("actor:canada", nodes)

    def test_empty_file_gives_an_empty_graph(self):
        for content in (b"",):
            with self.subTest(content=content), temp_dir() as tmp:
                warnings, out = self.extract(tmp, "empty.txt", content)
                self.assertTrue(any("empty" in w for w in warnings), warnings)
                nodes, edges = graph_shape(out)
                self.assertEqual((nodes, edges), ({}, set()))

    def test_malformed_front_matter_is_read_as_text(self):
        cases = [
            b"---\ntitle: Talks\ndate: 2024-05-02\n" + BRIEFING.encode(),          # never closed
            b"---\ntitle: [unclosed\n: no key\n---\n" + BRIEFING.encode(),          # bad YAML lines
        ]
        for content in cases:
            with self.subTest(content=content[:40]), temp_dir() as tmp:
                warnings, out = self.extract(tmp, "fm.txt", content)
                self.assertTrue(any("front matter" in w for w in warnings), warnings)
                nodes, _ = graph_shape(out)
                self.assertIn("actor:canada", nodes)
                self.assertIn("actor:japan", nodes)


class HandledSilently(unittest.TestCase):
    """Other encodings and line ends give the same nodes and edges as the UTF-8 original, unwarned."""

    def test_encodings_and_line_ends(self):
        cases = {
            "utf16le_bom": b"\xff\xfe" + BRIEFING.encode("utf-16-le"),
            "utf16be_bom": b"\xfe\xff" + BRIEFING.encode("utf-16-be"),
            "utf16le_no_bom": BRIEFING.encode("utf-16-le"),
            "utf16be_no_bom": BRIEFING.encode("utf-16-be"),
            "utf8_bom": b"\xef\xbb\xbf" + BRIEFING.encode(),
            "crlf": BRIEFING.replace("\n", "\r\n").encode(),
            "lone_cr": BRIEFING.replace("\n", "\r").encode(),
            "utf16le_crlf": b"\xff\xfe" + BRIEFING.replace("\n", "\r\n").encode("utf-16-le"),
        }
        with temp_dir() as tmp:
            (Path(tmp) / "clean").mkdir()
            (Path(tmp) / "clean" / "doc.txt").write_bytes(BRIEFING.encode())
            run("extract", "doc.txt", "-o", Path(tmp) / "clean.graphml", cwd=Path(tmp) / "clean", check=0)
            expected = graph_shape(Path(tmp) / "clean.graphml")
            self.assertTrue(expected[0] and expected[1], "the clean briefing gives no nodes or edges")
            for name, content in cases.items():
                with self.subTest(name):
                    (Path(tmp) / name).mkdir()
                    (Path(tmp) / name / "doc.txt").write_bytes(content)
                    out = Path(tmp) / (name + ".graphml")
                    result = run("extract", "doc.txt", "-o", out, cwd=Path(tmp) / name)
                    self.assertEqual(result.returncode, 0, result.stderr_text)
                    self.assertEqual(result.stderr_text, "", "not silent")
                    self.assertEqual(graph_shape(out), expected)


class UnderAMemoryLimit(unittest.TestCase):
    @unittest.skipIf(SANITIZED, "AddressSanitizer reserves terabytes of address space")
    def test_a_50_megabyte_single_line(self):
        sentence = "Canada and Japan met in Tokyo on May 2, 2024, and pledged to support Ukraine. "
        limit = 2 * 1024 ** 3

        def limit_memory():
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

        with temp_dir() as tmp:
            doc = Path(tmp) / "one_line.txt"
            with open(doc, "w") as f:
                f.write(sentence * (50 * 1024 * 1024 // len(sentence) + 1))
            self.assertGreaterEqual(doc.stat().st_size, 50 * 1024 * 1024)
            out = Path(tmp) / "g.graphml"
            result = subprocess.run([PARLEY, "extract", "--quiet", str(doc), "-o", str(out)], capture_output=True,
                                    timeout=600, preexec_fn=limit_memory)
            self.assertEqual(result.returncode, 0, result.stderr.decode(errors="replace")[-2000:])
            nodes, _ = graph_shape(out)
            self.assertIn("actor:canada", nodes)


class ManyInputsOneRefused(unittest.TestCase):
    """The refused input is reported and skipped; the others' graph is written; exit 2."""

    def make_inputs(self, tmp):
        (Path(tmp) / "a.txt").write_text(BRIEFING)
        (Path(tmp) / "b.txt").write_text(OTHER_BRIEFING)
        (Path(tmp) / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)))
        return [Path(tmp) / n for n in ("a.txt", "binary.txt", "missing.txt", "b.txt")]

    def test_one_merged_graph(self):
        with temp_dir() as tmp:
            inputs = self.make_inputs(tmp)
            out = Path(tmp) / "g.graphml"
            out.write_text("previous output\n")
            result = run("extract", *inputs, "-o", out)
            self.assertEqual(result.returncode, 2, result.stderr_text)
            self.assertRegex(result.stderr_text, r"parley: .*binary\.txt ?: byte \d+: ")
            self.assertRegex(result.stderr_text, r"parley: .*missing\.txt: ")
            nodes, _ = graph_shape(out)
            for actor in ("actor:canada", "actor:japan", "actor:france", "actor:germany"):
                self.assertIn(actor, nodes)

    def test_one_graph_per_input(self):
        with temp_dir() as tmp:
            inputs = self.make_inputs(tmp)
            out = Path(tmp) / "out"
            result = run("extract", *inputs, "--out-dir", out)
            self.assertEqual(result.returncode, 2, result.stderr_text)
            self.assertIn("binary.txt", result.stderr_text)
            self.assertIn("missing.txt", result.stderr_text)
            self.assertEqual(sorted(p.name for p in out.iterdir()), ["a.graphml", "b.graphml"])


if __name__ == "__main__":
    unittest.main()
