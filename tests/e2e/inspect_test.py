"""End-to-end: `parley inspect` on the examples shows the right speakers, questions and dates,
and --json is valid JSON with the byte ranges of the sentences in the file as read."""
import json
import os
import subprocess
import unittest

PARLEY = os.environ.get("PARLEY_BIN", "parley")
SOURCE = os.environ.get("PARLEY_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
EXAMPLES = os.path.join(SOURCE, "examples")


def inspect(name, *flags):
    path = os.path.join(EXAMPLES, name)
    result = subprocess.run([PARLEY, "inspect", path, *flags], capture_output=True, timeout=60)
    if result.returncode != 0:
        raise AssertionError(f"parley inspect {name} failed ({result.returncode}): {result.stderr.decode()}")
    return result.stdout.decode("utf-8")


def sentence_with(document, fragment):
    for sentence in document["sentences"]:
        if fragment in sentence["text"]:
            return sentence
    raise AssertionError(f"no sentence contains {fragment!r}")


class InspectTest(unittest.TestCase):
    def test_json_parses_and_ranges_point_into_the_file(self):
        for name in sorted(os.listdir(EXAMPLES)):
            if not name.endswith(".txt"):
                continue
            with self.subTest(example=name):
                document = json.loads(inspect(name, "--json"))
                self.assertTrue(document["sentences"])
                with open(os.path.join(EXAMPLES, name), "rb") as f:
                    raw = f.read()
                for sentence in document["sentences"]:
                    piece = raw[sentence["start"]:sentence["end"]].decode("utf-8")
                    # The normalised text differs only in spaces, quotes and dashes: same first word.
                    self.assertEqual(piece.split()[0][:1], sentence["text"][:1])
                    for date in sentence["dates"]:
                        self.assertEqual(raw[date["start"]:date["end"]].decode("utf-8"), date["surface"])

    def test_transcript_speakers_questions_and_relative_dates(self):
        document = json.loads(inspect("press_briefing.txt", "--json"))
        self.assertEqual(document["date"], "2025-04-15")
        self.assertEqual(document["date_origin"], "front matter")
        roles = {turn["speaker"]: turn["role"] for turn in document["turns"]}
        self.assertEqual(roles.get("Moderator"), "moderator")
        self.assertEqual(roles.get("Questioner"), "questioner")
        self.assertEqual(roles.get("Assistant Secretary Okafor"), "named")

        yesterday = sentence_with(document, "Yesterday I met")
        self.assertEqual(yesterday["speaker"], "Assistant Secretary Okafor")
        self.assertFalse(yesterday["question"])
        self.assertEqual([(d["surface"], d["iso"], d["relative"]) for d in yesterday["dates"]],
                         [("Yesterday", "2025-04-14", True)])

        question = sentence_with(document, "impose sanctions on Chinese banks")
        self.assertEqual(question["speaker"], "Questioner")
        self.assertTrue(question["question"])

        travel = sentence_with(document, "travel to Tokyo next week")
        self.assertEqual([d["iso"] for d in travel["dates"]], ["2025-W17"])

    def test_readout_furniture_dateline_and_month(self):
        document = json.loads(inspect("meeting_readout.txt", "--json"))
        self.assertEqual(document["date"], "2025-03-03")
        self.assertEqual(document["date_origin"], "dateline")
        self.assertTrue(document["title"].startswith("Readout of"))
        dropped = [line["text"] for line in document["dropped"]]
        self.assertIn("Facebook Twitter LinkedIn Email", dropped)
        self.assertTrue(any(text.startswith("Tags:") for text in dropped))
        for sentence in document["sentences"]:
            self.assertNotIn("Twitter", sentence["text"])
        convene = sentence_with(document, "agreed to convene")
        self.assertEqual([d["iso"] for d in convene["dates"]], ["2025-05"])
        spoke = sentence_with(document, "spoke today")
        self.assertEqual([d["iso"] for d in spoke["dates"]], ["2025-03-03"])

    def test_absolute_dates(self):
        document = json.loads(inspect("joint_statement.txt", "--json"))
        met = sentence_with(document, "met in Oslo")
        self.assertEqual([(d["surface"], d["iso"], d["relative"]) for d in met["dates"]],
                         [("February 10, 2025", "2025-02-10", False)])

    def test_text_output(self):
        text = inspect("press_briefing.txt")
        self.assertIn("title: Department Press Briefing on Sanctions Coordination", text)
        self.assertIn("date: 2025-04-15 (front matter)", text)
        self.assertIn("Questioner ?: Will the United States impose sanctions on Chinese banks?", text)

    def test_missing_file_is_bad_input(self):
        result = subprocess.run([PARLEY, "inspect", os.path.join(EXAMPLES, "no-such-file.txt")], capture_output=True)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"no-such-file.txt", result.stderr)


if __name__ == "__main__":
    unittest.main()
