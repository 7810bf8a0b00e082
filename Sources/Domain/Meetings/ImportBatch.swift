import FluentKit
import Foundation

/// Many report files uploaded at once and imported in the background: its progress, and what
/// became of each file.
public final class ImportBatch: Model, @unchecked Sendable {
    public static let schema = "import_batches"

    public enum Status: String, Codable, Sendable {
        /// Files are still being read.
        case running
        /// Every file was read (some may have failed).
        case finished
        /// The server stopped before the end (no progress for ``ImportBatch/stallSeconds``);
        /// the files read stay imported.
        case interrupted

        public var label: String {
            switch self {
            case .running: "导入中"
            case .finished: "已完成"
            case .interrupted: "已中断"
            }
        }
    }

    /// One file's result.
    public struct Item: Codable, Sendable, Equatable {
        public enum Outcome: String, Codable, Sendable {
            case created, drafted, skipped, failed
        }

        public let file: String
        public let outcome: Outcome
        /// Why a file failed.
        public let message: String?
        public let importId: UUID?
        public let meetingId: UUID?
        public let planId: UUID?
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "status") public var status: Status
    @Field(key: "drafts_only") public var draftsOnly: Bool
    @Field(key: "total") public var total: Int
    /// The file names in upload order, joined by newlines.
    @Field(key: "files") public var filesText: String
    /// The results so far as JSON (``Item``s, in the order read).
    @Field(key: "results") public var resultsJSON: String
    @Field(key: "created_by") public var createdBy: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "finished_at") public var finishedAt: Date?
    /// When the last file was read (or the batch began).
    @Field(key: "progressed_at") public var progressedAt: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $status, $draftsOnly, $total, $filesText, $resultsJSON, $createdBy, $createdAt, $finishedAt, $progressedAt]
    }

    /// The results so far.
    public var items: [Item] {
        (try? JSONDecoder().decode([Item].self, from: Data(resultsJSON.utf8))) ?? []
    }

    /// The most files one upload takes.
    public static let maxFiles = 200
    /// A report takes milliseconds to read; a batch this long without progress was stopped
    /// with its server.
    public static let stallSeconds: TimeInterval = 600

    /// The status as of `now`: a running batch that stopped progressing was interrupted.
    public func status(at now: Date) -> Status {
        status == .running && now.timeIntervalSince(progressedAt) > Self.stallSeconds ? .interrupted : status
    }

    /// One batch, for whoever may import.
    public static func load(_ id: UUID, for actor: Actor, on db: any Database) async throws -> ImportBatch {
        try MeetingPermissions.require(.importReports, actor: actor)
        guard let batch = try await ImportBatch.find(id, on: db) else { throw DomainError.notFound("找不到这次批量导入") }
        return batch
    }

    /// The latest batches, newest first.
    public static func recent(for actor: Actor, limit: Int = 10, on db: any Database) async throws -> [ImportBatch] {
        try MeetingPermissions.require(.importReports, actor: actor)
        return try await ImportBatch.query(on: db).sort(\.$createdAt, .descending).limit(limit).all()
    }
}

/// Starting a batch, recording each file's result, and closing it.
public struct ImportBatchCommands: Sendable {
    private let clock: AppClock
    private let audit: AuditLog

    public init(clock: AppClock) {
        self.clock = clock
        audit = AuditLog(clock: clock)
    }

    /// Records a new batch of `filenames`, before any file is read.
    public func begin(filenames: [String], draftsOnly: Bool, by actor: Actor, on db: any Database) async throws -> ImportBatch {
        try MeetingPermissions.require(.importReports, actor: actor)
        guard !filenames.isEmpty else { throw DomainError.invalid("files", "请选择要导入的报道文件") }
        guard filenames.count <= ImportBatch.maxFiles else {
            throw DomainError.invalid("files", "一次最多导入\(ImportBatch.maxFiles)个文件，请分批上传")
        }
        let batch = ImportBatch()
        batch.status = .running
        batch.draftsOnly = draftsOnly
        batch.total = filenames.count
        batch.filesText = filenames.joined(separator: "\n")
        batch.resultsJSON = "[]"
        batch.createdBy = actor.username
        batch.createdAt = clock.now
        batch.progressedAt = clock.now
        try await db.transaction { tx in
            try await batch.create(on: tx)
            try await audit.record(AuditSubject(type: "import_batch", id: batch.id, label: "\(filenames.count) 个文件"), actor: actor,
                                   action: "import.batch", changes: ["files": AuditChange(before: nil, after: String(filenames.count))],
                                   on: tx)
        }
        return batch
    }

    /// Adds one file's result; the batch finishes with its last file.
    public func record(_ outcome: Result<ReportOutcome, any Error>, file: String, in batch: ImportBatch,
                       on db: any Database) async throws {
        var items = batch.items
        switch outcome {
        case .success(.confirmed(let importID, let result)):
            items.append(.init(file: file, outcome: .created, message: nil, importId: importID, meetingId: result.meetingId,
                               planId: result.planId))
        case .success(.drafted(let importID)):
            items.append(.init(file: file, outcome: .drafted, message: nil, importId: importID, meetingId: nil, planId: nil))
        case .success(.skipped(let importID)):
            items.append(.init(file: file, outcome: .skipped, message: nil, importId: importID, meetingId: nil, planId: nil))
        case .failure(let error):
            items.append(.init(file: file, outcome: .failed, message: ImportCommands.reason(error), importId: nil, meetingId: nil,
                               planId: nil))
        }
        batch.resultsJSON = String(decoding: try JSONEncoder().encode(items), as: UTF8.self)
        batch.progressedAt = clock.now
        if items.count >= batch.total {
            batch.status = .finished
            batch.finishedAt = clock.now
        }
        try await batch.save(on: db)
    }
}

/// The batches table.
struct CreateImportBatches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ImportBatch.schema)
            .id()
            .field("status", .string, .required)
            .field("drafts_only", .bool, .required)
            .field("total", .int, .required)
            .field("files", .string, .required)
            .field("results", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("finished_at", .datetime)
            .field("progressed_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImportBatch.schema).delete()
    }
}
