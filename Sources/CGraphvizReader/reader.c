// relgraph's reader of DOT text through cgraph: the text reader and the object-id discipline.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "relgraph_graphviz.h"

/// `agread` pulls a text through `relgraph_text_read`, so that one text can be read graph after graph
/// (as `agmemread`, which hides its reader, cannot) and may hold NUL bytes.

static int relgraph_text_read(void *channel, char *buffer, int size) {
    relgraph_text *text = (relgraph_text *)channel;
    size_t left = text->length - text->cursor;
    size_t count = size > 0 && (size_t)size < left ? (size_t)size : left;
    memcpy(buffer, text->bytes + text->cursor, count);
    text->cursor += count;
    return (int)count;
}

/// Object ids in the order names first appear, instead of cgraph's default (the address of the
/// interned name). cgraph keeps subgraphs sorted by id and dot numbers and draws clusters in that
/// order, so with address ids a drawing depended on the allocator: the same DOT gave another
/// cluster order under AddressSanitizer's malloc, and could under another glibc. Named objects get
/// even ids 2, 4, 6 … by first appearance; anonymous ones odd ids, as cgraph's own discipline does.
/// Names stay interned with `agstrdup` (cgraph reads flags such as "is HTML" in front of them) and
/// are freed with the graph's string dictionary.
typedef struct {
    Agraph_t *root;
    char **names;            /* names[k] has id 2 (k + 1) */
    size_t count, capacity;
    size_t *slots;           /* open addressing over names: k + 1, or 0 for empty */
    size_t slot_count;       /* a power of two, at least twice count */
    IDTYPE next_anonymous;
} relgraph_ids;

static uint64_t relgraph_name_hash(const char *name) {
    uint64_t hash = 0xcbf29ce484222325ULL;   /* FNV-1a */
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) hash = (hash ^ *c) * 0x100000001b3ULL;
    return hash;
}

static void *relgraph_ids_open(Agraph_t *graph, Agdisc_t *discipline) {
    (void)discipline;
    relgraph_ids *ids = calloc(1, sizeof *ids);
    if (ids) { ids->root = graph; ids->next_anonymous = 1; }
    return ids;
}

static int relgraph_ids_grow(relgraph_ids *ids) {
    if (ids->count == ids->capacity) {
        size_t capacity = ids->capacity ? ids->capacity * 2 : 64;
        char **names = realloc(ids->names, capacity * sizeof *names);
        if (!names) return 0;
        ids->names = names;
        ids->capacity = capacity;
    }
    if (2 * (ids->count + 1) > ids->slot_count) {
        size_t slot_count = ids->slot_count ? ids->slot_count * 2 : 128;
        size_t *slots = calloc(slot_count, sizeof *slots);
        if (!slots) return 0;
        for (size_t k = 0; k < ids->count; k++) {
            size_t i = relgraph_name_hash(ids->names[k]) & (slot_count - 1);
            while (slots[i]) i = (i + 1) & (slot_count - 1);
            slots[i] = k + 1;
        }
        free(ids->slots);
        ids->slots = slots;
        ids->slot_count = slot_count;
    }
    return 1;
}

static long relgraph_ids_map(void *state, int objtype, char *name, IDTYPE *id, int create) {
    (void)objtype;
    relgraph_ids *ids = state;
    if (!name) {
        *id = ids->next_anonymous;
        ids->next_anonymous += 2;
        return 1;
    }
    size_t i = 0;
    if (ids->slot_count) {
        for (i = relgraph_name_hash(name) & (ids->slot_count - 1); ids->slots[i]; i = (i + 1) & (ids->slot_count - 1)) {
            if (strcmp(ids->names[ids->slots[i] - 1], name) == 0) {
                *id = 2 * (IDTYPE)ids->slots[i];
                return 1;
            }
        }
    }
    if (!create) return 0;
    size_t slot_count = ids->slot_count;
    if (!relgraph_ids_grow(ids)) return 0;
    if (slot_count != ids->slot_count) {
        for (i = relgraph_name_hash(name) & (ids->slot_count - 1); ids->slots[i]; i = (i + 1) & (ids->slot_count - 1)) {}
    }
    ids->names[ids->count] = agstrdup(ids->root, name);
    ids->count += 1;
    ids->slots[i] = ids->count;
    *id = 2 * (IDTYPE)ids->count;
    return 1;
}

static long relgraph_ids_alloc(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; return 0; }
static void relgraph_ids_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }

static char *relgraph_ids_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    relgraph_ids *ids = state;
    if (id % 2 != 0 || id == 0 || id / 2 > ids->count) return NULL;
    return ids->names[id / 2 - 1];
}

static void relgraph_ids_close(void *state) {
    relgraph_ids *ids = state;
    free(ids->names);
    free(ids->slots);
    free(ids);
}

static void relgraph_ids_register(void *state, int objtype, void *object) { (void)state; (void)objtype; (void)object; }

// flex's yylex_destroy for Graphviz's scanner (prefix "aag"): it resets every global of the lexer.
extern int aaglex_destroy(void);

void relgraph_lexer_reset(void) { aaglex_destroy(); }

/// The graph keeps pointers to the disciplines, hence static ones.
Agraph_t *relgraph_read_graph(relgraph_text *text) {
    static Agiodisc_t io;
    static Agiddisc_t ids;
    static Agdisc_t discipline;
    io.afread = relgraph_text_read;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    ids.open = relgraph_ids_open;
    ids.map = relgraph_ids_map;
    ids.alloc = relgraph_ids_alloc;
    ids.free = relgraph_ids_free;
    ids.print = relgraph_ids_print;
    ids.close = relgraph_ids_close;
    ids.idregister = relgraph_ids_register;
    discipline.mem = &AgMemDisc;
    discipline.id = &ids;
    discipline.io = &io;
    return agread(text, &discipline);
}

Agnode_t *relgraph_tail(Agedge_t *edge) { return agtail(edge); }
Agnode_t *relgraph_head(Agedge_t *edge) { return aghead(edge); }
unsigned long relgraph_sequence(void *object) { return AGSEQ(object); }
