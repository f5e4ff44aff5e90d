// relgraph viewer: the model. Name folding and search, dates, and paths, each the same rule as the
// CLI's (NameFolding, NameIndex, Relation.mayHold, ShortestPathSearch, Paths.kShortest), so that the
// page answers what `relgraph search`, `relgraph path` and `--at` answer.
"use strict";

const RG = {};

// NFD, drop combining marks, đ/Đ/ð/Ð → d, lowercase, runs of letters and digits.
RG.foldTokens = function (text) {
  const tokens = [];
  let current = "";
  for (const ch of String(text).normalize("NFD")) {
    // ASCII and the combining diacritics answered without a regular expression: most of a
    // Vietnamese name after NFD.
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) { current += ch; continue; }
      if (code >= 65 && code <= 90) { current += String.fromCharCode(code + 32); continue; }
      if (current) { tokens.push(current); current = ""; }
      continue;
    }
    if (code >= 0x300 && code <= 0x36f) continue;
    if (/\p{M}/u.test(ch)) continue;
    if (ch === "đ" || ch === "Đ" || ch === "ð" || ch === "Ð") { current += "d"; continue; }
    if (/[\p{Alphabetic}\p{N}]/u.test(ch)) { current += ch.toLowerCase(); continue; }
    if (current) { tokens.push(current); current = ""; }
  }
  if (current) tokens.push(current);
  return tokens;
};

// Every name of every entity, folded once: the page's NameIndex.
RG.NameIndex = class {
  constructor(entities) {
    this.entities = entities;
    this.entries = [];
    this.byID = new Map();
    entities.forEach((entity, node) => {
      this.byID.set(entity.id, node);
      for (const name of entity.names || []) {
        const words = RG.foldTokens(name.text);
        if (!words.length) continue;
        const joined = [];
        for (let i = 0; i + 1 < words.length; i++) joined.push(words[i] + words[i + 1]);
        this.entries.push({ node, text: name.text, words, searchWords: words.concat(joined) });
      }
    });
  }

  static covers(nameWords, queryWords) {
    const used = new Array(nameWords.length).fill(false);
    for (const word of queryWords) {
      let found = -1;
      for (let i = 0; i < nameWords.length; i++) {
        if (!used[i] && nameWords[i].startsWith(word)) { found = i; break; }
      }
      if (found < 0) return false;
      used[found] = true;
    }
    return true;
  }

  static rank(match) { return [{ id: 0, exact: 1, prefix: 2 }[match.quality], match.extraWords, match.id]; }

  static before(a, b) {
    const x = RG.NameIndex.rank(a), y = RG.NameIndex.rank(b);
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i];
    return false;
  }

  // The entity whose id the query is first, then exact folded names, then word prefixes; ranked by
  // quality, then fewer uncovered words, then id.
  search(query, limit) {
    const queryWords = RG.foldTokens(query);
    const best = new Map();
    if (queryWords.length) {
      for (const entry of this.entries) {
        if (!RG.NameIndex.covers(entry.searchWords, queryWords)) continue;
        const exact = entry.words.length === queryWords.length && entry.words.every((w, i) => w === queryWords[i]);
        const match = { node: entry.node, id: this.entities[entry.node].id, name: entry.text,
                        quality: exact ? "exact" : "prefix",
                        extraWords: Math.max(0, entry.words.length - queryWords.length) };
        const known = best.get(entry.node);
        if (!known || RG.NameIndex.before(match, known)) best.set(entry.node, match);
      }
    }
    const ranked = Array.from(best.values()).sort((a, b) => RG.NameIndex.before(a, b) ? -1 : RG.NameIndex.before(b, a) ? 1 : 0);
    const node = this.byID.get(query);
    if (node !== undefined) {
      const kept = ranked.filter(m => m.node !== node);
      kept.unshift({ node, id: query, name: query, quality: "id", extraWords: 0 });
      return kept.slice(0, limit);
    }
    return ranked.slice(0, limit);
  }
};

// Partial dates: "2024", "2024-10", "2024-10-22" stand for their whole period.
RG.parseDate = function (text) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(text).trim());
  if (!m) return null;
  const year = +m[1], month = m[2] ? +m[2] : null, day = m[3] ? +m[3] : null;
  if (year < 1 || (month !== null && (month < 1 || month > 12))) return null;
  if (day !== null && (day < 1 || day > RG.daysIn(month, year))) return null;
  const lastMonth = month || 12;
  return { text: m[0], first: year * 10000 + (month || 1) * 100 + (day || 1),
           last: year * 10000 + lastMonth * 100 + (day || RG.daysIn(lastMonth, year)) };
};

