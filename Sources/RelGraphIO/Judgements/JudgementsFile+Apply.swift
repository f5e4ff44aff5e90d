import RelGraphCore

extension JudgementsFile {
    /// Reads the folder's judgements and merges the entities they say are the same; a judgement that
    /// cannot stand is an error at its line.
    static func apply(folder: String, to loaded: inout LoadedDataset) throws(InputError) {
        let read = try read(folder: folder)
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
