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
    /// Checks `uploads` (see ``AttachmentRules``) against `maxFiles`, counting the files the
    /// owner keeps (`kept`; nil for an owner written in this same write, which keeps none), and
    /// stores each as a row that `owned` ties to its owner. Returns the files stored, cleaned.
    /// `owner` names the owner in the message about too many files (“每份报告”).
    static func store<File: StoredFile>(
        _ uploads: [AttachmentUpload], besides kept: QueryBuilder<File>?, maxFiles: Int, owner: String, at now: Date,
        on tx: any Database, owned: () -> File
    ) async throws -> [AttachmentUpload] {
        // Most writes carry no file: then nothing is counted.
        guard !uploads.isEmpty else { return [] }
        let files = try AttachmentRules.check(
            uploads, alreadyAttached: try await kept?.count() ?? 0, maxFiles: maxFiles, owner: owner)
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

    /// Stores `uploads` as ``store(_:besides:maxFiles:owner:at:on:owned:)`` does and records
    /// them on `subject` as `action` in the write's audit trail; nothing when none came.
    static func attach<File: StoredFile>(
        _ uploads: [AttachmentUpload], besides kept: QueryBuilder<File>, maxFiles: Int, owner: String,
        to subject: AuditSubject, as action: String, audit: AuditTrail, owned: () -> File
    ) async throws {
        guard !uploads.isEmpty else { return }
        let files = try await store(
            uploads, besides: kept, maxFiles: maxFiles, owner: owner, at: audit.now, on: audit.db, owned: owned)
        try await audit.record(subject, action: action, changes: added(files))
    }

    /// The audit entry's change for files added.
    static func added(_ files: [AttachmentUpload]) -> [String: AuditChange] {
        ["files": AuditChange(before: nil, after: files.map(\.filename).joined(separator: "、"))]
    }
}
