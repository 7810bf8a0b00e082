import Domain
import Vapor

/// The multipart upload of many report files (`files[]`, and `draftsOnly` = 1).
struct ImportBatchForm: Content {
    var files: [Vapor.File]?
    var draftsOnly: String?

    var uploads: [ImportBatchRunner.File] {
        (files ?? []).attachmentUploads.map { ImportBatchRunner.File(name: $0.filename, bytes: [UInt8]($0.bytes)) }
    }

    var onlyDrafts: Bool { draftsOnly == "1" || draftsOnly == "true" }
}

/// A batch in the API: its progress and each file's result.
struct ImportBatchDTO: Content {
    let id: UUID
    let status: ImportBatch.Status
    let statusLabel: String
    let draftsOnly: Bool
    let total: Int
    let done: Int
    let created: Int
    let drafted: Int
    let skipped: Int
    let failed: Int
    let items: [ImportBatch.Item]
    /// The files not read yet, in the order they will be.
    let waiting: [String]
    let createdAt: Date
    /// Who uploaded the files.
    let createdBy: String
    let finishedAt: Date?

    init(_ batch: ImportBatch, now: Date) {
        let items = batch.items
        id = batch.id!
        status = batch.status(at: now)
        statusLabel = status.label
        draftsOnly = batch.draftsOnly
        total = batch.total
        done = items.count
        created = items.filter { $0.outcome == .created }.count
        drafted = items.filter { $0.outcome == .drafted }.count
        skipped = items.filter { $0.outcome == .skipped }.count
        failed = items.filter { $0.outcome == .failed }.count
        self.items = items
        waiting = status == .running ? Array(batch.filenames.dropFirst(items.count)) : []
        createdAt = batch.createdAt
        createdBy = batch.createdBy
        finishedAt = batch.finishedAt
    }
}

extension ImportBatch.Item: Content {}
