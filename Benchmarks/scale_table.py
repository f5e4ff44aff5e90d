#!/usr/bin/env python3
"""The "Scale" section of Benchmarks/README.md from one run of compare.sh.

Usage: scale_table.py RUN_DIR README.md SIZE ...
Reads RUN_DIR/{relgraph,networkx,igraph,rustworkx,networkit}-N.json (anchors.py's shape), the
snapshot and CLI measurements at 1,000,000, and replaces the text between the README's
`<!-- scale:begin -->` and `<!-- scale:end -->` markers (adding a Scale section if there is none).
"""
import json, os, re, sys

PEERS = ["networkx", "igraph", "rustworkx", "networkit"]
BEGIN, END = "<!-- scale:begin -->", "<!-- scale:end -->"


def load(run, name):
    path = os.path.join(run, name)
    return json.load(open(path)) if os.path.exists(path) else None


def median(record, op):
    value = (record or {}).get("ops", {}).get(op, {}).get("median")
    return value


def cli(run, name):
    """Wall seconds and max RSS MB from /usr/bin/time -v."""
    path = os.path.join(run, name)
    if not os.path.exists(path):
        return None, None
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    seconds = None
    if wall:
        hours, minutes, secs = wall.groups()
        seconds = int(hours or 0) * 3600 + int(minutes) * 60 + float(secs)
    return seconds, (int(rss.group(1)) / 1024 if rss else None)


def fmt(value, unit=""):
    if value is None:
        return "–"
    if unit == "MB":
        return f"{value:,.0f}"
    return f"{value:.3g}" if value < 100 else f"{value:,.0f}"


def answers(op, rg, peer):
    """Whether relgraph's answer is the reference's (queries.csv / meta.json) and the peer's."""
    checks, theirs = rg.get("checks", {}), (peer or {}).get("checks", {})
    if op == "load":
        return None
    if op == "sp":
        return checks.get("sp_mismatches") == 0 and theirs.get("sp_mismatches", 0) == 0
    if op == "cc":
        return checks.get("components_match_reference") is True
    key = {"pagerank": "pagerank_top10", "betweenness": "betweenness_top10", "degree": "degree_top10"}[op]
    return checks.get(key) is not None and checks.get(key) == theirs.get(key)


def rows(run, sizes):
    out = []
    labels = {"load": "load CSV + build the frozen graph", "sp": "100 s–t shortest paths (undirected)",
              "cc": "connected components", "pagerank": "PageRank (α 0.85, tol 1e-6)",
              "betweenness": "betweenness, both cores", "degree": "degree centrality top 10"}
    targets = {  # (size, op) -> (reference peer or "best", limit)
        (1000000, "load"): ("best", 1 / 3), (1000000, "sp"): ("networkit", 1), (1000000, "cc"): ("networkit", 1),
        (1000000, "pagerank"): ("networkit", 1), (1000000, "degree"): ("networkit", None),
        (10000, "betweenness"): ("igraph", 0.5),
    }
    for size in sizes:
        rg = load(run, f"relgraph-{size}.json")
        if not rg:
            continue
        peers = {lib: load(run, f"{lib}-{size}.json") for lib in PEERS}
        for op in ["load", "sp", "cc", "pagerank", "betweenness", "degree"]:
            ours = median(rg, op)
            if ours is None:
                continue
            times = {lib: median(peers[lib], op) for lib in PEERS}
            reference, limit = targets.get((size, op), ("networkit" if op != "betweenness" else "igraph", None))
            if reference == "best":
                present = {lib: t for lib, t in times.items() if t}
                reference = min(present, key=present.get) if present else None
            ref_time = times.get(reference) if reference else None
            ratio = ours / ref_time if ref_time else None
            met = "–" if limit is None or ratio is None else ("**yes**" if ratio <= limit else "**no**")
            target = "–" if limit is None else f"≤ {limit:.2g}× {reference}"
            same = answers(op, rg, peers.get(reference if reference in PEERS else "networkit"))
            label = labels[op] + (f" ({rg['ops'][op]['mode']})" if op == "betweenness" else "")
            out.append([f"{size:,} / {rg['m']:,}", label, fmt(ours)] + [fmt(times[lib]) for lib in PEERS]
                       + [f"{ratio:.2f} ({reference})" if ratio else "–", target, met,
                          "–" if same is None else "yes" if same else "**no**"])
        nk = peers.get("networkit")
        ours, theirs = rg.get("peak_rss_mb"), (nk or {}).get("peak_rss_mb")
        ratio = ours / theirs if ours and theirs else None
        limit = 0.5 if size >= 1000000 else None
        met = "–" if limit is None or ratio is None else ("**yes**" if ratio <= limit else "**no**")
        out.append([f"{size:,}", "peak RSS of the whole process (MB)", fmt(ours, "MB")]
                   + [fmt((peers[lib] or {}).get("peak_rss_mb"), "MB") for lib in PEERS]
                   + [f"{ratio:.2f} (networkit)" if ratio else "–", "≤ 0.5× networkit" if limit else "–", met, "–"])
        snap = load(run, f"relgraph-{size}-snapshot.json")
        if snap:
            opened = median(snap, "snapshot_open")
            out.append([f"{size:,}", "open the snapshot (.rgs)", fmt(opened)] + ["–"] * 4
                       + ["–", "≤ 0.3 s", "**yes**" if opened <= 0.3 else "**no**",
                          "yes" if snap.get("checks", {}).get("snapshot_same_graph") else "**no**"])
    return out


