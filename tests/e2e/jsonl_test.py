"""End-to-end tests of JSON Lines map/reduce: `parley extract --jsonl` writes one fragment per
document, `parley merge --jsonl` reduces them, and any sharding and grouping of the reduction
gives the bytes of one run; bad records are reported with their file and line."""
import json
import os
import select
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import EXAMPLES, PARLEY, read_graphml, run, temp_dir  # noqa: E402

BRIEFINGS = sorted(p.name for p in EXAMPLES.glob("*.txt"))


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def record(name):
    return {"id": name, "text": (EXAMPLES / name).read_text(encoding="utf-8")}


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
    return path


def one_run(jsonl, output):
    """`parley extract --jsonl JSONL | parley merge --jsonl - -o OUTPUT`, as a shell pipe runs it."""
    extract = subprocess.Popen([PARLEY, "extract", "--quiet", "--jsonl", str(jsonl)], stdout=subprocess.PIPE)
    merge = subprocess.run([PARLEY, "merge", "--jsonl", "-", "-o", str(output)], stdin=extract.stdout,
                           capture_output=True, timeout=300)
    extract.stdout.close()
    if extract.wait(timeout=300) != 0 or merge.returncode != 0:
        raise AssertionError(f"pipe failed: {merge.stderr.decode(errors='replace')}")
    return output


