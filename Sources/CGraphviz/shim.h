// Graphviz's C API through one header. Macros and non-Sendable globals that Swift cannot
// use directly are wrapped in static inline functions here.
#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// `Agdirected` is a mutable global (non-Sendable in Swift 6); hand out a copy instead.
static inline Agdesc_t relgraph_directed(void) { return Agdirected; }
static inline Agdesc_t relgraph_undirected(void) { return Agundirected; }
static inline Agdesc_t relgraph_strict_directed(void) { return Agstrictdirected; }
/// agtail / aghead are macros.
static inline Agnode_t *relgraph_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *relgraph_head(Agedge_t *e) { return aghead(e); }
/// AGSEQ is a macro: an object's creation order, which keeps edges in the order the DOT states them.
static inline unsigned long relgraph_sequence(void *object) { return AGSEQ(object); }

/// A text being read by cgraph: `agread` pulls it through `relgraph_text_read`, so that one text can
/// be read graph after graph (as `agmemread`, which hides its reader, cannot) and may hold NUL bytes.
typedef struct {
    const char *bytes;
    size_t length;
    size_t cursor;
} relgraph_text;

static int relgraph_text_read(void *channel, char *buffer, int size) {
    relgraph_text *text = (relgraph_text *)channel;
    size_t left = text->length - text->cursor;
    size_t count = size > 0 && (size_t)size < left ? (size_t)size : left;
    memcpy(buffer, text->bytes + text->cursor, count);
    text->cursor += count;
    return (int)count;
}

/// The next graph of `text`, or NULL at its end or on a syntax error. The graph keeps a pointer
/// to the discipline, hence a static one.
static inline Agraph_t *relgraph_read_graph(relgraph_text *text) {
    static Agiodisc_t io;
    static Agdisc_t discipline;
    io.afread = relgraph_text_read;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    discipline.mem = &AgMemDisc;
    discipline.id = &AgIdDisc;
    discipline.io = &io;
    return agread(text, &discipline);
}
#endif
