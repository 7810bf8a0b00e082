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
        [
            $id, $status, $draftsOnly, $total, $filesText, $resultsJSON, $createdBy, $createdAt, $finishedAt,
            $progressedAt,
        ]
    }

    /// The files in upload order.
    public var filenames: [String] {
        filesText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
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
        try ImportPermissions.require(.importReports, actor: actor)
        guard let batch = try await ImportBatch.find(id, on: db) else { throw DomainError.notFound("找不到这次批量导入") }
        return batch
    }

    /// The latest batches, newest first.
    public static func recent(for actor: Actor, limit: Int = 10, on db: any Database) async throws -> [ImportBatch] {
        try ImportPermissions.require(.importReports, actor: actor)
        return try await ImportBatch.query(on: db).sort(\.$createdAt, .descending).limit(limit).all()
    }
}

/// A batch's state and one file's result, as pages and the API name them without the model.
public typealias ImportBatchStatus = ImportBatch.Status
public typealias ImportBatchItem = ImportBatch.Item
