import ArgumentParser
import Domain
import Foundation
import Vapor

/// `tongxin import [--unit CODE] [--drafts-only] FILE...`: reads many meeting reports into
/// meetings and draft plans, with a progress bar, and ends with a summary of what was created
/// or failed and why. A report read before is skipped, so running it again creates nothing.
public struct ImportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read meeting reports into meetings and draft plans.",
        discussion: """
            Each report becomes a meeting with its participants and documents, and a draft plan with one task per \
            requirement, as the reader drafted them; review and assign the tasks on the web. Folders are read \
            recursively (.txt, .htm, .html, .docx). Exit status 1 when a file failed.
            """)

    @ArgumentParser.Option(
        help:
            "Code of the unit that held the meetings; it leads their tasks until they are assigned (default: the office)."
    )
    var unit: String?

    @ArgumentParser.Flag(help: "Only read the reports into drafts, to review and confirm on the web.")
    var draftsOnly = false

    @ArgumentParser.Argument(help: "Report files or folders.")
    var files: [String] = []

    public init() {}

    public func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one FILE or folder") }
    }

    /// Runs the import against the configured database; returns the exit status.
    public func run(on app: Application) async throws -> Int32 {
        let paths = try ReportFiles.expand(files)
        var hostUnit: UUID?
        if let unit {
            guard let found = try await OrgUnit.find(code: unit, on: app.db) else {
                throw ValidationError("no unit has the code \(unit); see tongxin's unit list")
            }
            hostUnit = found.id
        }
        let imports = app.tongxin.imports
        var summary = ImportSummary()
        var progress = TerminalProgress(total: paths.count)
        for path in paths {
            do {
                // One transaction per report: one commit (one sync of the file) each, and a
                // report that fails leaves nothing behind.
                summary.count(
                    try await imports.importReport(
                        bytes: try ReportFiles.bytes(of: path), filename: path, hostUnit: hostUnit,
                        draftsOnly: draftsOnly, by: .system, on: app.db))
            } catch {
                summary.failures.append((path, ImportCommands.reason(error)))
            }
            progress.advance(failed: summary.failures.count)
        }
        progress.finish()
        FileHandle.standardOutput.write(Data(summary.text(draftsOnly: draftsOnly).utf8))
        return summary.failures.isEmpty ? 0 : 1
    }

}

/// What a run did, for the closing summary.
struct ImportSummary {
    var meetings = 0
    var tasks = 0
    var documents = 0
    var drafts = 0
    var skipped = 0
    var failures: [(path: String, reason: String)] = []

    mutating func count(_ outcome: ReportOutcome) {
        switch outcome {
        case .skipped: skipped += 1
        case .drafted: drafts += 1
        case .confirmed(_, let result):
            meetings += 1
            tasks += result.taskIds.count
            documents += result.documentIds.count
        }
    }

    func text(draftsOnly: Bool) -> String {
        var lines = [
            draftsOnly
                ? "drafts read: \(drafts) (confirm them on the web, 导入会议报道)"
                : "created: \(meetings) meetings with draft plans, \(tasks) tasks, \(documents) documents"
        ]
        lines.append("skipped (imported before): \(skipped)")
        lines.append("failed: \(failures.count)")
        lines += failures.prefix(50).map { "  \($0.path): \($0.reason)" }
        if failures.count > 50 { lines.append("  … and \(failures.count - 50) more") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A one-line progress bar on standard error, redrawn at most ten times a second.
struct TerminalProgress {
    let total: Int
    private var done = 0
    private var lastDraw = Date.distantPast
    private let started = Date()

    init(total: Int) {
        self.total = total
    }

    mutating func advance(failed: Int) {
        done += 1
        guard done == total || Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)  \(failed) failed  \(Int(rate))/s ".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }
}

/// The report files named on the command line, folders read recursively.
enum ReportFiles {
    static let extensions: Set<String> = ["txt", "htm", "html", "docx"]

    static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                throw ValidationError("\(argument): no such file or folder")
            }
            guard isFolder.boolValue else {
                paths.append(argument)
                continue
            }
            let walker = FileManager.default.enumerator(atPath: argument)
            while let relative = walker?.nextObject() as? String {
                if extensions.contains((relative as NSString).pathExtension.lowercased()) {
                    paths.append((argument as NSString).appendingPathComponent(relative))
                }
            }
        }
        return paths.sorted()
    }

    static func bytes(of path: String) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let data = try handle.read(upToCount: ImportCommands.maxBytes + 1) ?? Data()
        guard data.count <= ImportCommands.maxBytes else { throw ExtractError("larger than 10 MB") }
        return [UInt8](data)
    }
}
