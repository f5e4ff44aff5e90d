import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO
import RelGraphRender
import Yams

/// `relgraph render --spec FILE --out-dir DIR`: renders every view a spec file lists, each as
/// `DIR/NAME.FORMAT`. A spec entry is the arguments of one `relgraph render` command, so a line of
/// the spec can be tried on the command line as it stands:
///
/// ```yaml
/// views:
///   - name: ego-phan-van-giang
///     args: [--view, ego, phan-van-giang, --radius, "1"]
///     formats: [dot, svg]        # the default
/// ```
///
/// Every view uses the dataset and the `--timeout` of the spec command itself.
enum RenderSpec {
    struct File: Decodable {
        var views: [Entry]
    }

    struct Entry: Decodable {
        var name: String
        var args: [String]
        var formats: [DiagramFormat]?
    }

    static func run(file path: String, outDir: String, network: Network, timeout: Double) throws {
        let spec = try read(path)
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        for entry in spec.views {
            let command = try parse(entry, in: path)
            let diagram = try command.diagram(in: network)
            for format in entry.formats ?? [.dot, .svg] {
                let bytes = try diagram.bytes(as: format, timeout: timeout)
                try AtomicFile.write(bytes, to: URL(fileURLWithPath: outDir)
                    .appendingPathComponent("\(entry.name).\(format.rawValue)").path)
            }
        }
    }

    /// The spec, with names checked: each a unique file name stem.
    static func read(_ path: String) throws -> File {
        let spec: File
        do {
            let text = String(decoding: try DataSource.contents(of: path), as: UTF8.self)
            spec = try YAMLDecoder().decode(File.self, from: text)
        } catch {
            throw CommandFailure(.badData, "\(path): error: not a view spec: \(error)", prefixed: false)
        }
        var names: Set<String> = []
        for entry in spec.views {
            let isStem = entry.name.first.map { $0.isLetter || $0.isNumber } == true
                && entry.name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
            guard isStem, names.insert(entry.name).inserted else {
                throw CommandFailure(.badData, "\(path): error: view name '\(entry.name)' is not a unique file name "
                                     + "(ASCII letters, digits, '-', '_', '.')", prefixed: false)
            }
        }
        return spec
    }

    /// The entry's arguments as a `render` command; what only the spec command itself decides
    /// (dataset, output, other specs) is refused.
    static func parse(_ entry: Entry, in path: String) throws -> Render {
        let command: Render
        do {
            command = try Render.parse(entry.args)
        } catch {
            throw CommandFailure(.badData, "\(path): error: view '\(entry.name)': \(Render.message(for: error))",
                                 prefixed: false)
        }
        if command.source.data != nil || command.output != "-" || command.spec != nil || command.dotFile != nil {
            throw CommandFailure(.badData, "\(path): error: view '\(entry.name)': --data, -o, --spec and --dot "
                                 + "belong to the spec command, not to a view", prefixed: false)
        }
        return command
    }
}
