"""Writes wrk Lua scripts that cycle through requests drawn from the benchmark data:
search (whole names of entities), show (entity ids), path (the benchmark's query pairs)."""
import csv
import random
import sys
import urllib.parse

bench, out = sys.argv[1], sys.argv[2]
rng = random.Random(17)
names, ids = [], []
with open(f"{bench}/nodes.csv", encoding="utf-8") as f:
    for i, row in enumerate(csv.DictReader(f)):
        if i % 997 == 0:
            names.append(row["name"])
            ids.append(row["id"])
pairs = [(r["source"], r["target"]) for r in csv.DictReader(open(f"{bench}/queries.csv"))]
requests = {
    "search": [f"/api/search?q={urllib.parse.quote(n)}&limit=20" for n in names],
    "show": [f"/api/show?entity={i}" for i in ids],
    "path": [f"/api/path?from={a}&to={b}" for a, b in pairs],
}
for kind, paths in requests.items():
    rng.shuffle(paths)
    lua = "local paths = {\n" + ",\n".join('  "%s"' % p for p in paths) + "\n}\n"
    lua += "local i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n"
    open(f"{out}/{kind}.lua", "w").write(lua)
