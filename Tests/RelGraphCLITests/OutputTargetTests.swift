import Foundation
import Testing

/// Where outputs land (#14, the adversarial run): through links, into devices, with the old mode,
/// several files together, nothing left behind; and inputs that are not files are refused.
@Suite struct OutputTargetTests {
    static func minimal() -> [String] { ["--data", CLI.fixture("datasets/minimal")] }

    @Test func aFileKeepsItsPermissions() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("private.dot")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600])
        let result = try CLI.run(["export", "--format", "dot", "-o", file.path] + Self.minimal())
        #expect(result.status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("digraph"))
    }

    @Test func aSymlinkIsWrittenThroughAndStaysALink() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("latest.svg").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "drawings/org.svg")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("drawings"), withIntermediateDirectories: true)
        for _ in 0..<2 {  // once creating the file the dangling link names, once replacing it
            let result = try CLI.run(["render", "--view", "org", "-o", link] + Self.minimal())
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "drawings/org.svg")
            #expect(try String(contentsOfFile: folder.appendingPathComponent("drawings/org.svg").path, encoding: .utf8)
                .contains("<svg"))
        }
    }

    @Test func aDeviceIsWrittenToNotReplaced() throws {
        let result = try CLI.run(["export", "--format", "dot", "-o", "/dev/null"] + Self.minimal())
        #expect(result.status == 0)
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        let stdout = try CLI.run(["export", "--format", "dot", "-o", "/dev/stdout"] + Self.minimal())
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("digraph"))
    }

    /// The CSV files appear together; the folder's other files stay the very same files (inode);
    /// a leftover of a killed writer (a process id that no longer runs) is removed.
    @Test func csvFilesAppearTogetherAndOthersStay() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("csv")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let notes = out.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: notes)
        let inode = try FileManager.default.attributesOfItem(atPath: notes.path)[.systemFileNumber] as? Int
        let leftover = folder.appendingPathComponent(".csv.relgraph-tmp-999999999-0.tmp")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        let result = try CLI.run(["export", "--format", "csv", "-o", out.path] + Self.minimal())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["edges.csv", "nodes.csv", "notes.txt", "sources.csv"])
        #expect(try FileManager.default.attributesOfItem(atPath: notes.path)[.systemFileNumber] as? Int == inode)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["csv"])
    }

    @Test func aCSVFolderWhereAFileStandsIsAUsageError() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out")
        try Data("keep".utf8).write(to: file)
        let result = try CLI.run(["export", "--format", "csv", "-o", file.path] + Self.minimal())
        #expect(result.status == 64)
        #expect(result.stderr == "\(file.path): error: it is a file; this output is a folder of files\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep")
    }

    @Test func aPipeOrDeviceIsNoData() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try CLI.run(["stats", "--data", fifo])
        #expect(result.status == 65)
        #expect(result.stderr == "\(fifo): error: not a regular file or folder (a device, pipe or socket cannot be read as data)\n")
        let device = try CLI.run(["stats", "--data", "/dev/zero"])
        #expect(device.status == 65)
        let memory = try CLI.run(["stats", "--data", "/proc/self/mem"])
        #expect(memory.status == 65)
        #expect(memory.stderr.hasPrefix("/proc/self/mem: error: unknown data format"))
    }

    @Test func aTimeoutPastACenturyIsNoLimit() throws {
        for timeout in ["1e16", "1e300"] {
            let result = try CLI.run(["render", "--view", "org", "--timeout", timeout] + Self.minimal())
            #expect(result.status == 0, "\(timeout): \(result.stderr)")
        }
    }
}
