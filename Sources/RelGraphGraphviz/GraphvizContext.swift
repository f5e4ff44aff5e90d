import CGraphviz

/// One `GVC_t`. Graphviz's state after a failed layout or render is unreliable, so the shared
/// context is retired then and the next call builds a fresh one. Retired contexts are never freed:
/// the pango plugin keeps a pointer to the last font name it measured text in, which lives in the
/// context's font dictionary, and compares the next name with it. Freeing the context left that
/// pointer dangling (a use after free under AddressSanitizer, in GraphvizSmokeTests'
/// `unknownEngineAndFormatFailThenRenderingStillWorks`); a context costs a few kilobytes.
final class GraphvizContext {
    let handle: OpaquePointer

    private init() {
        handle = gvContext()
    }

    // Only touched inside `Graphviz.serialized`.
    nonisolated(unsafe) private static var current: GraphvizContext?
    nonisolated(unsafe) private static var retired: [GraphvizContext] = []

    static func shared() -> GraphvizContext {
        if let current { return current }
        let fresh = GraphvizContext()
        current = fresh
        return fresh
    }

    static func discard() {
        if let current { retired.append(current) }
        current = nil
    }
}
