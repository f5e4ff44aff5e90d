#!/usr/bin/env python3
"""relgraph's batch analyses on Apache Spark, for graphs beyond one machine.

Reads the folder `relgraph export --format spark -o DIR` writes, converts it to Parquet once
(DIR/parquet/, reused while the manifest is unchanged), and writes under DIR/results/:

  components/  id,component       connected components of the undirected simple view; the
                                  component is named by its smallest id
  pagerank/    id,rank            PageRank as relgraph defines it (see pagerank() below)
  degree/      id,degree          distinct neighbours in the undirected simple view
  distances/   source,target,length   hop distances of the --pairs (undirected, -1: no path)
  job.json     what ran (engine, Spark version, iterations, timings, degree top-k), written last,
               with the SHA-256 of the manifest the results come from

`relgraph import-results DIR` reads them back. Ids are the export's dense int64 ids.

Engine: GraphFrames when its jar is on the classpath (connectedComponents, degrees,
shortestPaths); otherwise plain DataFrame operations (min-label propagation with pointer jumping
and checkpoints, BFS frontiers). PageRank always runs as DataFrame joins: GraphFrames' pageRank
(GraphX) uses another normalisation and stopping rule, and relgraph's answers are the point.

    spark-submit --master local[2] Spark/relgraph_spark.py DIR --pairs pairs.csv --top 10

See Spark/README.md for cluster flags (YARN, Kubernetes).
"""
import argparse
import hashlib
import json
import sys
import time

from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql.types import LongType, StringType, BooleanType, StructField, StructType

FORMAT, VERSION = "relgraph-spark", 1
ALPHA, TOLERANCE, MAX_ITERATIONS, CAPPED_NODE_COUNT = 0.85, 1e-6, 100, 100
SPARK_TYPES = {"long": LongType(), "string": StringType(), "boolean": BooleanType()}


class JobError(Exception):
    """A problem with the input: printed as one line, exit status 65 (relgraph's bad data)."""


# ---------------------------------------------------------------------------- files (any Hadoop FS)

def _path(spark, path):
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    return p, p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())


def read_bytes(spark, path):
    """A whole small file (the manifest) from the local disk, HDFS, S3 … through Hadoop's FS."""
    p, fs = _path(spark, path)
    if not fs.exists(p):
        return None
    stream = fs.open(p)
    try:
        out = bytearray()
        jvm = spark.sparkContext._jvm
        data = jvm.org.apache.commons.io.IOUtils.toByteArray(stream)
        out += bytes(data)
        return bytes(out)
    finally:
        stream.close()


def write_text(spark, path, text):
    """Writes a small file atomically: to a temporary name, then renamed over the target."""
    p, fs = _path(spark, path)
    jvm = spark.sparkContext._jvm
    tmp = jvm.org.apache.hadoop.fs.Path(path + ".tmp")
    stream = fs.create(tmp, True)
    try:
        stream.write(bytearray(text.encode("utf-8")))
    finally:
        stream.close()
    if fs.exists(p):
        fs.delete(p, False)
    fs.rename(tmp, p)


def delete(spark, path):
    p, fs = _path(spark, path)
    if fs.exists(p):
        fs.delete(p, True)


# ---------------------------------------------------------------------------- input

def read_manifest(spark, folder):
    raw = read_bytes(spark, folder + "/manifest.json")
    if raw is None:
        raise JobError(f"{folder}: no manifest.json (write the folder with relgraph export --format spark)")
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except ValueError as error:
        raise JobError(f"{folder}/manifest.json: not JSON ({error})")
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise JobError(f"{folder}/manifest.json: not a {FORMAT} version {VERSION} manifest")
    return manifest, hashlib.sha256(raw).hexdigest()


def verify_parts(spark, folder, manifest):
    """Every part file's SHA-256 against the manifest, each file hashed by an executor."""
    expected = {}
    for table in ("nodes", "edges"):
        for part in manifest[table]["parts"]:
            expected[part["path"]] = part["sha256"]
    found = {}
    for table in ("nodes", "edges"):
        digests = (spark.sparkContext.binaryFiles(f"{folder}/{table}")
                   .map(lambda kv: (kv[0], hashlib.sha256(kv[1]).hexdigest())).collect())
        for name, digest in digests:
            found[f"{table}/{name.rsplit('/', 1)[-1]}"] = digest
    for path, digest in expected.items():
        if path not in found:
            raise JobError(f"{folder}/{path}: missing (the manifest lists it)")
        if found[path] != digest:
            raise JobError(f"{folder}/{path}: SHA-256 {found[path]} is not the manifest's {digest}: "
                           "the copy is incomplete or changed")


