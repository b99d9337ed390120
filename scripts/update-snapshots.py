#!/usr/bin/env python3
"""Puts recorded snapshots back into the tests' inline literals.

    RECORD_SNAPSHOTS=/tmp/snaps swift test --filter TerminalUITests
    python3 scripts/update-snapshots.py /tmp/snaps

Each record names the file and line of an `assertSnapshot(` call; the `text: \"\"\"…\"\"\"` (and
`styles: \"\"\"…\"\"\"`) literals that follow it are replaced, keeping their indentation.
Review the diff before committing: a snapshot records what the code does, right or wrong.
"""
import glob
import json
import os
import sys


def replace_literal(lines, start, label, content):
    """Replaces the first `label: \"\"\"` literal at or after line index `start`."""
    for index in range(start, min(start + 400, len(lines))):
        if f'{label}: """' in lines[index]:
            end = index + 1
            while '"""' not in lines[end]:
                end += 1
            indent = lines[end][: len(lines[end]) - len(lines[end].lstrip())]
            body = [indent + row if row else "" for row in content.split("\n")]
            lines[index + 1 : end] = body
            return index + 1 + len(body) + 1
    raise SystemExit(f"no {label} literal after line {start + 1}")


def main(folder):
    records = [json.load(open(path)) for path in glob.glob(os.path.join(folder, "*.json"))]
    by_file = {}
    for record in records:
        by_file.setdefault(record["path"], []).append(record)
    for path, items in by_file.items():
        lines = open(path).read().split("\n")
        # Bottom-up, so earlier line numbers stay valid.
        for record in sorted(items, key=lambda r: -int(r["line"])):
            start = int(record["line"]) - 1
            after = replace_literal(lines, start, "text", record["text"])
            if record["styles"]:
                replace_literal(lines, after - 1, "styles", record["styles"])
        open(path, "w").write("\n".join(lines))
        print(f"updated {len(items)} snapshot(s) in {path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/snaps")
