// Graphviz's C API through one header. Macros and non-Sendable globals that Swift cannot
// use directly are wrapped in static inline functions here.
#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
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
#endif
