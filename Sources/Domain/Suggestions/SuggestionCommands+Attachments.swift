import FluentKit
import Foundation

/// Files of a suggestion: sent with the draft (``create`` and ``update``) and removed while it
/// is a draft, by whoever may change the draft.
extension SuggestionCommands {
    /// Removes a file from a draft; returns the suggestion's id.
    /// 404 for anyone who may not see the suggestion.
    public func detach(_ fileID: UUID, by actor: Actor, on db: any Database) async throws -> UUID {
        // Without the bytes: only its name and suggestion are needed.
        guard
            let file = try await SuggestionAttachment.query(on: db).filter(\.$id == fileID)
                .field(\.$id).field(\.$suggestion.$id).field(\.$filename).first()
        else { throw DomainError.notFound("找不到这个附件") }
        _ = try await SuggestionAccess.readable(file.$suggestion.id, by: actor, on: db)
        let filename = file.filename
        let suggestion = try await change(
            file.$suggestion.id, "suggestion.detach", by: actor,
            noting: ["files": AuditChange(before: filename, after: nil)], on: db
        ) { suggestion, tx, audit in
            try await requireAuthor(suggestion, actor, on: tx)
            guard suggestion.status == .draft else { throw DomainError.conflict("已提交的建言不能再删除附件") }
            try await SuggestionAttachment.query(on: tx).filter(\.$id == fileID).delete()
        }
        return try suggestion.requireID()
    }

    /// Checks and stores files inside the caller's transaction, and audits them.
    func addFiles(_ uploads: [AttachmentUpload], to suggestion: Suggestion, audit: AuditTrail) async throws {
        let suggestionID = try suggestion.requireID()
        try await AttachmentStore.attach(
            uploads, besides: SuggestionAttachment.query(on: audit.db).filter(\.$suggestion.$id == suggestionID),
            maxFiles: SuggestionAttachment.maxFiles, owner: "每条建言",
            to: AuditSubject(type: "suggestion", id: suggestionID, label: suggestion.title), as: "suggestion.attach",
            audit: audit
        ) {
            let attachment = SuggestionAttachment()
            attachment.$suggestion.id = suggestionID
            return attachment
        }
    }
}
