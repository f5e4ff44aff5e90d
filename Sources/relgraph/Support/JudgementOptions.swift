import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphIO

/// The judgements beside a dataset folder, for commands that honour them.
enum JudgementOptions {
    struct Judged {
        var different: Set<EntityPair> = []
    }

    /// The pairs judged different in `data`'s judgements.yaml (none for other inputs).
    static func read(data: String?) throws -> Judged {
        guard let data else { return Judged() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
            return Judged()
        }
        let read = try JudgementsFile.read(folder: data)
        return Judged(different: Set(read.judgements.filter { $0.verdict == .different }
            .map { EntityPair($0.first, $0.second) }))
    }
}
