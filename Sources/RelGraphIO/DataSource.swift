import Foundation
import RelGraphCore

/// Opens what `--data PATH` names. A folder of `.yaml` files is a dataset in relgraph's own format;
/// other formats register here as their readers land.
public enum DataSource {
    /// Reads and validates the data at `path`, returning records, positions and diagnostics.
    public static func read(path: String) throws(InputError) -> YAMLDatasetReader.Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { throw .unknownFormat(path: path) }
        return try YAMLDatasetReader.read(folder: path)
    }

    /// The network of a dataset without errors; a dataset with errors throws `InputError.invalid`.
    public static func network(from result: YAMLDatasetReader.Result) throws(InputError) -> Network {
        guard !result.hasErrors else { throw .invalid(diagnostics: result.diagnostics) }
        return Network(result.dataset)
    }
}