class MapReduce(unittest.TestCase):
    def setUp(self):
        self.tmp_dir = temp_dir()
        self.tmp = self.tmp_dir.name
        self.all = write_jsonl(self.path("all.jsonl"), [record(n) for n in BRIEFINGS])
        self.one = one_run(self.all, self.path("one.graphml"))

    def tearDown(self):
        self.tmp_dir.cleanup()

    def path(self, name):
        return os.path.join(self.tmp, name)

    def extract(self, jsonl, name):
        out = self.path(name)
        run("extract", "--quiet", "--jsonl", jsonl, "-o", out, check=0)
        return out

    def test_one_run_is_the_graph_of_extract_over_the_files(self):
        # The records' ids are the files' names relative to examples/, as `extract DIR` names them.
        directory = self.path("dir.graphml")
        run("extract", "--quiet", EXAMPLES, "-o", directory, check=0)
        self.assertEqual(read_bytes(self.one), read_bytes(directory))

    def test_fragments_one_line_per_document_in_input_order(self):
        fragments = self.extract(self.all, "all.fragments.jsonl")
        with open(fragments, encoding="utf-8") as f:
            lines = f.read().split("\n")
        self.assertEqual(lines[-1], "")
        records = [json.loads(line) for line in lines[:-1]]
        self.assertEqual([r["id"] for r in records], BRIEFINGS)
        for r in records:
            self.assertEqual(list(r), ["id", "graph"])
            self.assertEqual(r["graph"]["graph"]["source"], r["id"])
            self.assertTrue(r["graph"]["directed"] and r["graph"]["multigraph"])
            for node in r["graph"]["nodes"]:
                self.assertEqual(node["sources"], [r["id"]])
        # Deterministic, and standard input reads as a file does.
        self.assertEqual(read_bytes(self.extract(self.all, "again.jsonl")), read_bytes(fragments))
        piped = run("extract", "--quiet", "--jsonl", "-", input_bytes=read_bytes(self.all), check=0)
        self.assertEqual(piped.stdout, read_bytes(fragments))

    def test_threads_change_nothing_in_output_or_messages(self):
        # Good and bad records mixed, more than one batch of records for two threads.
        records = []
        for copy in range(15):
            for name in BRIEFINGS:
                records.append({"id": f"{copy}/{name}", "text": record(name)["text"]})
            records.append('{"id": "bad-%d"}' % copy)
        jsonl = write_jsonl(self.path("mixed.jsonl"), records)
        one = run("extract", "--jsonl", jsonl, check=2)
        for jobs in ("2", "3"):
            with self.subTest(jobs=jobs):
                many = run("extract", "--jsonl", "-j", jobs, jsonl, check=2)
                self.assertEqual(many.stdout, one.stdout)
                self.assertEqual(many.stderr, one.stderr)
        self.assertEqual(len(one.stdout_text.splitlines()), 15 * len(BRIEFINGS))
        self.assertEqual(one.stderr_text.count('without "text"'), 15)

    def test_each_fragment_is_written_as_soon_as_its_record_is_read(self):
        # A pipe stays open: the fragment of the first record must come out before the second.
        extract = subprocess.Popen([PARLEY, "extract", "--quiet", "--jsonl", "-"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE)
        try:
            for name in BRIEFINGS[:2]:
                extract.stdin.write((json.dumps(record(name)) + "\n").encode())
                extract.stdin.flush()
                ready, _, _ = select.select([extract.stdout], [], [], 60)
                self.assertTrue(ready, "no fragment within 60 s of its record")
                self.assertEqual(json.loads(extract.stdout.readline())["id"], name)
        finally:
            extract.stdin.close()
            extract.wait(timeout=60)
        self.assertEqual(extract.returncode, 0)

    def test_shards_merged_separately_then_together_give_the_same_bytes(self):
        reference = read_bytes(self.one)
        for shards in (2, 3):
            with self.subTest(shards=shards):
                graphs = []
                for number in range(shards):
                    names = BRIEFINGS[number::shards]
                    shard = write_jsonl(self.path(f"s{shards}-{number}.jsonl"), [record(n) for n in names])
                    fragments = self.extract(shard, f"s{shards}-{number}.fragments.jsonl")
                    # Shard graphs in both graph formats that read back exactly.
                    graph = self.path(f"s{shards}-{number}." + ("json" if number % 2 else "graphml"))
                    run("merge", "--jsonl", fragments, "-o", graph, check=0)
                    graphs.append(graph)
                merged = self.path(f"s{shards}.graphml")
                run("merge", *reversed(graphs), "-o", merged, check=0)
                self.assertEqual(read_bytes(merged), reference)

    def test_merge_takes_several_fragment_files_and_stdin(self):
        first = write_jsonl(self.path("a.jsonl"), [record(n) for n in BRIEFINGS[:2]])
        second = write_jsonl(self.path("b.jsonl"), [record(n) for n in BRIEFINGS[2:]])
        fa = self.extract(first, "a.fragments.jsonl")
        fb = self.extract(second, "b.fragments.jsonl")
        out = self.path("ab.graphml")
        run("merge", "--jsonl", fb, "-", "-o", out, input_bytes=read_bytes(fa), check=0)
        self.assertEqual(read_bytes(out), read_bytes(self.one))
        # A fragment file reduced twice counts its documents once.
        twice = self.path("twice.graphml")
        run("merge", "--jsonl", fa, fb, fa, "-o", twice, check=0)
        self.assertEqual(read_bytes(twice), read_bytes(self.one))

    def test_reductions_nest_with_parley_merge(self):
        # The reduce of three briefings, then `parley merge` with a graph and briefings.
        head = write_jsonl(self.path("head.jsonl"), [record(n) for n in BRIEFINGS[:3]])
        reduced = self.path("head.json")
        run("merge", "--jsonl", self.extract(head, "head.fragments.jsonl"), "-o", reduced, check=0)
        fourth = self.path("fourth.graphml")
        run("extract", "--quiet", BRIEFINGS[3], "-o", fourth, cwd=EXAMPLES, check=0)
        out = self.path("nested.graphml")
        run("merge", "--quiet", reduced, fourth, BRIEFINGS[4], "-o", out, cwd=EXAMPLES, check=0)
        self.assertEqual(read_bytes(out), read_bytes(self.one))

    def test_date_and_title_of_a_record(self):
        jsonl = write_jsonl(self.path("dated.jsonl"), [
            {"id": "n/1", "text": "Canada and Japan held talks in Ottawa.\n", "date": "2024-05-08",
             "title": "Talks \u00e0 Ottawa", "url": "https://example.org/1", "tags": ["a", {"b": 1}]}])
        fragment = json.loads(read_bytes(self.extract(jsonl, "dated.fragments.jsonl")))
        self.assertEqual(fragment["graph"]["graph"], {"source": "n/1", "title": "Talks \u00e0 Ottawa", "date": "2024-05-08"})
        out = self.path("dated.graphml")
        run("merge", "--jsonl", self.path("dated.fragments.jsonl"), "-o", out, check=0)
        info, nodes, _ = read_graphml(out)
        self.assertEqual(info["date"], "2024-05-08")
        self.assertEqual(nodes["actor:canada"]["first_seen"], "2024-05-08")
        self.assertEqual(nodes["actor:canada"]["evidence_start"], "0")


class BadInput(unittest.TestCase):
    def setUp(self):
        self.tmp_dir = temp_dir()
        self.tmp = self.tmp_dir.name

    def tearDown(self):
        self.tmp_dir.cleanup()

    def test_bad_records_are_reported_and_skipped(self):
        bad = write_jsonl(os.path.join(self.tmp, "bad.jsonl"), [
            record(BRIEFINGS[0]),
            '{"id": "broken", "text": "unterminated}',
            "",
            '{"text": "no id"}',
            '{"id": "no-text"}',
            '{"id": "t", "text": 42}',
            record(BRIEFINGS[1]),
        ])
        result = run("extract", "--quiet", "--jsonl", bad, check=2)
        ids = [json.loads(line)["id"] for line in result.stdout_text.splitlines()]
        self.assertEqual(ids, BRIEFINGS[:2])
        errors = result.stderr_text.splitlines()
        self.assertEqual(len(errors), 4, result.stderr_text)
        self.assertRegex(errors[0], r"^parley: .*bad\.jsonl:2:\d+: not valid JSON")
        self.assertRegex(errors[1], r"^parley: .*bad\.jsonl:4: record without \"id\"$")
        self.assertRegex(errors[2], r"^parley: .*bad\.jsonl:5: record \"no-text\" without \"text\"$")
        self.assertRegex(errors[3], r"^parley: .*bad\.jsonl:6: \"text\" must be a string, not a number$")

    def test_a_missing_input_is_reported_and_the_others_go_on(self):
        good = write_jsonl(os.path.join(self.tmp, "good.jsonl"), [record(BRIEFINGS[0])])
        result = run("extract", "--jsonl", os.path.join(self.tmp, "missing.jsonl"), good, check=2)
        self.assertIn("missing.jsonl: cannot read the file", result.stderr_text)
        self.assertEqual(len(result.stdout_text.splitlines()), 1)

    def test_a_bad_fragment_stops_the_merge_and_keeps_the_output(self):
        out = os.path.join(self.tmp, "out.graphml")
        with open(out, "w") as f:
            f.write("previous")
        fragments = write_jsonl(os.path.join(self.tmp, "f.jsonl"), [
            {"id": "a", "graph": {"nodes": [{"id": "actor:a"}], "links": []}},
            {"id": "b", "graph": {"nodes": [{"id": "actor:a"}], "links": [{"source": "actor:a", "target": "actor:z"}]}},
        ])
        result = run("merge", "--jsonl", fragments, "-o", out, check=2)
        self.assertRegex(result.stderr_text, r"f\.jsonl:2:\d+: edge actor:a -> actor:z: no node with id 'actor:z'")
        self.assertEqual(read_bytes(out), b"previous")
        result = run("merge", "--jsonl", "-", "-o", out, input_bytes=b'\n{"id": "a"}\n', check=2)
        self.assertIn('-:2: fragment without "graph"', result.stderr_text)

    def test_usage(self):
        good = write_jsonl(os.path.join(self.tmp, "good.jsonl"), [record(BRIEFINGS[0])])
        for flag in (("--out-dir", self.tmp), ("--format", "json"), ("--actor-network",)):
            with self.subTest(flag=flag[0]):
                self.assertIn("excludes", run("extract", "--jsonl", good, *flag, check=2).stderr_text)
        result = run("extract", "--jsonl", good, "-o", good, check=2)
        self.assertIn("refusing to overwrite an input", result.stderr_text)
        for command in ("extract", "merge"):
            self.assertIn("--jsonl", run(command, "--help", check=0).stdout_text)


if __name__ == "__main__":
    unittest.main()
