"""End-to-end tests of the parley command line: help, version, usage errors and their exit
statuses, inputs and outputs of `parley extract`."""
import os
import sys
import unittest
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import EXAMPLES, read_graphml, run, temp_dir  # noqa: E402


class HelpAndUsage(unittest.TestCase):
    def test_help_lists_the_commands(self):
        result = run("--help", check=0)
        for command in ("extract", "inspect", "kb", "merge", "diff"):
            self.assertIn(command, result.stdout_text)

    def test_command_help(self):
        result = run("extract", "--help", check=0)
        self.assertIn("--out-dir", result.stdout_text)
        self.assertIn("--format", result.stdout_text)

    def test_version(self):
        self.assertRegex(run("--version", check=0).stdout_text,
                         r"^parley \d+\.\d+\.\d+ \((mimalloc \d+\.\d+\.\d+|glibc malloc|the C library's malloc)\)\n")

    def test_usage_errors_exit_2_with_a_message(self):
        cases = [
            ((), "subcommand"),
            (("frobnicate",), "frobnicate"),
            (("extract",), "inputs"),
            (("extract", EXAMPLES / "joint_statement.txt", "--format", "xls"), "unknown format 'xls'"),
            (("extract", EXAMPLES / "joint_statement.txt", "-o", "out.xyz"), "unknown output format"),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                result = run(*args, check=2)
                self.assertIn(message, result.stderr_text)
                self.assertTrue(result.stderr_text.startswith("parley: "))


class Extract(unittest.TestCase):
    def test_stdout_is_graphml_by_default(self):
        result = run("extract", "joint_statement.txt", cwd=EXAMPLES, check=0)
        info, nodes, _ = read_graphml(result.stdout)
        self.assertEqual(info["source"], "joint_statement.txt")
        self.assertTrue(nodes)

    def test_joint_statement_has_its_actors_meeting_and_edges(self):
        with temp_dir() as tmp:
            out = Path(tmp) / "g.graphml"
            run("extract", "joint_statement.txt", "-o", out, cwd=EXAMPLES, check=0)
            _, nodes, edges = read_graphml(out)
        for state in ("actor:australia", "actor:norway"):
            self.assertIn(state, nodes)
            self.assertEqual(nodes[state]["type"], "actor")
            self.assertEqual(nodes[state]["kind"], "state")
        meetings = [i for i, n in nodes.items() if n["type"] == "meeting" and n.get("date") == "2025-02-10"]
        self.assertEqual(len(meetings), 1, nodes.keys())
        self.assertEqual(nodes[meetings[0]]["kind"], "dialogue")  # the first round of consultations
        self.assertIn(("participates_in", "actor:australia", meetings[0]), edges)
        for node in nodes.values():  # provenance on every node
            self.assertEqual(node["evidence_source"], "joint_statement.txt")
            self.assertLess(int(node["evidence_start"]), int(node["evidence_end"]))

    def test_directory_inputs_and_out_dir_mirror_subfolders(self):
        with temp_dir() as tmp:
            corpus = Path(tmp) / "corpus"
            (corpus / "sub").mkdir(parents=True)
            (corpus / "a.txt").write_text("Canada and Japan met in Tokyo on May 2, 2024.\n")
            (corpus / "sub" / "b.txt").write_text("France pledged to support Ukraine.\n")
            (corpus / "notes.md").write_text("not a briefing\n")
            out = Path(tmp) / "out"
            run("extract", corpus, "--out-dir", out, check=0)
            self.assertEqual(sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()),
                             ["a.graphml", "sub/b.graphml"])
            info, _, _ = read_graphml(out / "sub" / "b.graphml")
            self.assertEqual(info["source"], "sub/b.txt")

    def test_two_inputs_writing_the_same_file_are_an_error(self):
        with temp_dir() as tmp:
            for sub in ("x", "y"):
                (Path(tmp) / sub).mkdir()
                (Path(tmp) / sub / "same.txt").write_text("Canada met Japan.\n")
            result = run("extract", Path(tmp) / "x" / "same.txt", Path(tmp) / "y" / "same.txt",
                         "--out-dir", Path(tmp) / "out", check=2)
            self.assertIn("two inputs would write this file", result.stderr_text)
            self.assertFalse((Path(tmp) / "out").exists())

    def test_many_inputs_writing_the_same_files_report_the_first_in_input_order(self):
        """Targets are compared by hash: among hundreds of inputs, a real clash is still found, and
        the first one in input order is reported before anything is written."""
        with temp_dir() as tmp:
            for sub in ("x", "y"):
                (Path(tmp) / sub).mkdir()
                for i in range(300):
                    (Path(tmp) / sub / f"doc-{i:03}.txt").write_text("Canada met Japan.\n")
            out = Path(tmp) / "out"
            result = run("extract", Path(tmp) / "x", Path(tmp) / "y", "--out-dir", out, check=2)
            self.assertEqual(result.stderr_text.splitlines(),
                             [f"parley: {out / 'doc-000.graphml'}: two inputs would write this file: "
                              "doc-000.txt and doc-000.txt"])
            self.assertFalse(out.exists())

    def test_out_dir_over_an_input_among_many_is_refused(self):
        with temp_dir() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            for i in range(300):
                (corpus / f"doc-{i:03}.txt").write_text("Canada met Japan.\n")
            out = Path(tmp) / "out"
            out.mkdir()
            given = out / "zz.graphml"  # a briefing given by name, where its own graph would go
            given.write_text("France met Germany.\n")
            result = run("extract", corpus, given, "--out-dir", out, check=2)
            self.assertIn(f"{given}: refusing to overwrite an input: {given}", result.stderr_text)
            self.assertEqual(sorted(p.name for p in out.iterdir()), ["zz.graphml"])
            self.assertEqual(given.read_text(), "France met Germany.\n")

    def test_directories_are_read_in_byte_order_of_path(self):
        """Files below a directory are read in the order of their paths sorted as byte strings,
        even where a subdirectory's name is a prefix of a sibling's ("a/" sorts after "a.b/")."""
        names = ["a/x.txt", "a.b/y.txt", "a-c.txt", "a.txt", "a0/z.txt", "B.txt", "b/c/d.txt", "b/c.txt", "é.txt"]
        with temp_dir() as tmp:
            corpus = Path(tmp) / "corpus"
            for name in names:
                (corpus / name).parent.mkdir(parents=True, exist_ok=True)
                (corpus / name).write_bytes(b"\x00 not a briefing\n")  # refused: one message per file, in order
            (corpus / "empty").mkdir()
            result = run("extract", corpus, "-o", Path(tmp) / "g.graphml", check=2)
            reported = [line.split(":")[1].strip() for line in result.stderr_text.splitlines()]
            self.assertEqual(reported, sorted(names, key=lambda name: name.encode()))

    def test_missing_input_is_reported_and_the_others_still_written(self):
        with temp_dir() as tmp:
            out = Path(tmp) / "g.graphml"
            result = run("extract", EXAMPLES / "joint_statement.txt", Path(tmp) / "missing.txt", "-o", out, check=2)
            self.assertIn("missing.txt: no such file or directory", result.stderr_text)
            self.assertTrue(out.exists())

    def test_output_that_is_an_input_is_refused(self):
        with temp_dir() as tmp:
            doc = Path(tmp) / "doc.txt"
            doc.write_text("Canada met Japan.\n")
            before = doc.read_bytes()
            result = run("extract", doc, "-o", doc, "--format", "graphml", check=2)
            self.assertIn("refusing to overwrite an input", result.stderr_text)
            self.assertEqual(doc.read_bytes(), before)

    def test_same_input_gives_byte_identical_output(self):
        first = run("extract", "dialogue_round1.txt", "dialogue_round2.txt", cwd=EXAMPLES, check=0).stdout
        second = run("extract", "dialogue_round1.txt", "dialogue_round2.txt", cwd=EXAMPLES, check=0).stdout
        self.assertEqual(first, second)


if __name__ == "__main__":
    unittest.main()
