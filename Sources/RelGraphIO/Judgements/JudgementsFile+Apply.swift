import RelGraphCore

extension JudgementsFile {
    /// Merges the entities that `read`'s judgements say are the same (a judgements file read from a
    /// folder or a git revision); a judgement that cannot stand is an error at its line.
    static func apply(_ read: Read, to loaded: inout LoadedDataset) {
        loaded.diagnostics += read.diagnostics
        guard !read.judgements.isEmpty else { return }
        let (problems, removed) = JudgementMerge.apply(read.judgements, to: &loaded.dataset)
        for problem in problems {
            loaded.diagnostics.append(.error(problem.message, at: read.locations[problem.index]))
        }
        for i in removed.reversed() where loaded.locations.entities.indices.contains(i) {
            loaded.locations.entities.remove(at: i)
        }
    }
}
