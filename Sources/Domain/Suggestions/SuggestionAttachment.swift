import FluentKit
import Foundation

/// A file sent with a suggestion: a survey, photographs, a fuller report.
public final class SuggestionAttachment: Model, @unchecked Sendable {
    public static let schema = "suggestion_attachments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "suggestion_id") public var suggestion: Suggestion
    @Field(key: "filename") public var filename: String
    @Field(key: "size") public var size: Int
    @Field(key: "data") public var data: Data
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $suggestion, $filename, $size, $data, $createdAt] }

    /// The most files a suggestion keeps.
    public static let maxFiles = 5

    /// The file with its bytes, for whoever may see its suggestion (404 for anyone else).
    public static func readable(_ id: UUID, by actor: Actor, on db: any Database) async throws -> SuggestionAttachment {
        guard let attachment = try await SuggestionAttachment.find(id, on: db) else {
            throw DomainError.notFound("找不到这个附件")
        }
        _ = try await SuggestionAccess.readable(attachment.$suggestion.id, by: actor, on: db)
        return attachment
    }

    /// Names and sizes of a suggestion's files (never their bytes), oldest first.
    public static func infos(of suggestionID: UUID, on db: any Database) async throws -> [AttachmentInfo] {
        try await SuggestionAttachment.query(on: db).filter(\.$suggestion.$id == suggestionID)
            .field(\.$id).field(\.$suggestion.$id).field(\.$filename).field(\.$size).field(\.$createdAt).sort(
                \.$createdAt
            ).all()
            .map { AttachmentInfo(id: $0.id!, filename: $0.filename, size: $0.size) }
    }
}
extension SuggestionAttachment: StoredFile {}
