#!/usr/bin/env python3
"""Reads relgraph's GraphML, GEXF and node-link JSON exports with networkx, as a user's script would,
and checks each against the node-link JSON read with the plain json module: the same nodes, the
same edges (matched by relation id), and the same attributes, text compared exactly.

Usage: check_networkx.py GRAPH.graphml GRAPH.gexf GRAPH.json
Prints one line per format; exits 1 with the first mismatches when one differs.
"""
import json
import sys

import networkx as nx


def load_reference(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data, {n["id"]: n for n in data["nodes"]}, {e["key"]: e for e in data["edges"]}


def compare(fmt, graph, nodes, edges, node_check, edge_check):
    problems = []
    if set(graph.nodes) != set(nodes):
        problems.append(f"nodes differ: {sorted(set(graph.nodes) ^ set(nodes))[:5]}")
    if graph.number_of_edges() != len(edges):
        problems.append(f"{graph.number_of_edges()} edges, expected {len(edges)}")
    for node, data in graph.nodes(data=True):
        if node in nodes:
            problems += [f"node {node!r}: {p}" for p in node_check(data, nodes[node])]
    for source, target, data in graph.edges(data=True):
        edge = edges.get(data.get("id"))
        if edge is None:
            problems.append(f"edge {source}->{target}: unknown id {data.get('id')!r}")
            continue
        if (source, target) != (edge["source"], edge["target"]):
            problems.append(f"edge {data['id']}: ends {source}->{target}")
        problems += [f"edge {data['id']}: {p}" for p in edge_check(data, edge)]
    if problems:
        print(f"{fmt}: MISMATCH", *problems[:10], sep="\n  ")
        return False
    print(f"{fmt}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, attributes match")
    return True


def differences(pairs):
    return [f"{name}: {got!r} != {want!r}" for name, got, want in pairs if got != want]


def flat_node(data, node):
    """GraphML and GEXF carry nested fields as JSON text (see FlatRecord)."""
    return differences([
        ("kind", data.get("kind"), node["kind"]),
        ("label", data.get("label"), node["label"]),
        ("country", data.get("country"), node.get("country")),
        ("description", data.get("description"), node.get("description")),
        ("names", json.loads(data["names"]), node["names"]),
        ("attributes", json.loads(data.get("attributes", "{}")), node["attributes"]),
        ("sources", json.loads(data.get("sources", "[]")), node["sources"]),
    ])


def flat_edge(data, edge):
    return differences([
        ("type", data.get("type"), edge["type"]),
        ("from_date", data.get("from_date"), edge.get("from_date")),
        ("until_date", data.get("until_date"), edge.get("until_date")),
        ("status", data.get("status"), edge["status"]),
        ("qualifiers", json.loads(data.get("qualifiers", "{}")), edge["qualifiers"]),
        ("sources", json.loads(data.get("sources", "[]")), edge["sources"]),
        ("note", data.get("note"), edge.get("note")),
    ])


def gexf_edge(data, edge):
    problems = flat_edge(data, edge)
    # The relation's dates become the edge's start/end for Gephi's timeline.
    if "from_date" in edge and not str(data.get("start", "")).startswith(edge["from_date"]):
        problems.append(f"start {data.get('start')!r} is not within {edge['from_date']}")
    if "until_date" in edge and not str(data.get("end", "")).startswith(edge["until_date"]):
        problems.append(f"end {data.get('end')!r} is not within {edge['until_date']}")
    if data.get("label") != edge["type"]:
        problems.append(f"label {data.get('label')!r}")
    return problems


def main(graphml_path, gexf_path, json_path):
    data, nodes, edges = load_reference(json_path)
    ok = True
    linked = nx.node_link_graph(data, edges="edges")
    if not (linked.is_directed() and linked.is_multigraph()):
        print("json: not a directed multigraph")
        ok = False
    ok &= compare("json", linked, nodes, edges,
                  lambda d, n: differences([(k, d.get(k), n.get(k)) for k in n if k != "id"]),
                  lambda d, e: differences([(k, d.get(k), e.get(k)) for k in e if k not in ("source", "target", "key")]))
    ok &= compare("graphml", nx.read_graphml(graphml_path, force_multigraph=True), nodes, edges, flat_node, flat_edge)
    ok &= compare("gexf", nx.read_gexf(gexf_path), nodes, edges, flat_node, gexf_edge)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
