import Domain
import NIOConcurrencyHelpers
import Vapor

/// Imports uploaded report files one after another in the background, recording each file's
/// result on its batch so the batch's page and the API show the progress while it runs. At
/// shutdown it stops every batch between two files, marks it interrupted and waits for it.
final class ImportBatchRunner: LifecycleHandler, @unchecked Sendable {
    /// A file as uploaded.
    struct File: Sendable {
        let name: String
        let bytes: [UInt8]
    }

    private let lock = NIOLock()
    private var running: [UUID: Task<Void, Never>] = [:]

    /// Records the batch and starts reading its files; returns at once.
    func start(_ files: [File], draftsOnly: Bool, by actor: Actor, app: Application) async throws -> ImportBatch {
        let batch = try await ImportBatchCommands(clock: app.tongxin.clock).begin(
            filenames: files.map(\.name), draftsOnly: draftsOnly,
            by: actor, on: app.db)
        let id = try batch.requireID()
        lock.withLock {
            running[id] = Task {
                await Self.run(files, batchID: id, draftsOnly: draftsOnly, actor: actor, app: app)
                self.lock.withLock { _ = self.running.removeValue(forKey: id) }
            }
        }
        return batch
    }

    func shutdownAsync(_ application: Application) async {
        let tasks = lock.withLock { Array(running.values) }
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }

    private static func run(_ files: [File], batchID: UUID, draftsOnly: Bool, actor: Actor, app: Application) async {
        let services = app.tongxin
        let commands = ImportBatchCommands(clock: services.clock)
        do {
            // Its own copy: the request that started the batch still holds the one it made.
            guard let batch = try await ImportBatch.find(batchID, on: app.db) else { return }
            for file in files {
                guard !Task.isCancelled else { return try await commands.interrupt(batch, on: app.db) }
                let outcome: Result<ReportOutcome, any Error>
                do {
                    // Each report in its own transaction, as `tongxin import` does.
                    outcome = .success(
                        try await services.imports.importReport(
                            bytes: file.bytes, filename: file.name, hostUnit: nil,
                            draftsOnly: draftsOnly, by: actor, on: app.db))
                } catch {
                    outcome = .failure(error)
                }
                services.versions.invalidate()  // the new meetings and plans show at once
                try await commands.record(outcome, file: file.name, in: batch, on: app.db)
            }
        } catch {
            app.logger.error("import batch \(batchID) stopped: \(String(reflecting: error))")
        }
    }
}
