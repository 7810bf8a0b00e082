import FluentKit
import Foundation

/// A stored file: reports', documents' and suggestions' attachments share this shape and
/// differ only in what they belong to.
protocol StoredFile: Model where IDValue == UUID {
    init()
    var filename: String { get set }
    var size: Int { get set }
    var data: Data { get set }
    var createdAt: Date { get set }
}

/// The one place uploads are checked and stored, inside the caller's write.
enum AttachmentStore {
    /// Checks `uploads` (see ``AttachmentRules``) against `maxFiles` with `alreadyAttached`
    /// files kept, and stores each as a row that `owned` ties to its owner. Returns the files
    /// stored, cleaned, for the audit entry. `owner` names the owner in the message about
    /// too many files (“每份报告”).
    static func store<File: StoredFile>(
        _ uploads: [AttachmentUpload], alreadyAttached: Int, maxFiles: Int, owner: String, at now: Date,
        on tx: any Database, owned: () -> File
    ) async throws -> [AttachmentUpload] {
        let files = try AttachmentRules.check(
            uploads, alreadyAttached: alreadyAttached, maxFiles: maxFiles, owner: owner)
        let rows = files.map { file in
            let row = owned()
            row.filename = file.filename
            row.size = file.bytes.count
            row.data = file.bytes
            row.createdAt = now
            return row
        }
        // One row at a time: each may hold 5 MB, and a multi-row insert would bind them all at once.
        for row in rows { try await row.create(on: tx) }
        return files
    }

    /// The files' names as an audit entry shows them.
    static func names(_ files: [AttachmentUpload]) -> String {
        files.map(\.filename).joined(separator: "、")
    }
}
