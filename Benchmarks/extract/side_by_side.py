"""relgraph's and the baseline's precision and recall on the same sets of articles, one line per set."""


def print_table(relgraph_sets, baseline_sets, totals, markdown=False):
    """relgraph_sets, baseline_sets: score.summaries() of each; totals: score.totals."""
    head = ["set", "articles", "gold", "relgraph proposed", "correct", "found", "P", "R",
            "baseline proposed", "correct", "found", "P", "R"]
    lines = []
    for (label, rs), (_, bs) in zip(relgraph_sets, baseline_sets):
        rp, rc, gold, rf, p, r = totals(rs)
        bp, bc, _, bf, bpr, br = totals(bs)
        lines.append([label, len(rs), gold, rp, rc, rf, f"{p:.3f}", f"{r:.3f}", bp, bc, bf, f"{bpr:.3f}", f"{br:.3f}"])
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for values in lines:
            print("| " + " | ".join(str(v) for v in values) + " |")
        return
    print(f"{'':<24} {'':>3} {'':>5}  {'relgraph':<32}  baseline")
    print(f"{'set':<24} {'n':>3} {'gold':>5}  {'prop':>5} {'ok':>5} {'found':>5} {'P':>6} {'R':>6}  "
          f"{'prop':>5} {'ok':>5} {'found':>5} {'P':>6} {'R':>6}")
    for v in lines:
        print(f"{v[0]:<24} {v[1]:>3} {v[2]:>5}  {v[3]:>5} {v[4]:>5} {v[5]:>5} {v[6]:>6} {v[7]:>6}  "
              f"{v[8]:>5} {v[9]:>5} {v[10]:>5} {v[11]:>6} {v[12]:>6}")