RG.daysIn = function (month, year) {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

// Relation.mayHold(on:): a known bound excludes the days outside it, an unknown one excludes
// nothing, a momentary relation (a meeting, a signing) holds during its own date only.
RG.mayHold = function (relation, day) {
  const from = relation.from_date ? RG.parseDate(relation.from_date) : null;
  let until = relation.until_date ? RG.parseDate(relation.until_date) : null;
  if (!until && relation.momentary) until = from;
  if (from && from.first > day.last) return false;
  if (until && until.last < day.first) return false;
  return true;
};

// Relation.dateText.
RG.dateText = function (r) {
  const from = r.from_date, until = r.until_date;
  if (from && until) return from === until ? from : `${from} – ${until}`;
  if (from) return r.momentary ? from : `from ${from}`;
  if (until) return `until ${until}`;
  return null;
};

// The CLI's Evidence.text: `(date; status; as of …; speaker: …; source locator as of …, "quote"; …)`.
RG.meaningfulQualifiers = ["as_of", "proposed_by", "invited_by", "on_behalf_of"];
RG.evidence = function (r) {
  const parts = [];
  const date = RG.dateText(r);
  if (date) parts.push(date);
  if (r.status !== "reported") parts.push(r.status);
  for (const key of RG.meaningfulQualifiers) {
    const value = r.qualifiers && r.qualifiers[key];
    if (value === undefined) continue;
    parts.push(key === "as_of" ? `as of ${value}` : `${key}: ${value}`);
  }
  if (r.speaker) parts.push(`speaker: ${r.speaker}`);
  for (const c of r.sources || []) {
    parts.push(`${c.source}${c.locator ? " " + c.locator : ""}${c.as_of ? " as of " + c.as_of : ""}, "${c.quote}"`);
  }
  return parts.length ? `(${parts.join("; ")})` : "";
};

// The graph the page walks: relations in dataset order, each end's incidences in that order.
RG.Graph = class {
  constructor(data) {
    this.entities = data.entities;
    this.relations = data.relations;
    this.out = this.entities.map(() => []);
    this.in = this.entities.map(() => []);
    this.relations.forEach((r, edge) => { this.out[r.from].push(edge); this.in[r.to].push(edge); });
    this.allowed = null; // null: every relation; else allowed[edge]
  }

  name(node) { const e = this.entities[node]; return e.names && e.names.length ? e.names[0].text : e.id; }
  other(edge, node) { const r = this.relations[edge]; return r.from === node ? r.to : r.from; }

  // Network.arrow and Network.hop.
  arrow(edge, node) {
    const r = this.relations[edge];
    if (r.symmetric) return `—${r.type}—`;
    return r.from === node ? `—${r.type}→` : `←${r.type}—`;
  }
  hop(edge, node) { return `${this.name(node)} ${this.arrow(edge, node)} ${this.name(this.other(edge, node))}`; }
  explainedHop(edge, node) {
    const evidence = RG.evidence(this.relations[edge]);
    return evidence ? `${this.hop(edge, node)} ${evidence}` : this.hop(edge, node);
  }

  // Relations kept as of `day` (null: all of them).
  setDate(day) { this.allowed = day ? this.relations.map(r => RG.mayHold(r, day)) : null; }
  allows(edge) { return !this.allowed || this.allowed[edge]; }

  // Every allowed step from `node`, both ways (the CLI's default direction).
  steps(node, visit) {
    for (const edge of this.out[node]) if (this.allows(edge)) visit(edge, this.relations[edge].to);
    for (const edge of this.in[node]) if (this.allows(edge)) visit(edge, this.relations[edge].from);
  }

  // The shortest path whose edge sequence is smallest (ShortestPathSearch's canonical path), or null.
  shortest(source, target, maxHops, bannedNodes, bannedEdges) {
    if (source === target) return { nodes: [source], edges: [] };
    const dist = new Int32Array(this.entities.length).fill(-1);
    dist[target] = 0;
    let frontier = [target];
    while (frontier.length && dist[source] < 0) {
      const next = [];
      for (const node of frontier) {
        if (dist[node] >= maxHops) continue;
        this.steps(node, (edge, neighbor) => {
          if (dist[neighbor] >= 0 || bannedEdges.has(edge) || bannedNodes.has(neighbor)) return;
          dist[neighbor] = dist[node] + 1;
          next.push(neighbor);
        });
      }
      frontier = next;
    }
    if (dist[source] < 0) return null;
    const nodes = [source], edges = [];
    let current = source;
    for (let left = dist[source]; left > 0; left--) {
      let best = null;
      this.steps(current, (edge, neighbor) => {
        if (dist[neighbor] !== left - 1 || bannedEdges.has(edge) || bannedNodes.has(neighbor)) return;
        if (!best || edge < best.edge) best = { edge, neighbor };
      });
      edges.push(best.edge); nodes.push(best.neighbor); current = best.neighbor;
    }
    return { nodes, edges };
  }

  // Yen's k shortest simple paths, as Paths.kShortest: shorter first, then by edge sequence.
  kShortest(source, target, k, maxHops = Infinity) {
    const ranks = (a, b) => {
      if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
      for (let i = 0; i < a.edges.length; i++) if (a.edges[i] !== b.edges[i]) return a.edges[i] - b.edges[i];
      return 0;
    };
    const first = this.shortest(source, target, maxHops, new Set(), new Set());
    if (!first) return [];
    const accepted = [first], candidates = [], seen = new Set([first.edges.join(",")]);
    while (accepted.length < k) {
      const last = accepted[accepted.length - 1];
      for (let spur = 0; spur < last.edges.length; spur++) {
        const root = last.edges.slice(0, spur);
        const bannedEdges = new Set();
        for (const path of accepted) {
          if (path.edges.length > spur && path.edges.slice(0, spur).join(",") === root.join(",")) bannedEdges.add(path.edges[spur]);
        }
        const found = this.shortest(last.nodes[spur], target, maxHops - spur, new Set(last.nodes.slice(0, spur)), bannedEdges);
        if (!found) continue;
        const candidate = { nodes: last.nodes.slice(0, spur).concat(found.nodes), edges: root.concat(found.edges) };
        const key = candidate.edges.join(",");
        if (!seen.has(key)) { seen.add(key); candidates.push(candidate); }
      }
      if (!candidates.length) break;
      let best = 0;
      for (let i = 1; i < candidates.length; i++) if (ranks(candidates[i], candidates[best]) < 0) best = i;
      accepted.push(candidates.splice(best, 1)[0]);
    }
    return accepted;
  }
};
