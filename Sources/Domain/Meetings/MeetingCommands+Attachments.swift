import FluentKit
import Foundation

extension MeetingCommands {
    /// Adds files to a document (up to ``DocumentAttachment/maxFiles`` in all), inside the
    /// caller's transaction.
    func attach(_ uploads: [AttachmentUpload], to document: OfficialDocument, on tx: any Database,
                audit: AuditTrail) async throws {
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
        try await audit.record(subject(document), action: "document.attach",
                               changes: ["files": AuditChange(before: nil, after: files.map(\.filename).joined(separator: "、"))])
    }

    /// Removes one file from its document.
    public func deleteAttachment(_ id: UUID, by actor: Actor, on db: any Database) async throws -> UUID {
        try MeetingPermissions.require(.manage, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            guard let attachment = try await DocumentAttachment.find(id, on: tx) else { throw DomainError.notFound("找不到这个附件") }
            let document = try await OfficialDocument.require(attachment.$document.id, on: tx)
            try await attachment.delete(on: tx)
            try await audit.record(subject(document), action: "document.detach",
                                   changes: ["files": AuditChange(before: attachment.filename, after: nil)])
            return try document.requireID()
        }
    }
}
