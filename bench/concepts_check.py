#!/usr/bin/env python3
"""Held-back check of the concept counts: count every concept of src/Concord.Core/Reference/speech_concepts.csv in the
raw speeches of the corpus archive with Python's own regular expressions, and compare with `concord concepts`.

Usage: python3 bench/concepts_check.py [STATES] [DATA_DIR]   (default CHN,RUS,USA,IND,BRA and ../shared/data)
Needs a database synced with the speeches (CONCORD_DB). Prints every difference; exits 1 if there is one.
"""
import csv
import io
import os
import re
import subprocess
import sys
import tarfile

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
states = sys.argv[1] if len(sys.argv) > 1 else "CHN,RUS,USA,IND,BRA"
data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "shared", "data")

# The dictionary, as plain regular expressions: whole words (no letter or number before, none after unless '*'),
# a space standing for any run of white space, case-insensitive; longer terms first, so that overlaps count once.
LETTERS = r"[^\W\d_]"
patterns = {}
with open(os.path.join(here, "src", "Concord.Core", "Reference", "speech_concepts.csv"), newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        alternatives = []
        for term in sorted(row["terms"].split("|"), key=len, reverse=True):
            term = term.strip()
            open_end = term.endswith("*")
            words = (term[:-1] if open_end else term).split()
            body = r"\s+".join(re.escape(w) for w in words)
            alternatives.append(body + (LETTERS + "*" if open_end else r"(?![^\W_])"))
        patterns[row["concept"]] = re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)

# The raw texts, by the code the corpus files them under and the year.
texts = {}
with tarfile.open(os.path.join(data, "speeches", "ungdc_1946-2024.tar.gz"), "r:gz") as tar:
    for member in tar:
        m = re.search(r"/Session \d\d - \d{4}/([A-Z]{2,3})_\d{1,2}_(\d{4})\.txt$", member.name)
        if member.isfile() and m:
            texts[(m.group(1), int(m.group(2)))] = tar.extractfile(member).read().decode("utf-8-sig")

# Concord's counts; a speaker code of the record is filed under its seat's code today in the corpus.
filed = {"TWN": "CHN", "SUN": "RUS", "SCG": "YUG"}
out = subprocess.run([os.path.join(here, "concord"), "concepts", states, "--format", "csv"], capture_output=True, text=True, check=True).stdout
rows = list(csv.DictReader(io.StringIO(out)))
differences = 0
for row in rows:
    speaker = row["speaker"]
    text = texts[(filed.get(speaker, speaker), int(row["year"]))]
    plain = len(patterns[row["concept"]].findall(text))
    if plain != int(row["count"]):
        differences += 1
        print(f"{speaker} {row['year']} {row['concept']}: concord {row['count']}, search {plain}")
print(f"{len(rows)} state-year-concept counts compared, {sum(int(r['count']) for r in rows)} occurrences; {differences} differences")
sys.exit(1 if differences else 0)
