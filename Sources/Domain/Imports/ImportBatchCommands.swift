import FluentKit
import Foundation

/// Starting a batch, recording each file's result, and closing it.
public struct ImportBatchCommands: Sendable {
    private let clock: AppClock
    private let write: DomainWrite

    public init(clock: AppClock) {
        self.clock = clock
        write = DomainWrite(clock: clock)
    }

    /// Records a new batch of `filenames`, before any file is read.
    public func begin(filenames: [String], draftsOnly: Bool, by actor: Actor, on db: any Database) async throws
        -> ImportBatch
    {
        try ImportPermissions.require(.importReports, actor: actor)
        guard !filenames.isEmpty else { throw DomainError.invalid("files", "请选择要导入的报道文件") }
        guard filenames.count <= ImportBatch.maxFiles else {
            throw DomainError.invalid("files", "一次最多导入\(ImportBatch.maxFiles)个文件，请分批上传")
        }
        let batch = ImportBatch()
        batch.status = .running
        batch.draftsOnly = draftsOnly
        batch.total = filenames.count
        // One name a line: a line break inside a name (possible in a multipart upload) becomes a space.
        batch.filesText = filenames.map {
            $0.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        .joined(separator: "\n")
        batch.resultsJSON = "[]"
        batch.createdBy = actor.username
        batch.createdAt = clock.now
        batch.progressedAt = clock.now
        try await write.perform(by: actor, on: db) { tx, audit in
            try await batch.create(on: tx)
            try await audit.record(
                AuditSubject(type: "import_batch", id: batch.id, label: "\(filenames.count) 个文件"),
                action: "import.batch", changes: ["files": AuditChange(before: nil, after: String(filenames.count))])
        }
        return batch
    }

    /// Adds one file's result; the batch finishes with its last file.
    public func record(
        _ outcome: Result<ReportOutcome, any Error>, file: String, in batch: ImportBatch,
        on db: any Database
    ) async throws {
        var items = batch.items
        switch outcome {
        case .success(.confirmed(let importID, let result)):
            items.append(
                .init(
                    file: file, outcome: .created, message: nil, importId: importID, meetingId: result.meetingId,
                    planId: result.planId))
        case .success(.drafted(let importID)):
            items.append(
                .init(file: file, outcome: .drafted, message: nil, importId: importID, meetingId: nil, planId: nil))
        case .success(.skipped(let importID)):
            items.append(
                .init(file: file, outcome: .skipped, message: nil, importId: importID, meetingId: nil, planId: nil))
        case .failure(let error):
            items.append(
                .init(
                    file: file, outcome: .failed, message: ImportCommands.reason(error), importId: nil, meetingId: nil,
                    planId: nil))
        }
        batch.resultsJSON = String(decoding: try JSONEncoder().encode(items), as: UTF8.self)
        batch.progressedAt = clock.now
        if items.count >= batch.total {
            batch.status = .finished
            batch.finishedAt = clock.now
        }
        try await write.perform(by: .system, on: db) { tx, _ in try await batch.save(on: tx) }
    }

    /// Stops a batch before its end (the server is shutting down); the files read stay imported.
    public func interrupt(_ batch: ImportBatch, on db: any Database) async throws {
        batch.status = .interrupted
        batch.finishedAt = clock.now
        try await write.perform(by: .system, on: db) { tx, _ in try await batch.save(on: tx) }
    }
}
