#!/usr/bin/env python3
"""Issue 20's targets ("Performance II"), relgraph against its strongest peers in one session, and
the table written into the "Performance II" section of Benchmarks/README.md.

Usage (compare.sh runs it with PARTS=targets):
  targets.py --relgraph BIN --bench SCALEBENCH --data DATA --run RUN --readme README.md [--sizes 100000 1000000]

Every process is timed from outside (time.perf_counter around the whole process: start, reading,
work, output), relgraph's and the peers' alike, except where the issue compares with the peers' time
inside Python (polars' read, networkit's PLP + biconnected components, igraph's betweenness).
Medians of several runs; each relgraph measurement runs right after its peer's.
"""
import argparse, json, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
BEGIN, END = "<!-- targets:begin -->", "<!-- targets:end -->"


def wall(command, runs, stdin=None, ok=(0,)):
    """Median wall seconds of `command` as a whole process (output discarded), and every run."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=stdin)
        times.append(time.perf_counter() - t)
        if done.returncode not in ok:
            sys.exit(f"{command} exited {done.returncode}: {done.stderr.decode()}")
    return {"median": statistics.median(times), "runs": times}


def python_json(venv_python, args):
    out = subprocess.run([venv_python] + args, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def measure(a):
    py = sys.executable
    peers = os.path.join(HERE, "peers.py")
    big, mid = os.path.join(a.data, "1000000"), os.path.join(a.data, "100000")
    rgs = os.path.join(a.run, "1000000.rgs")
    subprocess.run([a.relgraph, "snapshot", "--data", big, "-o", rgs], check=True, stdout=subprocess.DEVNULL)
    rec = {"start": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "uptime_start": uptime()}

    # (1) load: polars' read inside Python vs relgraph's whole process on the same CSV folder.
    rec["polars_load"] = python_json(py, [peers, "polars-load", big, "--runs", "5"])
    rec["relgraph_load"] = wall([a.relgraph, "stats", "--data", big], 5)

    # (2) 100 pairs: networkit's whole script vs relgraph's whole process on the snapshot; the answers.
    queries = os.path.join(big, "queries.csv")
    nk_pairs = [py, peers, "networkit-pairs", big]
    rec["networkit_pairs"] = wall(nk_pairs, 3)
    rec["networkit_pairs"].update(python_json(py, nk_pairs[1:]))
    rec["relgraph_pairs"] = wall([a.relgraph, "path", "--pairs", queries, "--data", rgs], 5, ok=(0, 1))
    answers = subprocess.run([a.relgraph, "path", "--pairs", queries, "--data", rgs], capture_output=True, text=True).stdout
    expected = [int(line.split(",")[2]) for line in open(queries).read().split("\n")[1:] if line]
    got = []
    for line in answers.splitlines():
        answer = json.loads(line).get("answer")
        got.append(answer["paths"][0]["hops"] if answer else -1)
    rec["relgraph_pairs"]["mismatches"] = sum(1 for x, y in zip(got, expected) if x != y) + abs(len(got) - len(expected))
    first = open(queries).read().split("\n")[1].split(",")
    rec["relgraph_one_pair"] = wall([a.relgraph, "path", first[0], first[1], "--data", rgs], 5, ok=(0, 1))

    # (3) structure: networkit's PLP + biconnected components (inside Python) vs relgraph's whole process.
    rec["networkit_structure"] = python_json(py, [peers, "networkit-structure", big, "--runs", "1"])
    rec["relgraph_structure"] = wall([a.relgraph, "structure", "--data", rgs], 3)
    runs = [subprocess.run([a.relgraph, "structure", "--data", rgs, "--format", "json", "--members", "1"],
                           capture_output=True).stdout for _ in range(2)]
    rec["relgraph_structure"]["same_output_twice"] = runs[0] == runs[1]

    # (4) sampled betweenness at 100,000 (256 sources): igraph inside Python vs relgraph in ScaleBench.
    anchors = os.path.join(a.run, "anchors.py")
    out = os.path.join(a.run, "igraph-100000-bc.json")
    subprocess.run([py, anchors, "--size", "100000", "--lib", "igraph", "--ops", "betweenness", "--out", out],
                   check=True, stdout=subprocess.DEVNULL)
    rec["igraph_betweenness"] = json.load(open(out))["ops"]["betweenness"]
    bench = json.loads(subprocess.run([a.bench, mid, "--ops", "betweenness"], check=True, capture_output=True).stdout)
    rec["relgraph_betweenness"] = bench["ops"]["betweenness"]

    # (5) cold start: the bundled dataset, the whole process; `--version` is the start alone.
    rec["relgraph_show"] = wall([a.relgraph, "show", "phan-van-giang"], 21)
    rec["relgraph_version"] = wall([a.relgraph, "--version"], 21)

    rec["end"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    rec["uptime_end"] = uptime()
    os.remove(rgs)
    return rec


def table(rec):
    def s(x):
        return f"{x:.3g}"
    rows = []

    def row(what, ours, theirs, peer, limit, check):
        ratio = ours / theirs if theirs else None
        met = "–" if limit is None else ("**yes**" if ratio is not None and ratio <= limit else "**no**")
        rows.append(f"| {what} | {s(ours)} | {s(theirs) if theirs else '–'} | {peer} | "
                    f"{f'{ratio:.2f}' if ratio else '–'} | {f'≤ {limit}' if limit else '–'} | {met} | {check} |")

    row("1M: CSV folder to a frozen graph (relgraph `stats --data N/`, whole process) vs polars' read of both files",
        rec["relgraph_load"]["median"], rec["polars_load"]["median"], f"polars {rec['polars_load']['version']} (in Python)",
        0.75, "–")
    nk = rec["networkit_pairs"]
    row("1M: 100 shortest paths, whole process (relgraph `path --pairs` on the snapshot vs a networkit script)",
        rec["relgraph_pairs"]["median"], nk["median"], f"networkit {nk['version']} (process)", None,
        "yes" if rec["relgraph_pairs"]["mismatches"] == 0 and nk["mismatches"] == 0 else "**no**")
    rows.append(f"| 1M: the same 100 pairs, whole process, target 0.35 s | {s(rec['relgraph_pairs']['median'])} | – | – | – | "
                f"≤ 0.35 s | {'**yes**' if rec['relgraph_pairs']['median'] <= 0.35 else '**no**'} | – |")
    rows.append(f"| 1M: one pair, whole process (×100 = {s(100 * rec['relgraph_one_pair']['median'])} s) | "
                f"{s(rec['relgraph_one_pair']['median'])} | – | – | – | – | – | – |")
    ns = rec["networkit_structure"]
    row("1M: `structure` (components, bridges, articulation points, communities), whole process, vs networkit PLP + "
        "BiconnectedComponents", rec["relgraph_structure"]["median"], ns["median"],
        f"networkit {ns['version']} (in Python, {ns['threads']} threads)", 0.5,
        "deterministic: " + ("yes" if rec["relgraph_structure"]["same_output_twice"] else "**no**"))
    row("100k: betweenness from 256 sampled sources, both cores", rec["relgraph_betweenness"]["median"],
        rec["igraph_betweenness"]["median"], "igraph (in Python)", 0.25, "n/a (different samples)")
    rows.append(f"| cold start: `relgraph show phan-van-giang` (bundled dataset), whole process | "
                f"{s(rec['relgraph_show']['median'])} | – | – | – | ≤ 0.02 s | "
                f"{'**yes**' if rec['relgraph_show']['median'] <= 0.02 else '**no**'} | – |")
    rows.append(f"| (context) `relgraph --version`: starting the process alone | {s(rec['relgraph_version']['median'])} "
                f"| – | – | – | – | – | – |")
    head = ["target", "relgraph (s)", "peer (s)", "peer", "ratio", "target", "met", "same answer"]
    return [f"One run of `PARTS=targets Benchmarks/compare.sh`, {rec['start']} to {rec['end']}, on the shared 2-core "
            "machine; load average at the start and end:", "", "```", rec["uptime_start"], rec["uptime_end"], "```", "",
            "Medians (wall clock, seconds): relgraph's whole process 3–5 runs, each peer as the issue defines it; "
            "raw runs in the run folder's targets.json.", "",
            "| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + rows


def main():
    ap = argparse.ArgumentParser()
    for name in ["relgraph", "bench", "data", "run", "readme"]:
        ap.add_argument("--" + name, required=True)
    a = ap.parse_args()
    rec = measure(a)
    json.dump(rec, open(os.path.join(a.run, "targets.json"), "w"), indent=1)
    block = "\n".join([BEGIN] + table(rec) + [END])
    body = open(a.readme).read()
    if BEGIN in body and END in body:
        body = body[:body.index(BEGIN)] + block + body[body.index(END) + len(END):]
    else:
        body = body.rstrip("\n") + "\n\n## Performance II\n\n" + block + "\n"
    open(a.readme, "w").write(body)


if __name__ == "__main__":
    main()
