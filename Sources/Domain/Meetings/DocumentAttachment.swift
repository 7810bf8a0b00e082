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
        try MeetingPermissions.require(.read, actor: actor)
        guard let attachment = try await DocumentAttachment.find(id, on: db) else { throw DomainError.notFound("找不到这个附件") }
        return attachment
    }

    /// Names and sizes of a document's files (never their bytes), oldest first.
    public static func infos(of documentID: UUID, on db: any Database) async throws -> [AttachmentInfo] {
        try await DocumentAttachment.query(on: db).filter(\.$document.$id == documentID)
            .field(\.$id).field(\.$document.$id).field(\.$filename).field(\.$size).field(\.$createdAt).sort(\.$createdAt).all()
            .map { AttachmentInfo(id: $0.id!, filename: $0.filename, size: $0.size) }
    }
}

extension MeetingCommands {
    /// Adds files to a document (up to ``DocumentAttachment/maxFiles`` in all), inside the
    /// caller's transaction.
    func attach(_ uploads: [AttachmentUpload], to document: OfficialDocument, by actor: Actor, on tx: any Database) async throws {
        guard !uploads.isEmpty else { return }
        let documentID = try document.requireID()
        let existing = try await DocumentAttachment.query(on: tx).filter(\.$document.$id == documentID).count()
        let files = try AttachmentRules.check(uploads, alreadyAttached: existing, maxFiles: DocumentAttachment.maxFiles, owner: "每份文件")
        for file in files {
            let attachment = DocumentAttachment()
            attachment.$document.id = documentID
            attachment.filename = file.filename
            attachment.size = file.bytes.count
            attachment.data = file.bytes
            attachment.createdAt = audit.now
            try await attachment.create(on: tx)
        }
        try await audit.record(subject(document), actor: actor, action: "document.attach",
                               changes: ["files": AuditChange(before: nil, after: files.map(\.filename).joined(separator: "、"))], on: tx)
    }

    /// Removes one file from its document.
    public func deleteAttachment(_ id: UUID, by actor: Actor, on db: any Database) async throws -> UUID {
        try MeetingPermissions.require(.manage, actor: actor)
        return try await db.transaction { tx in
            try await DataVersion.bump(.work, on: tx)  // first: see DataVersion on lock order
            guard let attachment = try await DocumentAttachment.find(id, on: tx) else { throw DomainError.notFound("找不到这个附件") }
            let document = try await OfficialDocument.require(attachment.$document.id, on: tx)
            try await attachment.delete(on: tx)
            try await audit.record(subject(document), actor: actor, action: "document.detach",
                                   changes: ["files": AuditChange(before: attachment.filename, after: nil)], on: tx)
            return try document.requireID()
        }
    }
}

/// The attachments table.
struct CreateDocumentAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DocumentAttachment.schema)
            .id()
            .field("document_id", .uuid, .required, .references(OfficialDocument.schema, "id"))
            .field("filename", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DocumentAttachment.schema).delete()
    }
}