def cli_lines(run, sizes):
    lines = []
    for size in sizes:
        found = [(label, *cli(run, f"{name}-{size}.txt")) for label, name in
                 [("relgraph stats --data N/ (CSV)", "cli-stats-csv"), ("relgraph snapshot --data N/ -o N.rgs", "cli-snapshot"),
                  ("relgraph stats --data N.rgs", "cli-stats-rgs"), ("relgraph path S T --data N.rgs", "cli-path-rgs"),
                  ("relgraph centrality --measure pagerank --data N.rgs", "cli-pagerank-rgs"),
                  ("relgraph structure --data N.rgs", "cli-structure-rgs")]]
        for label, wall, rss in found:
            if wall is not None:
                lines.append(f"| {size:,} | `{label}` | {wall:.2f} | {rss:,.0f} |")
    return lines


def main():
    run, readme, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
    session = open(os.path.join(run, "session.txt")).read().split("\n")
    versions = []
    for lib in PEERS:
        for size in sizes:
            record = load(run, f"{lib}-{size}.json")
            if record:
                versions.append(f"{lib} {record.get('version')}")
                break
    header = ["N / relations", "operation", "relgraph (s)"] + [f"{lib} (s)" for lib in PEERS] + \
             ["relgraph ÷ reference", "target", "met", "same answer"]
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    table += ["| " + " | ".join(row) + " |" for row in rows(run, sizes)]
    cli = cli_lines(run, sizes)
    text = [BEGIN,
            f"One run of `Benchmarks/compare.sh {' '.join(map(str, sizes))}`, {session[0]} to {session[-2] if len(session) > 2 else ''}"
            f" (UTC), on the shared 2-core machine; load average at the start and end:",
            "", "```", session[1].strip(), session[-3].strip() if len(session) > 3 else "", "```", "",
            f"Peers: {', '.join(versions)} (Python, through `../shared/bench/anchors.py`). Times are wall-clock medians"
            " of three runs (one when the first takes 5 s or more); \"same answer\" compares relgraph with"
            " queries.csv / meta.json (paths, components) and with the reference peer's top 10 (PageRank, degree,"
            " betweenness). networkx is not run above 100,000 entities, nor for exact betweenness; rustworkx's"
            " shortest paths not above 100,000 (see compare.sh).",
            ""] + table
    if cli:
        text += ["", "The real CLI on the same data (`/usr/bin/time -v`; the process's wall time and maximum RSS):", "",
                 "| N | command | wall (s) | max RSS (MB) |", "|---|---|---|---|"] + cli
    text.append(END)
    body = open(readme).read()
    block = "\n".join(text)
    if BEGIN in body and END in body:
        body = body[:body.index(BEGIN)] + block + body[body.index(END) + len(END):]
    else:
        body = body.rstrip("\n") + "\n\n## Scale\n\n" + block + "\n"
    open(readme, "w").write(body)


if __name__ == "__main__":
    main()
