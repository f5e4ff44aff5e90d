#!/usr/bin/env python3
"""Expected values for relgraph's analysis tests, computed with networkx.

relgraph's measures are defined on two simple views of a relation graph (see
Sources/RelGraphAlgorithms/SimpleGraph.swift); this script builds the same views with networkx and
writes what networkx computes on them, so the Swift tests can check relgraph against networkx.

  undirected view  nx.Graph: u - v when some relation joins them (self-loops dropped)
                   -> components, bridges, articulation points, degree, betweenness, closeness,
                      label propagation communities, shortest path lengths
  directed view    nx.DiGraph: u -> v for each relation, and v -> u too for symmetric types
                   (cooperates_with, counterpart_of, met_with) -> PageRank, directed path lengths

Usage:
  python3 scripts/networkx-expected.py                      # rewrite Tests/Fixtures/networkx/*.json
  python3 scripts/networkx-expected.py --gen-data DIR       # also re-copy gen.py graphs from DIR/N/
  python3 scripts/networkx-expected.py --check              # recompute and compare with the committed files
  python3 scripts/networkx-expected.py --dataset FOLDER     # expected values of a relgraph YAML dataset, to stdout

Needs: pip install networkx==3.6.1 scipy numpy pyyaml
Graphs: networkx's karate club, Davis southern women, Florentine families and Les Misérables; and
../shared/bench/gen.py output at 1,000 and 10,000 entities (copied as edge lists, with the generator's
own queries.csv and meta.json answers kept beside networkx's).
"""
import argparse, csv, glob, json, os, random, sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "networkx")
SYMMETRIC = {"cooperates_with", "counterpart_of", "met_with"}
SAMPLE_SEED = 42


# ------------------------------------------------------------------ graphs as relgraph sees them
class RelationGraph:
    """n nodes and directed typed edges (u, v, type), in relgraph's edge order."""

    def __init__(self, name, n, edges, names=None):
        self.name, self.n, self.edges, self.names = name, n, edges, names

    def undirected(self):
        g = nx.Graph()
        g.add_nodes_from(range(self.n))
        g.add_edges_from((u, v) for u, v, _ in self.edges if u != v)
        return g

    def directed(self):
        d = nx.DiGraph()
        d.add_nodes_from(range(self.n))
        for u, v, t in self.edges:
            if u == v:
                continue
            d.add_edge(u, v)
            if t in SYMMETRIC:
                d.add_edge(v, u)
        return d


