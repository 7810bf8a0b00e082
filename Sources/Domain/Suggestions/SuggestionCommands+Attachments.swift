import FluentKit
import Foundation

/// Files of a suggestion: added while it is a draft, by whoever may change the draft.
extension SuggestionCommands {
    /// Adds files to a draft (up to ``SuggestionAttachment/maxFiles`` in all).
    public func attach(_ uploads: [AttachmentUpload], to id: UUID, by actor: Actor, on db: any Database) async throws -> Suggestion {
        try await db.transaction { tx in
            try await DataVersion.bump(.work, on: tx)  // first: see DataVersion on lock order
            let suggestion = try await Suggestion.require(id, on: tx)
            try await requireAuthor(suggestion, actor, on: tx)
            guard suggestion.status == .draft else { throw DomainError.conflict("已提交的建言不能再添加附件") }
            try await addFiles(uploads, to: suggestion, by: actor, on: tx)
            return suggestion
        }
    }

    /// Removes a file from a draft; returns the suggestion's id.
    public func detach(_ fileID: UUID, by actor: Actor, on db: any Database) async throws -> UUID {
        guard let file = try await SuggestionAttachment.find(fileID, on: db) else { throw DomainError.notFound("找不到这个附件") }
        let filename = file.filename
        let suggestion = try await change(file.$suggestion.id, "suggestion.detach", by: actor,
                                          noting: ["files": AuditChange(before: filename, after: nil)], on: db) { suggestion, tx in
            try await requireAuthor(suggestion, actor, on: tx)
            guard suggestion.status == .draft else { throw DomainError.conflict("已提交的建言不能再删除附件") }
            try await SuggestionAttachment.query(on: tx).filter(\.$id == fileID).delete()
        }
        return try suggestion.requireID()
    }

    /// Checks and stores files inside the caller's transaction, and audits them.
    func addFiles(_ uploads: [AttachmentUpload], to suggestion: Suggestion, by actor: Actor, on tx: any Database) async throws {
        guard !uploads.isEmpty else { return }
        let suggestionID = try suggestion.requireID()
        let existing = try await SuggestionAttachment.query(on: tx).filter(\.$suggestion.$id == suggestionID).count()
        let files = try AttachmentRules.check(uploads, alreadyAttached: existing, maxFiles: SuggestionAttachment.maxFiles, owner: "每条建言")
        for file in files {
            let attachment = SuggestionAttachment()
            attachment.$suggestion.id = suggestionID
            attachment.filename = file.filename
            attachment.size = file.bytes.count
            attachment.data = file.bytes
            attachment.createdAt = clock.now
            try await attachment.create(on: tx)
        }
        try await audit.record(AuditSubject(type: "suggestion", id: suggestionID, label: suggestion.title), actor: actor,
                               action: "suggestion.attach", changes: ["files": AuditChange(before: nil, after: files.map(\.filename).joined(separator: "、"))],
                               on: tx)
    }
}
