#!/usr/bin/env python3
"""Check the citations of a relgraph dataset against the article texts, before (and beside) `relgraph validate`.

For every source with `attributes.seed_file` (a file of ../shared/seeds, whole file = body) or
`attributes.corpus_file` (a file of ../shared/corpus, body = everything after the header's `---` line):
  * texts/<source-id>.txt exists and equals that body byte for byte;
  * every citation of the source (entities, relations, extend items, statements) quotes a verbatim substring
    of the body, at most 200 characters, and a `¶N` locator names a paragraph that contains the quote
    (paragraphs are runs of non-blank lines; a blank line is empty or whitespace only; counted from 1).
It also checks the references a citation file makes (entity, relation, source and speaker ids) and
duplicate ids, so the per-article files can be checked before the Swift model reads them.

usage: check_quotes.py [DATASET] [--seeds DIR] [--corpus DIR] [--paragraphs SOURCE-ID]
Exit 1 and one `file: message` line per problem; prints a summary on success.
"""
import argparse
import pathlib
import re
import sys

import yaml


def body_of_corpus_file(raw: bytes) -> bytes:
    marker = b"\n---\n"
    index = raw.find(marker)
    if index < 0:
        raise ValueError("no '---' header line")
    return raw[index + len(marker):]


def paragraphs(text: str) -> list:
    """Runs of non-blank lines, joined by newlines, in order."""
    result, current = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if current:
                result.append("\n".join(current))
                current = []
        else:
            current.append(line)
    if current:
        result.append("\n".join(current))
    return result


def load(dataset: pathlib.Path):
    files = sorted(p for p in dataset.rglob("*.yaml"))
    docs = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            docs.append((path.relative_to(dataset), yaml.safe_load(handle) or {}))
    return docs


def citations_of(doc):
    """(where, citation) pairs of one file: entity/relation/extend sources and statements."""
    for entity in doc.get("entities") or []:
        for c in entity.get("sources") or []:
            yield f"entity {entity['id']}", c
        for c in entity.get("statements") or []:
            yield f"entity {entity['id']} statement {c.get('property')}", c
    for relation in doc.get("relations") or []:
        for c in relation.get("sources") or []:
            yield f"relation {relation.get('id')}", c
    for item in doc.get("extend") or []:
        name = item.get("entity") or item.get("relation")
        for c in item.get("sources") or []:
            yield f"extend {name}", c
        for c in item.get("statements") or []:
            yield f"extend {name} statement {c.get('property')}", c
        for n in item.get("names") or []:
            if isinstance(n, dict) and n.get("source"):
                yield f"extend {name} name", {"source": n["source"], "quote": n["text"], "locator": None,
                                               "name_only": True}


def tally(values) -> str:
    counts = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{name} {count}" for name, count in ordered)


def print_counts(docs):
    """The counts of README.md's "Counts" section, in its words (relations merged with their extend items)."""
    entities = [e for _, d in docs for e in d.get("entities") or []]
    relations = [r for _, d in docs for r in d.get("relations") or []]
    sources = [s for _, d in docs for s in d.get("sources") or []]
    citations = {}
    for _, doc in docs:
        for _, c in citations_of(doc):
            if not c.get("name_only"):
                citations[c["source"]] = citations.get(c["source"], 0) + 1
    print(f"Entities ({len(entities)}): {tally(e['kind'] for e in entities)}.")
    print(f"Relations ({len(relations)}): {tally(r['type'] for r in relations)}.")
    print(f"Status: {tally(r.get('status', 'reported') for r in relations)}.")
    print(f"Sources ({len(sources)}): {tally(s.get('kind', 'article') for s in sources)}.")
    print(f"Citations ({sum(citations.values())}): " + ", ".join(f"{s['id']} {citations.get(s['id'], 0)}" for s in sources) + ".")


