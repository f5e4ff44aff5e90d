"""Mentions of a sentence for the baseline: the dataset's names found in it, and an NLP library's named
entities resolved against those names the way score.py matches new entities (folded text equal to a name
of an entity of the same kind).

A mention is (entity id or None, kind, folded name, text): None for a named entity the dataset lacks,
which the baseline proposes as a new entity of the named entity's kind.
"""
from score import fold, names

# Two entities share a country's name (the state, an organization, and the land, a place). Without a
# label from the library the name reads as the place: one fixed choice, so that a country is one mention.
PREFERRED_KIND = "place"


class Gazetteer:
    """The dataset's names and aliases, folded; longest match over a sentence's folded words."""

    def __init__(self, entities):
        self.entities = entities
        self.by_name = {}
        for eid, entity in sorted(entities.items()):
            for name in names(entity):
                if name:
                    self.by_name.setdefault(tuple(name.split()), []).append(eid)
        self.longest = max((len(k) for k in self.by_name), default=0)

    def resolve(self, name, kind=None):
        """The entity of that folded name, preferring the kind given (a library's label), or None."""
        ids = self.by_name.get(tuple(name.split()), [])
        for wanted in (kind, PREFERRED_KIND):
            for eid in ids:
                if self.entities[eid]["kind"] == wanted:
                    return eid
        return ids[0] if ids else None

    def find(self, sentence, hints=None):
        """Dataset entities named in the sentence (longest match first, no overlaps), in text order.

        hints: folded name -> kind, from the library's labels, to choose between entities sharing a name."""
        hints = hints or {}
        words = fold(sentence).split()
        found, i = [], 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                key = tuple(words[i:i + n])
                if key in self.by_name:
                    name = " ".join(key)
                    eid = self.resolve(name, hints.get(name))
                    found.append((eid, self.entities[eid]["kind"], name, name))
                    i += n
                    break
            else:
                i += 1
        return found


def merge(gazetteer, sentence, named):
    """The sentence's mentions: dataset names, plus the library's named entities [(text, kind)] that are
    not one of them and do not overlap one (a library span inside or around a dataset name is the name)."""
    hints = {fold(text): kind for text, kind in named}
    mentions = gazetteer.find(sentence, hints)
    taken = [f" {m[2]} " for m in mentions]
    for text, kind in named:
        name = fold(text)
        # A span equal to a dataset name was found as that name; what is left is new to the dataset.
        if not name or any(f" {name} " in t or t in f" {name} " for t in taken):
            continue
        mentions.append((None, kind, name, text))
        taken.append(f" {name} ")
    return mentions
