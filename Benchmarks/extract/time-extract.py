#!/usr/bin/env python3
"""Time per article of `relgraph extract`, without process start and dataset load.

For each article: the median CPU time (user + system, of the child process: less disturbed by other load
on a shared machine than wall time) of `relgraph extract ARTICLE --format json` against the bundled
dataset, minus the median of the same command on a one-line article; and, to lift the signal above the
noise, the same for an article made of the body N times, divided by N. Wall times are printed beside.

Usage: python3 Benchmarks/extract/time-extract.py [--relgraph .build/release/relgraph] [--runs 21] [--n 20]
                                                  [ARTICLE ...]   (default: /work/shared/corpus/U06.txt U20.txt)
"""
import argparse, os, resource, statistics, subprocess, tempfile, time


def run(relgraph, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([relgraph, "extract", path, "--source", "timing", "--format", "json"],
                   stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return 1000 * (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime), 1000 * wall


def medians(relgraph, path, runs):
    samples = [run(relgraph, path) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--relgraph", default=".build/release/relgraph")
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("articles", nargs="*", default=["/work/shared/corpus/U06.txt", "/work/shared/corpus/U20.txt"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tiny = os.path.join(tmp, "tiny.txt")
        open(tiny, "w").write("Hanoi.\n")
        base_cpu, base_wall = medians(args.relgraph, tiny, args.runs)
        print(f"one-line article: {base_cpu:.1f} ms CPU, {base_wall:.1f} ms wall (process start + bundled dataset load)")
        for article in args.articles:
            text = open(article, encoding="utf-8").read()
            header, sep, body = text.partition("\n---\n")
            big = os.path.join(tmp, "big.txt")
            open(big, "w", encoding="utf-8").write((header + sep if sep else "") + ("\n" + (body if sep else text)) * args.n)
            cpu, wall = medians(args.relgraph, article, args.runs)
            big_cpu, big_wall = medians(args.relgraph, big, args.runs)
            name = os.path.basename(article)
            print(f"{name}: {cpu:.1f} ms CPU ({wall:.1f} wall) -> extraction ~{cpu - base_cpu:.1f} ms CPU")
            print(f"{name} x{args.n}: {big_cpu:.1f} ms CPU ({big_wall:.1f} wall) -> extraction "
                  f"~{(big_cpu - base_cpu) / args.n:.2f} ms CPU per article")


if __name__ == "__main__":
    main()