def main() -> int:
    here = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset", nargs="?", default=str(here / "Data/vietnam-laos-defence"))
    parser.add_argument("--seeds", default=str(here.parent / "shared/seeds"))
    parser.add_argument("--corpus", default=str(here.parent / "shared/corpus"))
    parser.add_argument("--paragraphs", help="print the numbered paragraphs of this source's text and exit")
    parser.add_argument("--counts", action="store_true", help="print the counts README.md states, and exit")
    args = parser.parse_args()
    dataset = pathlib.Path(args.dataset)
    docs = load(dataset)
    problems = []

    # A flow mapping such as {text: A, B, lang: en} silently gains a key "B" with no value: refuse any
    # mapping value that is missing, which no field of the format allows.
    def nulls(node, trail):
        if isinstance(node, dict):
            for key, value in node.items():
                if value is None:
                    yield f"{trail}.{key}"
                yield from nulls(value, f"{trail}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from nulls(value, f"{trail}[{index}]")

    for path, doc in docs:
        problems.extend(f"{path}: empty value at {trail} (unquoted comma?)" for trail in nulls(doc, ""))

    sources, entity_ids, relation_ids = {}, set(), set()
    for path, doc in docs:
        for s in doc.get("sources") or []:
            if s["id"] in sources:
                problems.append(f"{path}: duplicate source id {s['id']}")
            sources[s["id"]] = s
        for e in doc.get("entities") or []:
            if e["id"] in entity_ids:
                problems.append(f"{path}: duplicate entity id {e['id']}")
            entity_ids.add(e["id"])
        for r in doc.get("relations") or []:
            if r.get("id") in relation_ids:
                problems.append(f"{path}: duplicate relation id {r.get('id')}")
            relation_ids.add(r.get("id"))

    texts = {}
    for sid, s in sources.items():
        attributes = s.get("attributes") or {}
        if "seed_file" in attributes:
            original = (pathlib.Path(args.seeds) / attributes["seed_file"]).read_bytes()
        elif "corpus_file" in attributes:
            original = body_of_corpus_file((pathlib.Path(args.corpus) / attributes["corpus_file"]).read_bytes())
        else:
            continue
        copy = dataset / "texts" / f"{sid}.txt"
        if not copy.exists():
            problems.append(f"texts/{sid}.txt: missing")
        elif copy.read_bytes() != original:
            problems.append(f"texts/{sid}.txt: differs from its original")
        texts[sid] = original.decode("utf-8")

    if args.paragraphs:
        for number, paragraph in enumerate(paragraphs(texts[args.paragraphs]), 1):
            print(f"¶{number}: {paragraph}\n")
        return 0

    if args.counts:
        print_counts(docs)
        return 0

    per_source = {}
    for path, doc in docs:
        for r in doc.get("relations") or []:
            for end in ("from", "to", "speaker"):
                if r.get(end) is not None and r[end] not in entity_ids:
                    problems.append(f"{path}: relation {r.get('id')}: unknown {end} {r[end]}")
        for item in doc.get("extend") or []:
            if "entity" in item and item["entity"] not in entity_ids:
                problems.append(f"{path}: extend: unknown entity {item['entity']}")
            if "relation" in item and item["relation"] not in relation_ids:
                problems.append(f"{path}: extend: unknown relation {item['relation']}")
        own = [s["id"] for s in doc.get("sources") or []]
        for where, c in citations_of(doc):
            sid = c.get("source")
            # One article's contribution is one file: an article file cites only its own source.
            if str(path).startswith("articles/") and own and sid not in own and not c.get("name_only"):
                problems.append(f"{path}: {where}: cites {sid}, not this file's source {own[0]}")
            if sid not in sources:
                problems.append(f"{path}: {where}: unknown source {sid}")
                continue
            if c.get("name_only"):
                continue
            per_source[sid] = per_source.get(sid, 0) + 1
            if sid not in texts:
                continue
            quote, locator, text = str(c.get("quote", "")), c.get("locator"), texts[sid]
            if not quote:
                problems.append(f"{path}: {where}: empty quote")
            elif quote not in text:
                problems.append(f"{path}: {where}: quote not in {sid}: {quote!r}")
            elif len(quote) > 200:
                problems.append(f"{path}: {where}: quote longer than 200 characters ({len(quote)})")
            match = re.fullmatch(r"¶(\d+)", str(locator or ""))
            if not match:
                problems.append(f"{path}: {where}: locator {locator!r} is not ¶N")
                continue
            numbered = paragraphs(text)
            n = int(match.group(1))
            if not 1 <= n <= len(numbered):
                problems.append(f"{path}: {where}: {sid} has no paragraph {n} (it has {len(numbered)})")
            elif quote and quote not in numbered[n - 1]:
                found = [i + 1 for i, p in enumerate(numbered) if quote in p]
                problems.append(f"{path}: {where}: quote not in {sid} ¶{n} (it is in ¶{found})")

    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    cited = sum(per_source.values())
    print(f"ok: {len(sources)} sources, {len(texts)} texts, {len(entity_ids)} entities, "
          f"{len(relation_ids)} relations, {cited} citations checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
