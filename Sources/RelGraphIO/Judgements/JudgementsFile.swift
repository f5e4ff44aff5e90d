import Foundation
import RelGraphCore
import Yams

/// Reads `judgements.yaml`, the analyst's merges and negative judgements beside a dataset:
///
/// ```yaml
/// judgements:
///   - {same: [phan-van-giang, phan-van-giang-2], by: analyst, at: "2026-12-03T08:30:00Z", why: one minister}
///   - {different: [mod-vietnam, mod-laos], by: analyst, at: "2026-12-03T08:31:00Z", why: two ministries}
/// ```
public enum JudgementsFile {
    public static let name = "judgements.yaml"

    /// The judgements with the position of each; problems of shape as diagnostics.
    public struct Read: Sendable {
        public var judgements: [Judgement] = []
        public var locations: [SourceLocation] = []
        /// The line each judgement's list item starts on.
        public var starts: [Int] = []
        public var diagnostics: [Diagnostic] = []

        /// The pairs judged, either way.
        public var pairs: Set<EntityPair> { Set(judgements.map { EntityPair($0.first, $0.second) }) }
    }

    /// The folder's judgements; none when it has no judgements file.
    public static func read(folder: String) throws(InputError) -> Read {
        let path = (folder as NSString).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: path) else { return Read() }
        return parse(bytes: [UInt8](try DataSource.contents(of: path)), file: path)
    }

    public static func parse(bytes: [UInt8], file: String) -> Read {
        var read = Read()
        guard let text = String(validating: bytes, as: UTF8.self) else {
            read.diagnostics.append(.error("the file is not valid UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1)))
            return read
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            read.diagnostics.append(YAMLSyntax.diagnostic(error, file: file))
            return read
        } catch {
            read.diagnostics.append(.error("cannot parse YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1)))
            return read
        }
        guard let root else { return read }
        guard var top = YAMLFields.mapping(root, file: file, what: "a judgements file", problems: &read.diagnostics) else {
            return read
        }
        top.rejectUnknown(["judgements"], in: "a judgements file")
        read.diagnostics += top.problems
        guard let list = top.value("judgements") else { return read }
        guard case let .sequence(items) = list else {
            if case let .scalar(scalar) = list, YAMLFields.isNull(scalar.string) { return read }
            read.diagnostics.append(.error("'judgements' must be a list", at: YAMLFields.location(of: list, in: file)))
            return read
        }
        for item in items {
            guard var fields = YAMLFields.mapping(item, file: file, what: "a judgement", problems: &read.diagnostics) else {
                continue
            }
            fields.rejectUnknown(["same", "different", "by", "at", "why"], in: "a judgement")
            let verdicts = Judgement.Verdict.allCases.filter { fields.value($0.rawValue) != nil }
            guard verdicts.count == 1, let verdict = verdicts.first, let pairNode = fields.value(verdict.rawValue) else {
                read.diagnostics += fields.problems
                read.diagnostics.append(.error("a judgement names exactly one of 'same' and 'different'",
                                               at: fields.start))
                continue
            }
            let ids: [String]
            if case let .sequence(pair) = pairNode { ids = pair.compactMap { $0.scalar?.string } } else { ids = [] }
            guard ids.count == 2 else {
                read.diagnostics += fields.problems
                read.diagnostics.append(.error("'\(verdict.rawValue)' must be a list of two entity ids",
                                               at: YAMLFields.location(of: pairNode, in: file)))
                continue
            }
            let judgement = Judgement(verdict: verdict, first: ids[0], second: ids[1],
                                      by: fields.text("by", in: "a judgement"), at: fields.text("at", in: "a judgement"),
                                      why: fields.text("why", in: "a judgement"))
            read.diagnostics += fields.problems
            read.judgements.append(judgement)
            read.locations.append(YAMLFields.location(of: pairNode, in: file))
            read.starts.append(YAMLFields.location(of: item, in: file).line)
        }
        return read
    }
}
