import Domain
import Vapor

/// Imports uploaded report files one after another in the background, recording each file's
/// result on its batch so the batch's page and the API show the progress while it runs.
enum ImportBatchRunner {
    /// A file as uploaded.
    struct File: Sendable {
        let name: String
        let bytes: [UInt8]
    }

    /// Records the batch and starts reading its files; returns at once.
    static func start(_ files: [File], draftsOnly: Bool, by actor: Actor, app: Application) async throws -> ImportBatch {
        let services = app.tongxin
        let batch = try await ImportBatchCommands(clock: services.clock).begin(filenames: files.map(\.name), draftsOnly: draftsOnly,
                                                                                by: actor, on: app.db)
        Task { await run(files, batch: batch, draftsOnly: draftsOnly, actor: actor, app: app) }
        return batch
    }

    private static func run(_ files: [File], batch: ImportBatch, draftsOnly: Bool, actor: Actor, app: Application) async {
        let services = app.tongxin
        let commands = ImportBatchCommands(clock: services.clock)
        for file in files {
            let outcome: Result<ReportOutcome, any Error>
            do {
                // Each report in its own transaction, as `tongxin import` does.
                outcome = .success(try await services.imports.importReport(bytes: file.bytes, filename: file.name, hostUnit: nil,
                                                                           draftsOnly: draftsOnly, by: actor, on: app.db))
            } catch {
                outcome = .failure(error)
            }
            services.versions.invalidate()  // the new meetings and plans show at once
            do {
                try await commands.record(outcome, file: file.name, in: batch, on: app.db)
            } catch {
                app.logger.error("import batch \(batch.id?.uuidString ?? "?") stopped: \(String(reflecting: error))")
                return
            }
        }
    }
}

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
    let createdAt: Date
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
        createdAt = batch.createdAt
        finishedAt = batch.finishedAt
    }
}

extension ImportBatch.Item: Content {}
