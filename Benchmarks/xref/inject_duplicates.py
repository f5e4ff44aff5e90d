#!/usr/bin/env python3
"""Copies a gen.py size folder (nodes.csv, edges.csv) with injected duplicates, for `relgraph xref`.

Usage: inject_duplicates.py SRC_DIR OUT_DIR [--share 0.01]

A deterministic `share` of the entities gets a duplicate `dup-<id>` whose name is a variant a second
source would print: diacritics dropped, the rank title dropped, the words reordered, or two syllables
written together; the duplicate takes two of the original's edges. The pairs are written to
OUT_DIR/duplicates.csv (original,duplicate) so that recall can be counted.
"""
import csv, os, random, sys, unicodedata

def strip(text):
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")

RANKS = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
         "Đồng chí", "Ông", "Bà"]

def variant(rng, kind, name):
    choice = rng.randrange(4)
    if kind == "official":
        for rank in RANKS:
            if name.startswith(rank + " "):
                rest = name[len(rank) + 1:]
                break
        else:
            rest = name
        words = rest.split(" ")
        if choice == 0: return strip(rest)
        if choice == 1: return " ".join(words[-2:-1] + words[:-2] + words[-1:])  # given name first
        if choice == 2: return "Col. " + strip(rest)
        return rest
    words = name.split(" ")
    if choice == 0: return strip(name)
    if choice == 1 and len(words) > 3: return " ".join(words[:1] + [words[1] + words[2]] + words[3:])
    if choice == 2: return name.lower()
    return strip(name).upper()

def main():
    src, out = sys.argv[1], sys.argv[2]
    share = float(sys.argv[sys.argv.index("--share") + 1]) if "--share" in sys.argv else 0.01
    rng = random.Random(16)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(src, "nodes.csv"), newline="", encoding="utf-8") as f:
        nodes = list(csv.reader(f))
    header, rows = nodes[0], nodes[1:]
    edges_by_node = {}
    with open(os.path.join(src, "edges.csv"), newline="", encoding="utf-8") as f:
        edges = list(csv.reader(f))
    for e in edges[1:]:
        edges_by_node.setdefault(e[0], []).append(e)
    chosen = sorted(rng.sample(range(len(rows)), int(len(rows) * share)))
    new_nodes, new_edges, pairs = [], [], []
    for i in chosen:
        node_id, kind, name = rows[i]
        dup = f"dup-{node_id}"
        new_nodes.append([dup, kind, variant(rng, kind, name)])
        pairs.append([node_id, dup])
        for e in edges_by_node.get(node_id, [])[:2]:
            new_edges.append([dup, e[1], e[2]])
    with open(os.path.join(out, "nodes.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(header); w.writerows(rows + new_nodes)
    with open(os.path.join(out, "edges.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerows(edges + new_edges)
    with open(os.path.join(out, "duplicates.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["original", "duplicate"]); w.writerows(pairs)

main()