def schema(columns):
    return StructType([StructField(c["name"], SPARK_TYPES[c["type"]], True) for c in columns])


def to_parquet(spark, folder, manifest, digest):
    """The CSV parts as Parquet under DIR/parquet/, once per export: reused while the manifest's
    digest, recorded beside them, is the same."""
    marker = folder + "/parquet/_manifest.sha256"
    previous = read_bytes(spark, marker)
    if previous is not None and previous.decode().strip() == digest:
        return "reused"
    verify_parts(spark, folder, manifest)
    delete(spark, folder + "/parquet")
    for table in ("nodes", "edges"):
        # RFC 4180: quotes are doubled, not backslash-escaped (Spark's default escape is '\').
        frame = (spark.read.option("header", True).option("escape", '"').option("mode", "FAILFAST")
                 .schema(schema(manifest[table]["columns"])).csv(f"{folder}/{table}"))
        frame.write.mode("overwrite").parquet(f"{folder}/parquet/{table}")
    write_text(spark, marker, digest + "\n")
    return "converted"


# ---------------------------------------------------------------------------- graph views

class Checkpoints:
    """Cuts the lineage of iterated frames: reliable checkpoints when a checkpoint folder is given
    (a cluster, where an executor may be lost), local ones (executor storage) otherwise."""

    def __init__(self, reliable):
        self.reliable = reliable

    def cut(self, frame):
        return frame.checkpoint(eager=True) if self.reliable else frame.localCheckpoint(eager=True)


def undirected_links(edges):
    """Each linked pair once (a < b): parallel relations count once, self-relations are dropped."""
    return (edges.where(F.col("src") != F.col("dst"))
            .select(F.least("src", "dst").alias("a"), F.greatest("src", "dst").alias("b")).distinct())


def both_ways(links):
    return (links.select(F.col("a").alias("u"), F.col("b").alias("v"))
            .union(links.select(F.col("b").alias("u"), F.col("a").alias("v"))))


def directed_arcs(edges):
    """PageRank's view: src → dst for every relation, and back for symmetric types; once per pair."""
    forward = edges.where(F.col("src") != F.col("dst")).select("src", "dst")
    backward = (edges.where((F.col("src") != F.col("dst")) & F.col("symmetric"))
                .select(F.col("dst").alias("src"), F.col("src").alias("dst")))
    return forward.union(backward).distinct()


# ---------------------------------------------------------------------------- analyses (DataFrame)

def components_dataframe(ids, adjacency, checkpoints):
    """Min-label propagation with pointer jumping: each entity takes the smallest label among itself
    and its neighbours, then the label of its label. Labels only decrease and stay inside the
    component, so the sum of labels stops changing exactly when every label has settled on the
    component's smallest id. Rounds: about the logarithm of the diameter, not the diameter."""
    labels = checkpoints.cut(ids.select("id", F.col("id").alias("label")))
    total = labels.agg(F.sum("label")).first()[0]
    rounds = 0
    while True:
        rounds += 1
        smallest = (adjacency.join(labels, adjacency.v == labels.id)
                    .groupBy(adjacency.u).agg(F.min("label").alias("m")))
        stepped = (labels.join(smallest, labels.id == smallest.u, "left")
                   .select("id", F.least("label", F.coalesce("m", "label")).alias("label")))
        jumped = (stepped.alias("a").join(stepped.alias("b"), F.col("a.label") == F.col("b.id"))
                  .select(F.col("a.id").alias("id"), F.col("b.label").alias("label")))
        labels = checkpoints.cut(jumped)
        new_total = labels.agg(F.sum("label")).first()[0]
        if new_total == total:
            return labels.withColumnRenamed("label", "component"), rounds
        total = new_total


def degree_frame(ids, links):
    ends = links.select(F.col("a").alias("id")).union(links.select(F.col("b").alias("id")))
    counts = ends.groupBy("id").agg(F.count(F.lit(1)).alias("degree"))
    return ids.join(counts, "id", "left").select("id", F.coalesce("degree", F.lit(0)).cast("long").alias("degree"))


