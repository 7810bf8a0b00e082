import FluentKit
import Foundation

/// A meeting report read into a draft, waiting for a person to check it; confirming it
/// creates the meeting, its documents and a draft plan, once.
public final class ReportImport: Model, @unchecked Sendable {
    public static let schema = "report_imports"

    public enum Status: String, Codable, Sendable {
        case draft, confirmed
    }

    /// What confirming created.
    public struct Result: Codable, Sendable, Equatable {
        public let meetingId: UUID
        public let planId: UUID
        public let taskIds: [UUID]
        public let documentIds: [UUID]
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "status") public var status: Status
    /// The file's name, or “粘贴的文本”.
    @Field(key: "source_name") public var sourceName: String
    /// SHA-256 of the bytes read: the same report is imported once.
    @Field(key: "content_hash") public var contentHash: String
    /// The cleaned text the draft was read from (Simplified), a paragraph per line.
    @Field(key: "text") public var text: String
    /// The reader's draft as JSON (``ImportDraft``).
    @Field(key: "draft") public var draftJSON: String
    @OptionalField(key: "result") public var resultJSON: String?
    @Field(key: "created_by") public var createdBy: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "confirmed_at") public var confirmedAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $status, $sourceName, $contentHash, $text, $draftJSON, $resultJSON, $createdBy, $createdAt, $confirmedAt]
    }

    init(sourceName: String, contentHash: String, text: String, draft: ImportDraft, createdBy: String, at: Date) throws
    {
        status = .draft
        self.sourceName = sourceName
        self.contentHash = contentHash
        self.text = text
        draftJSON = try ImportDraft.encode(draft)
        self.createdBy = createdBy
        createdAt = at
    }

    /// The draft as read (or as last saved).
    public var draft: ImportDraft {
        get throws { try ImportDraft.decode(draftJSON) }
    }

    /// What confirming created; nil while the import is a draft.
    public var result: Result? {
        resultJSON.flatMap { try? JSONDecoder().decode(Result.self, from: Data($0.utf8)) }
    }

    /// The import with this id, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> ReportImport {
        guard let found = try await ReportImport.find(id, on: db) else { throw DomainError.notFound("找不到这次导入") }
        return found
    }
}

/// What confirming a report created, as pages name it without the model.
public typealias ReportImportResult = ReportImport.Result
