import Domain
import Foundation

/// A meeting report read into a draft, as the import pages show it.
struct ImportRecord: Sendable {
    var id: UUID
    var sourceName: String
    /// The cleaned text the draft was read from.
    var text: String
    var createdAt: Date?
    var createdBy: String
    /// What confirming it created; nil while it is a draft.
    var result: ReportImportResult?

    /// The most files one batch takes.
    static let maxBatchFiles = ImportBatch.maxFiles
}

extension ImportRecord {
    init(_ record: ReportImport) {
        self.init(
            id: record.id!, sourceName: record.sourceName, text: record.text, createdAt: record.createdAt,
            createdBy: record.createdBy, result: record.status == .confirmed ? record.result : nil)
    }
}