def pagerank(ids, arcs, n, checkpoints):
    """relgraph's PageRank (RelGraphAlgorithms/Centrality/PageRank.swift), iteration for iteration:
    power iteration from the uniform vector, x' = α (xP + (Σ dangling x) / N) + (1 − α) / N with
    α 0.85, the rank of entities without out-going arcs (dangling) spread evenly over all; stops
    when Σ|x' − x| < min(N, 100) · 1e-6 (networkx's rule up to 100 entities), after at most 100
    iterations. Returns (ranks, iterations, last change)."""
    threshold = min(n, CAPPED_NODE_COUNT) * TOLERANCE
    out_degree = arcs.groupBy("src").agg(F.count(F.lit(1)).alias("out"))
    info = checkpoints.cut(ids.join(out_degree, ids.id == out_degree.src, "left")
                           .select("id", (F.lit(1.0) / F.col("out")).alias("share"),
                                   F.col("out").isNull().alias("dangling")))
    x = checkpoints.cut(info.select("id", "share", "dangling", F.lit(1.0 / n).alias("rank")))
    dangling_sum = x.where("dangling").agg(F.sum("rank")).first()[0] or 0.0
    for iteration in range(1, MAX_ITERATIONS + 1):
        flow = (arcs.join(x, arcs.src == x.id)
                .groupBy(arcs.dst).agg(F.sum(F.col("rank") * F.col("share")).alias("flow")))
        constant = ALPHA * dangling_sum / n + (1 - ALPHA) / n
        step = (x.join(flow, x.id == flow.dst, "left")
                .select("id", "share", "dangling", F.col("rank").alias("old"),
                        (F.lit(ALPHA) * F.coalesce("flow", F.lit(0.0)) + F.lit(constant)).alias("rank")))
        step = checkpoints.cut(step)
        stats = step.agg(F.sum(F.abs(F.col("rank") - F.col("old"))).alias("change"),
                         F.sum(F.when(F.col("dangling"), F.col("rank")).otherwise(0.0)).alias("dangling")).first()
        x = step.drop("old")
        dangling_sum = stats["dangling"] or 0.0
        if stats["change"] < threshold:
            return x.select("id", "rank"), iteration, stats["change"]
    raise JobError(f"PageRank did not converge in {MAX_ITERATIONS} iterations")


def distances_dataframe(spark, pairs, adjacency, checkpoints):
    """Hop distances of many pairs by breadth-first frontiers from all their sources at once; a
    source stops expanding once all its targets are reached. The pairs are few (a list a user
    asks about), so the driver keeps which are still open. Returns (distances, levels)."""
    found, open_targets = {}, {}
    for row in pairs.collect():
        if row["s"] == row["t"]:
            found[(row["s"], row["t"])] = 0
        else:
            open_targets.setdefault(row["s"], set()).add(row["t"])
    targets = pairs.select(F.col("s").alias("source"), F.col("t").alias("node"))
    start = spark.createDataFrame([(s,) for s in open_targets], "source long").select("source", F.col("source").alias("node"))
    visited = frontier = checkpoints.cut(start)
    level = 0
    while open_targets:
        level += 1
        reached = checkpoints.cut(
            frontier.join(adjacency, frontier.node == adjacency.u).select("source", F.col("v").alias("node"))
            .distinct().join(visited, ["source", "node"], "left_anti"))
        if reached.isEmpty():
            break
        for row in reached.join(F.broadcast(targets), ["source", "node"]).collect():
            if row["node"] in open_targets.get(row["source"], ()):
                found[(row["source"], row["node"])] = level
                open_targets[row["source"]].discard(row["node"])
        open_targets = {s: t for s, t in open_targets.items() if t}
        visited = visited.union(reached)
        frontier = reached.where(F.col("source").isin(list(open_targets)))
    rows = [(s, t, found.get((s, t), -1)) for s, t in ((r["s"], r["t"]) for r in pairs.collect())]
    return spark.createDataFrame(rows, "source long, target long, length long"), level


# ---------------------------------------------------------------------------- analyses (GraphFrames)

def graphframes_available(spark):
    """GraphFrames runs when both its Python package and its jar are at hand."""
    try:
        import graphframes  # noqa: F401
        spark.sparkContext._jvm.java.lang.Class.forName("org.graphframes.GraphFrame")
        return True
    except Exception:
        return False


