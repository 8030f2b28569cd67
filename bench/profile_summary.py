"""Summarizes a py-spy collapsed-stack profile (bench/profile-*.folded): top functions by inclusive and self time.

    python bench/profile_summary.py bench/profile-1.folded [--top 40] [--match coffee_scraper]
"""
from __future__ import annotations

import argparse
import collections
import sys


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--match", default="", help="only frames whose text contains this")
    ns = ap.parse_args(argv)
    inclusive: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    total = 0
    for line in open(ns.path, encoding="utf-8", errors="replace"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack:
            continue
        n = int(count)
        frames = stack.split(";")
        if any("(threading.py)" in f and "_bootstrap" in f for f in frames[:2]) and not any("reactor" in f.lower() or "crawl" in f for f in frames):
            continue  # idle helper threads (samplers, thread pools)
        total += n
        for frame in set(frames):
            inclusive[frame] += n
        own[frames[-1]] += n
    print(f"{total} samples")
    for title, counter in (("inclusive", inclusive), ("self", own)):
        print(f"\n-- top by {title} --")
        shown = 0
        for frame, n in counter.most_common():
            if ns.match and ns.match not in frame:
                continue
            print(f"{100 * n / total:5.1f}%  {frame}")
            shown += 1
            if shown >= ns.top:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
