#!/usr/bin/python3
"""Warm pages/s of readability-lxml (Debian python3-readability) on one core over the extraction benchmark pages.

The peer for `Chorus.Bench extract-speed`: the same pages, read from disk and decompressed before timing, median of
five rounds. Run it with Debian's interpreter (`/usr/bin/python3`), which has python3-readability.
"""
import glob, gzip, os, statistics, sys, time
from readability import Document

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "article-extraction", "val")
pages = [gzip.open(p, "rt", encoding="utf-8", errors="replace").read() for p in sorted(glob.glob(os.path.join(folder, "html", "*.html.gz")))]
for page in pages:  # warm-up round
    Document(page).summary()
cpu, wall = [], []
for _ in range(5):
    start, start_wall = time.process_time(), time.perf_counter()
    for page in pages:
        Document(page).summary()
    cpu.append(len(pages) / (time.process_time() - start))
    wall.append(len(pages) / (time.perf_counter() - start_wall))
print(f"readability-lxml: {len(pages)} pages, one thread, median of 5 warm rounds: {statistics.median(wall):.1f} pages/s, {statistics.median(cpu):.1f} pages/CPU-s")