def components_graphframes(ids, links):
    from graphframes import GraphFrame
    graph = GraphFrame(ids, links.select(F.col("a").alias("src"), F.col("b").alias("dst")))
    found = graph.connectedComponents()
    # Named by the smallest member, as the DataFrame engine and relgraph's test name them.
    smallest = found.groupBy("component").agg(F.min("id").alias("smallest"))
    return found.join(smallest, "component").select("id", F.col("smallest").alias("component")), None


def distances_graphframes(ids, links, pairs):
    from graphframes import GraphFrame
    arcs = both_ways(links).select(F.col("u").alias("src"), F.col("v").alias("dst"))
    targets = [row["t"] for row in pairs.select("t").distinct().collect()]
    paths = GraphFrame(ids, arcs).shortestPaths(landmarks=targets)
    pairs_lengths = (pairs.join(paths, pairs.s == paths.id)
                     .select(F.col("s").alias("source"), F.col("t").alias("target"),
                             F.coalesce(F.element_at("distances", F.col("t")), F.lit(-1)).cast("long").alias("length")))
    return pairs_lengths, None


# ---------------------------------------------------------------------------- the job

def read_pairs(spark, path, nodes):
    """A CSV with `source` and `target` columns holding relgraph ids (other columns ignored)."""
    raw = spark.read.option("header", True).option("escape", '"').csv(path)
    missing = {"source", "target"} - set(raw.columns)
    if missing:
        raise JobError(f"{path}: needs the columns source and target (relgraph ids); missing {', '.join(sorted(missing))}")
    keyed = raw.select("source", "target")
    keys = nodes.select("id", "key")
    pairs = (keyed.join(keys.withColumnRenamed("id", "s").withColumnRenamed("key", "source"), "source", "left")
             .join(keys.withColumnRenamed("id", "t").withColumnRenamed("key", "target"), "target", "left"))
    unknown = pairs.where(F.col("s").isNull() | F.col("t").isNull()).first()
    if unknown is not None:
        name = unknown["source"] if unknown["s"] is None else unknown["target"]
        raise JobError(f"{path}: no entity with the id {name!r} in the export")
    return pairs.select("s", "t").distinct()


def write_csv(frame, path):
    frame.write.mode("overwrite").option("header", True).csv(path)


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="the folder relgraph export --format spark wrote (local path, hdfs://, s3a:// …)")
    parser.add_argument("--pairs", help="CSV with source,target columns of relgraph ids: their hop distances")
    parser.add_argument("--top", type=int, default=10, help="degree top-k in job.json and the summary (default 10)")
    parser.add_argument("--engine", choices=["auto", "graphframes", "dataframe"], default="auto",
                        help="auto: GraphFrames when its jar is on the classpath, else DataFrame operations")
    parser.add_argument("--checkpoint-dir", help="reliable checkpoints there (a cluster); default: local checkpoints")
    parser.add_argument("--results", help="where to write the results (default: FOLDER/results)")
    return parser.parse_args(argv)


