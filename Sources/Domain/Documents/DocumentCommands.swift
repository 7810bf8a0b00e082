import FluentKit
import Foundation

/// Every write to documents and their files: validate, authorise, change rows and audit in
/// one write (see ``DomainWrite``).
public struct DocumentCommands: Sendable {
    let write: DomainWrite
    let clock: AppClock

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
        self.clock = clock
    }

    /// Records a document with its files.
    public func create(
        _ input: DocumentInput, attachments: [AttachmentUpload] = [], by actor: Actor,
        on db: any Database
    ) async throws -> OfficialDocument {
        try DocumentPermissions.require(.manage, actor: actor)
        let fields = try MeetingRules.checked(input)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            try await requireLinks(fields, on: tx)
            let document = OfficialDocument(fields)
            try await document.create(on: tx)
            try await audit.record(
                Self.subject(document), action: "document.create",
                changes: AuditLog.diff(before: nil, after: document.auditSnapshot))
            try await attach(attachments, to: document, audit: audit)
            return document
        }
    }

    /// Changes a document; `attachments` are added to its files.
    public func update(
        _ id: UUID, _ input: DocumentInput, attachments: [AttachmentUpload] = [], by actor: Actor,
        on db: any Database
    ) async throws -> OfficialDocument {
        try DocumentPermissions.require(.manage, actor: actor)
        let fields = try MeetingRules.checked(input)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let document = try await OfficialDocument.require(id, on: tx)
            try await requireLinks(fields, on: tx)
            let before = document.auditSnapshot
            document.apply(fields)
            try await document.save(on: tx)
            try await audit.record(
                Self.subject(document), action: "document.update",
                changes: AuditLog.diff(before: before, after: document.auditSnapshot))
            try await attach(attachments, to: document, audit: audit)
            return document
        }
    }

    /// Deletes a document no task cites, with its files.
    public func delete(_ id: UUID, by actor: Actor, on db: any Database) async throws {
        try DocumentPermissions.require(.manage, actor: actor)
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let document = try await OfficialDocument.require(id, on: tx)
            if try await WorkTask.query(on: tx).filter(\.$sourceDocument.$id == id).count() > 0 {
                throw DomainError.conflict("有任务以这份文件为依据，不能删除")
            }
            try await DocumentAttachment.query(on: tx).filter(\.$document.$id == id).delete()
            try await document.delete(on: tx)
            try await audit.record(
                Self.subject(document), action: "document.delete",
                changes: AuditLog.diff(before: document.auditSnapshot, after: nil))
        }
    }

    /// Removes one file from its document; returns the document's id.
    public func deleteAttachment(_ id: UUID, by actor: Actor, on db: any Database) async throws -> UUID {
        try DocumentPermissions.require(.manage, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            guard let attachment = try await DocumentAttachment.find(id, on: tx) else {
                throw DomainError.notFound("找不到这个附件")
            }
            let document = try await OfficialDocument.require(attachment.$document.id, on: tx)
            try await attachment.delete(on: tx)
            try await audit.record(
                Self.subject(document), action: "document.detach",
                changes: ["files": AuditChange(before: attachment.filename, after: nil)])
            return try document.requireID()
        }
    }

    /// How the audit log names a document.
    static func subject(_ document: OfficialDocument) -> AuditSubject {
        AuditSubject(type: "document", id: document.id, label: document.title)
    }

    /// Adds files to a document (up to ``DocumentAttachment/maxFiles`` in all).
    private func attach(_ uploads: [AttachmentUpload], to document: OfficialDocument, audit: AuditTrail) async throws {
        let documentID = try document.requireID()
        try await AttachmentStore.attach(
            uploads, besides: DocumentAttachment.query(on: audit.db).filter(\.$document.$id == documentID),
            maxFiles: DocumentAttachment.maxFiles, owner: "每份文件", to: Self.subject(document), as: "document.attach",
            audit: audit
        ) {
            let attachment = DocumentAttachment()
            attachment.$document.id = documentID
            return attachment
        }
    }

    private func requireLinks(_ fields: DocumentFields, on db: any Database) async throws {
        try await OrgUnit.requireExisting([fields.issuingUnitID], on: db)
        if let meetingID = fields.meetingID { _ = try await Meeting.require(meetingID, on: db) }
        if let planID = fields.planID { _ = try await Plan.require(planID, on: db) }
    }
}