def networkx_graph(name, g):
    """An undirected networkx example graph: every link becomes one symmetric relation."""
    nodes = list(g.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    edges = [(index[u], index[v], "cooperates_with") for u, v in g.edges()]
    return RelationGraph(name, len(nodes), edges, [str(v) for v in nodes])


def small_graphs():
    return [
        networkx_graph("karate", nx.karate_club_graph()),
        networkx_graph("davis", nx.davis_southern_women_graph()),
        networkx_graph("florentine", nx.florentine_families_graph()),
        networkx_graph("lesmis", nx.les_miserables_graph()),
    ]


def read_edges(path):
    """The compact edge list: '# types: a,b,…' then one 'u v typeIndex' line per relation."""
    types, edges, n = [], [], 0
    with open(path) as f:
        for line in f:
            if line.startswith("# nodes:"):
                n = int(line.split(":")[1])
            elif line.startswith("# types:"):
                types = line.split(":", 1)[1].strip().split(",")
            elif line.strip():
                u, v, t = line.split()
                edges.append((int(u), int(v), types[int(t)]))
    return n, edges


def write_edges(path, graph):
    types = sorted({t for _, _, t in graph.edges})
    index = {t: i for i, t in enumerate(types)}
    with open(path, "w") as f:
        f.write(f"# nodes: {graph.n}\n# types: {','.join(types)}\n")
        for u, v, t in graph.edges:
            f.write(f"{u} {v} {index[t]}\n")


def gen_graph(size, data_dir):
    """A gen.py graph from DATA_DIR/N/, with the generator's own answers."""
    d = os.path.join(data_dir, str(size))
    with open(os.path.join(d, "nodes.csv"), newline="", encoding="utf-8") as f:
        n = sum(1 for _ in csv.reader(f)) - 1
    with open(os.path.join(d, "edges.csv"), newline="") as f:
        r = csv.reader(f)
        next(r)
        edges = [(int(s), int(t), y) for s, t, y in r]
    with open(os.path.join(d, "queries.csv"), newline="") as f:
        r = csv.reader(f)
        next(r)
        queries = [[int(a), int(b), int(c)] for a, b, c in r]
    meta = json.load(open(os.path.join(d, "meta.json")))
    return RelationGraph(f"gen-{size}", n, edges), queries, meta


# ------------------------------------------------------------------ what networkx says
def canonical_sets(sets):
    return sorted((sorted(s) for s in sets), key=lambda c: (-len(c), c[0]))


def values(measure, nodes):
    return {"nodes": nodes, "values": [measure[v] for v in nodes]}


def expected(graph, pairs, full=True, sample_k=8):
    """Everything the tests compare. `full=False` (10,000 nodes) skips the O(V·E) measures that
    networkx takes minutes for, and keeps per-node values for every tenth node and the top 20."""
    U, D = graph.undirected(), graph.directed()
    n = graph.n
    out = {"graph": graph.name, "nodes": n, "relations": len(graph.edges), "networkx": nx.__version__}
    comps = canonical_sets(nx.connected_components(U))
    out["components"] = {"count": len(comps), "largest": len(comps[0]) if comps else 0}
    if full:
        out["components"]["members"] = comps
        out["bridges"] = sorted(sorted(e) for e in nx.bridges(U))
        out["articulation_points"] = sorted(nx.articulation_points(U))
        communities = canonical_sets(nx.community.label_propagation_communities(U))
        out["label_propagation"] = {"communities": communities,
                                    "modularity": nx.community.modularity(U, communities)}

    pagerank = nx.pagerank(D, alpha=0.85, tol=1e-6)
    degree = nx.degree_centrality(U)
    sources = random.Random(SAMPLE_SEED).sample(list(U.nodes()), sample_k)
    sampled = nx.betweenness_centrality(U, k=sample_k, seed=SAMPLE_SEED, normalized=True)
    if full:
        listed = list(range(n))
    else:
        top = sorted(range(n), key=lambda v: (-pagerank[v], v))[:20]
        listed = sorted(set(range(0, n, 10)) | set(top))
    out["pagerank"] = values(pagerank, listed)
    out["degree"] = values(degree, listed)
    out["betweenness_sampled"] = {"seed": SAMPLE_SEED, "sources": sorted(sources), **values(sampled, listed)}
    if full:
        out["betweenness"] = values(nx.betweenness_centrality(U, normalized=True), listed)
        out["closeness"] = values(nx.closeness_centrality(U), listed)

    def length(G, s, t):
        try:
            return nx.shortest_path_length(G, s, t)
        except nx.NetworkXNoPath:
            return -1
    out["path_lengths"] = [[s, t, length(U, s, t), length(D, s, t)] for s, t in pairs]
    if full:
        ks = []
        for s, t in pairs[:10]:
            if length(U, s, t) < 0 or s == t:
                continue
            lengths = []
            for p in nx.shortest_simple_paths(U, s, t):
                lengths.append(len(p) - 1)
                if len(lengths) == 5:
                    break
            cutoff = length(U, s, t) + 1
            count = sum(1 for _ in nx.all_simple_paths(U, s, t, cutoff=cutoff))
            ks.append({"source": s, "target": t, "k_shortest_lengths": lengths,
                       "all_simple_cutoff": cutoff, "all_simple_count": count})
        out["simple_paths"] = ks
    return out


def pairs_for(graph):
    """Fixed query pairs for a graph without its own: a deterministic spread over all nodes."""
    rng = random.Random(7)
    return [[rng.randrange(graph.n), rng.randrange(graph.n)] for _ in range(40)]


# ------------------------------------------------------------------ relgraph YAML datasets
def dataset_graph(folder):
    import yaml
    entities, relations = [], []
    # Every YAML file at any depth (articles/…), in relgraph's order: by relative path, bytewise.
    paths = glob.glob(os.path.join(folder, "**", "*.yaml"), recursive=True)
    for path in sorted(paths, key=lambda p: os.path.relpath(p, folder).encode("utf-8")):
        doc = yaml.safe_load(open(path, encoding="utf-8")) or {}
        entities += doc.get("entities") or []
        relations += doc.get("relations") or []
    index = {e["id"]: i for i, e in enumerate(entities)}
    edges = [(index[r["from"]], index[r["to"]], r["type"]) for r in relations
             if r["from"] in index and r["to"] in index]
    return RelationGraph(os.path.basename(folder.rstrip("/")), len(entities), edges,
                         [e["id"] for e in entities])


def dataset_expected(folder):
    """Measures of a relgraph dataset keyed by entity id (for the CLI tests)."""
    graph = dataset_graph(folder)
    U, D = graph.undirected(), graph.directed()
    ids = graph.names

    def by_id(measure):
        return {ids[v]: measure[v] for v in range(graph.n)}
    comps = canonical_sets(nx.connected_components(U))
    return {
        "components": [[ids[v] for v in c] for c in comps],
        "bridges": sorted(sorted([ids[u], ids[v]]) for u, v in nx.bridges(U)),
        "articulation_points": sorted(ids[v] for v in nx.articulation_points(U)),
        "label_propagation": [sorted(ids[v] for v in c)
                              for c in canonical_sets(nx.community.label_propagation_communities(U))],
        "degree": by_id(nx.degree_centrality(U)),
        "betweenness": by_id(nx.betweenness_centrality(U, normalized=True)),
        "closeness": by_id(nx.closeness_centrality(U)),
        # relgraph stops when the L1 change is below min(N, 100) * 1e-6 (PageRank.Stopping); networkx
        # stops below N * tol, so this tol is the same threshold and the same iterations at any size.
        "pagerank": by_id(nx.pagerank(D, alpha=0.85, tol=1e-6 * min(graph.n, 100) / graph.n)),
    }


# ------------------------------------------------------------------ main
def build_all(gen_data):
    """(graph, expected) for every fixture graph, reading gen graphs from the committed edge lists
    unless gen_data names fresh gen.py output."""
    results = []
    for g in small_graphs():
        e = expected(g, pairs_for(g))
        e["names"] = g.names
        results.append((g, e))
    for size in (1000, 10000):
        path = os.path.join(FIXTURES, f"gen-{size}.edges")
        if gen_data:
            g, queries, meta = gen_graph(size, gen_data)
        else:
            n, edges = read_edges(path)
            old = json.load(open(os.path.join(FIXTURES, f"gen-{size}.json")))
            g = RelationGraph(f"gen-{size}", n, edges)
            queries, meta = old["generator"]["queries"], old["generator"]["meta"]
        e = expected(g, [[s, t] for s, t, _ in queries], full=size <= 1000, sample_k=64)
        e["generator"] = {"queries": queries, "meta": {k: meta[k] for k in ("n", "m", "components", "largest_component")}}
        # The generator's pure-Python answers and networkx must agree before anything is written.
        assert [q[2] for q in queries] == [p[2] for p in e["path_lengths"]], "gen.py and networkx disagree on paths"
        assert (meta["components"], meta["largest_component"]) == (e["components"]["count"], e["components"]["largest"])
        results.append((g, e))
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gen-data", help="gen.py output folder holding 1000/ and 10000/")
    ap.add_argument("--check", action="store_true", help="compare with the committed fixtures instead of writing")
    ap.add_argument("--dataset", help="print the expected values of a relgraph YAML dataset folder")
    a = ap.parse_args()
    if a.dataset:
        json.dump(dataset_expected(a.dataset), sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
        print()
        return
    os.makedirs(FIXTURES, exist_ok=True)
    stale = []
    for graph, e in build_all(a.gen_data):
        json_path = os.path.join(FIXTURES, f"{graph.name}.json")
        edges_path = os.path.join(FIXTURES, f"{graph.name}.edges")
        text = json.dumps(e, indent=1, sort_keys=True) + "\n"
        if a.check:
            if not os.path.exists(json_path) or open(json_path).read() != text:
                stale.append(json_path)
            continue
        if graph.names is not None or a.gen_data or not os.path.exists(edges_path):
            write_edges(edges_path, graph)
        with open(json_path, "w") as f:
            f.write(text)
        print(f"wrote {os.path.relpath(json_path, ROOT)}")
    if stale:
        print("stale fixtures (run scripts/networkx-expected.py):\n  " + "\n  ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