def run(spark, arguments):
    folder = arguments.folder.rstrip("/")
    results = (arguments.results or folder + "/results").rstrip("/")
    timings = {}
    clock = time.perf_counter()

    def lap(name):
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 3)
        clock = now

    manifest, digest = read_manifest(spark, folder)
    parquet = to_parquet(spark, folder, manifest, digest)
    lap("parquet")
    nodes = spark.read.parquet(folder + "/parquet/nodes")
    edges = spark.read.parquet(folder + "/parquet/edges")
    n = manifest["nodes"]["count"]
    if arguments.engine == "graphframes" and not graphframes_available(spark):
        raise JobError("--engine graphframes: GraphFrames is not on the classpath (spark-submit --packages …)")
    engine = "graphframes" if arguments.engine != "dataframe" and graphframes_available(spark) else "dataframe"
    checkpoint_dir = arguments.checkpoint_dir or (folder + "/parquet/_checkpoints" if engine == "graphframes" else None)
    if checkpoint_dir:
        spark.sparkContext.setCheckpointDir(checkpoint_dir)
    checkpoints = Checkpoints(reliable=arguments.checkpoint_dir is not None)
    ids = checkpoints.cut(nodes.select("id"))
    links = checkpoints.cut(undirected_links(edges))
    adjacency = checkpoints.cut(both_ways(links))
    delete(spark, results + "/job.json")
    lap("views")

    if engine == "graphframes":
        components, component_rounds = components_graphframes(ids, links)
    else:
        components, component_rounds = components_dataframe(ids, adjacency, checkpoints)
    components = checkpoints.cut(components)
    write_csv(components, results + "/components")
    counted = components.groupBy("component").count().agg(F.count(F.lit(1)).alias("n"), F.max("count").alias("largest")).first()
    component_count, largest = counted["n"], counted["largest"] or 0
    lap("components")

    ranks, iterations, change = pagerank(ids, checkpoints.cut(directed_arcs(edges)), n, checkpoints) if n else (ids.withColumn("rank", F.lit(0.0)), 0, 0.0)
    write_csv(ranks, results + "/pagerank")
    lap("pagerank")

    degrees = checkpoints.cut(degree_frame(ids, links))
    write_csv(degrees, results + "/degree")
    top = (degrees.join(nodes.select("id", "key", "name"), "id")
           .orderBy(F.col("degree").desc(), F.col("id").asc()).limit(arguments.top).collect())
    lap("degree")

    distances_summary = None
    delete(spark, results + "/distances")
    if arguments.pairs:
        pairs = checkpoints.cut(read_pairs(spark, arguments.pairs, nodes))
        if engine == "graphframes":
            distances, levels = distances_graphframes(ids, links, pairs)
        else:
            distances, levels = distances_dataframe(spark, pairs, adjacency, checkpoints)
        distances = checkpoints.cut(distances)
        write_csv(distances, results + "/distances")
        distances_summary = {"pairs": distances.count(), "levels": levels,
                             "unreachable": distances.where(F.col("length") < 0).count()}
        lap("distances")

    job = {
        "format": "relgraph-spark-results", "version": 1, "export_sha256": digest,
        "spark": spark.version, "master": spark.sparkContext.master, "engine": engine,
        "engines": {"components": engine, "degree": "dataframe", "pagerank": "dataframe",
                    "distances": engine if arguments.pairs else None},
        "parquet": parquet, "nodes": n, "edges": manifest["edges"]["count"],
        "components": {"count": component_count, "largest": largest, "rounds": component_rounds},
        "pagerank": {"alpha": ALPHA, "tolerance": TOLERANCE, "threshold": min(n, CAPPED_NODE_COUNT) * TOLERANCE,
                     "iterations": iterations, "change": change},
        "degree_top": [{"id": r["id"], "key": r["key"], "name": r["name"], "degree": r["degree"]} for r in top],
        "distances": distances_summary, "seconds": timings,
    }
    write_text(spark, results + "/job.json", json.dumps(job, indent=1, ensure_ascii=False) + "\n")
    return job


def summary(job):
    lines = [f"engine: {job['engine']}" + ("" if job["engine"] == "graphframes" else " (GraphFrames not on the classpath)")
             + f"; PageRank: DataFrame joins; Spark {job['spark']} on {job['master']}",
             f"parquet: {job['parquet']}",
             f"components: {job['components']['count']}, the largest {job['components']['largest']} entities",
             f"pagerank: {job['pagerank']['iterations']} iterations, last change {job['pagerank']['change']:.3g}",
             "degree top " + str(len(job["degree_top"])) + ":"]
    lines += [f"  {r['degree']:>6}  {r['name']} [{r['key']}]" for r in job["degree_top"]]
    if job["distances"]:
        d = job["distances"]
        lines.append(f"distances: {d['pairs']} pairs, {d['unreachable']} without a path, {d['levels']} BFS levels")
    lines.append("seconds: " + ", ".join(f"{k} {v}" for k, v in job["seconds"].items()))
    return "\n".join(lines)


def main(argv):
    arguments = parse_arguments(argv)
    spark = SparkSession.builder.appName("relgraph").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    conf = spark.sparkContext.getConf()
    if not conf.contains("spark.sql.shuffle.partitions"):
        # Spark's 200 is meant for big clusters; tiny tasks dominate on a few cores.
        spark.conf.set("spark.sql.shuffle.partitions", str(max(4, 2 * spark.sparkContext.defaultParallelism)))
    try:
        job = run(spark, arguments)
    except JobError as error:
        print(f"relgraph_spark: error: {error}", file=sys.stderr)
        return 65
    finally:
        spark.stop()
    print(summary(job))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
