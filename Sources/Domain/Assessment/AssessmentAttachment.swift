import FluentKit
import Foundation

/// A file a unit gives as evidence (佐证材料) for one indicator of its scorecard.
public final class AssessmentAttachment: Model, StoredFile, @unchecked Sendable {
    public static let schema = "assessment_attachments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "entry_id") public var entry: AssessmentEntry
    @Field(key: "filename") public var filename: String
    @Field(key: "size") public var size: Int
    @Field(key: "data") public var data: Data
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $entry, $filename, $size, $data, $createdAt] }

    /// The most files one indicator keeps.
    public static let maxFiles = 5

    /// The file with its bytes, for whoever may read its scorecard (403 for anyone else).
    public static func readable(_ id: UUID, by actor: Actor, on db: any Database) async throws -> AssessmentAttachment {
        guard let file = try await AssessmentAttachment.find(id, on: db) else { throw DomainError.notFound("找不到这个附件") }
        let entry = try await AssessmentEntry.require(file.$entry.id, on: db)
        _ = try await Scorecard.readableCard(entry.$card.id, by: actor, on: db)
        return file
    }

    /// Names and sizes of the entries' files (never their bytes), by entry, oldest first.
    public static func infos(of entryIDs: [UUID], on db: any Database) async throws -> [UUID: [AttachmentInfo]] {
        guard !entryIDs.isEmpty else { return [:] }
        let files = try await AssessmentAttachment.query(on: db).filter(\.$entry.$id ~~ entryIDs)
            .field(\.$id).field(\.$entry.$id).field(\.$filename).field(\.$size).field(\.$createdAt).sort(\.$createdAt)
            .all()
        return Dictionary(grouping: files, by: { $0.$entry.id }).mapValues {
            $0.map { AttachmentInfo(id: $0.id!, filename: $0.filename, size: $0.size) }
        }
    }
}
