import FluentKit
import Foundation

/// A file of a document: the signed PDF, its appendices (附件1, 附件2), a scan.
public final class DocumentAttachment: Model, @unchecked Sendable {
    public static let schema = "document_attachments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "document_id") public var document: OfficialDocument
    @Field(key: "filename") public var filename: String
    @Field(key: "size") public var size: Int
    @Field(key: "data") public var data: Data
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $document, $filename, $size, $data, $createdAt] }

    /// The most files a document keeps.
    public static let maxFiles = 10

    /// The attachment with its bytes, for whoever may read documents.
    public static func readable(_ id: UUID, by actor: Actor, on db: any Database) async throws -> DocumentAttachment {
        try DocumentPermissions.require(.read, actor: actor)
        guard let attachment = try await DocumentAttachment.find(id, on: db) else {
            throw DomainError.notFound("找不到这个附件")
        }
        return attachment
    }

    /// Names and sizes of a document's files (never their bytes), oldest first.
    public static func infos(of documentID: UUID, on db: any Database) async throws -> [AttachmentInfo] {
        try await DocumentAttachment.query(on: db).filter(\.$document.$id == documentID)
            .field(\.$id).field(\.$document.$id).field(\.$filename).field(\.$size).field(\.$createdAt).sort(
                \.$createdAt
            ).all()
            .map { AttachmentInfo(id: $0.id!, filename: $0.filename, size: $0.size) }
    }
}
extension DocumentAttachment: StoredFile {}
