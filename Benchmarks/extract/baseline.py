#!/usr/bin/env python3
"""The baseline relgraph extract is measured against: an NLP library's named entities plus the dataset's
names (mentions.py, nlp.py), and a relation for every two mentions of one sentence, typed by the most
frequent relation type between their two kinds in the dataset it reads (sentence co-occurrence, the usual
baseline of relation extraction). Its output has the shape of `relgraph extract --format json`, so
score.py scores both alike. It is part of Benchmarks/, never of relgraph.

Usage: python baseline.py ARTICLE.txt --data DATASET   (prints the proposals as JSON)
"""
import argparse, json, re, sys, time
from collections import Counter

import nlp
from mentions import Gazetteer, merge
from score import SYMMETRIC, load


def read_article(path):
    """(language from the corpus header or None, the text's paragraphs)."""
    text = open(path, encoding="utf-8").read()
    lang, head, sep, body = None, *text.partition("\n---\n")
    if sep:
        header = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
        lang = header.get("language", "").strip() or None
    else:
        body = text
    return lang, [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]


def guess_language(paragraphs):
    # Vietnamese by its letters (ơ ư ă đ and the tone-marked vowels of the Latin Extended Additional block).
    text = " ".join(paragraphs)
    return "vi" if re.search(r"[ơưăđƠƯĂĐ\u1EA0-\u1EF9]", text) and " của " in text else "en"


def typing_table(entities, relations):
    """(kind of one end, kind of the other) -> (type, count, forwards), the most frequent type between two
    kinds in either direction; forwards says whether that type runs from the first kind to the second.
    Between two ends of one kind the first in the text is the relation's from."""
    counts = Counter((entities[r["from"]]["kind"], entities[r["to"]]["kind"], r["type"]) for r in relations.values()
                     if r["from"] in entities and r["to"] in entities)
    table = {}
    for (a, b, t), n in sorted(counts.items()):
        for key, forwards in (((a, b), True), ((b, a), False)):
            best = table.get(key)
            if best is None or n > best[1]:
                table[key] = (t, n, forwards if a != b else True)
    return table


class Baseline:
    """names_only: no library at all (the dataset's names, sentences by punctuation), to see what the
    libraries add."""

    def __init__(self, names_only=False):
        self.names_only, self.libraries = names_only, {}

    def library(self, lang):
        if lang not in self.libraries:
            self.libraries[lang] = nlp.NoLibrary(lang) if self.names_only else nlp.library(lang)
        return self.libraries[lang]

    def describe(self):
        langs = ["vi", "en"] + sorted(set(self.libraries) - {"vi", "en"})
        return "; ".join(self.library(l).describe() for l in langs)

    def propose(self, article, data):
        """Proposals in the shape of `relgraph extract --format json`; self.extraction_seconds is the time
        spent after reading the dataset (sentences, named entities, mentions, relations)."""
        entities, relations = load(data)
        start = time.perf_counter()
        gazetteer, typing = Gazetteer(entities), typing_table(entities, relations)
        lang, paragraphs = read_article(article)
        library = self.library(lang or guess_language(paragraphs))
        kinds = {eid: e["kind"] for eid, e in entities.items()}
        new, proposals = {}, {}
        for paragraph in paragraphs:
            for sentence, named in library.sentences(paragraph):
                ends = []
                for eid, kind, name, text in merge(gazetteer, sentence, named):
                    if eid is None:
                        eid = f"new-{kind}-{'-'.join(name.split())}"
                        new.setdefault(eid, {"id": eid, "name": text, "kind": kind})
                        kinds[eid] = kind
                    if eid not in ends:
                        ends.append(eid)
                for i, a in enumerate(ends):
                    for b in ends[i + 1:]:
                        relate(a, b, kinds, typing, sentence, proposals)
        self.extraction_seconds = time.perf_counter() - start
        return {"entities": list(new.values()), "relations": list(proposals.values())}


def relate(a, b, kinds, typing, sentence, proposals):
    """Proposes a's and b's relation (a first in the text), if the dataset relates their kinds at all."""
    best = typing.get((kinds[a], kinds[b]))
    if best is None:
        return
    kind, _, forwards = best
    source, target = (a, b) if forwards else (b, a)
    key = (kind,) + (tuple(sorted((source, target))) if kind in SYMMETRIC else (source, target))
    proposals.setdefault(key, {"type": kind, "from": source, "to": target, "quote": sentence,
                               "evidence": {"rule": f"cooccurrence {kinds[source]}-{kinds[target]}"}})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("article")
    ap.add_argument("--data", default="Data/vietnam-laos-defence")
    ap.add_argument("--names-only", action="store_true", help="no NLP library: the dataset's names only")
    args = ap.parse_args()
    try:
        proposals = Baseline(args.names_only).propose(args.article, args.data)
    except (OSError, UnicodeDecodeError) as error:
        sys.exit(f"baseline.py: {args.article}: {error}")
    print(json.dumps(proposals, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
