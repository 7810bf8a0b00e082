import Foundation

/// The development corpus beside the repository (test data only, never special-cased).
enum Corpus {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")

    /// Each report's name and bytes.
    static func reports() throws -> [(name: String, bytes: [UInt8])] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        return try files.map { ($0, [UInt8](try Data(contentsOf: directory.appendingPathComponent($0)))) }
    }
}
