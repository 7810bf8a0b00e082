import FluentKit
import Foundation

/// What importing one report file did.
public enum ReportOutcome: Sendable, Equatable {
    /// Read before (and confirmed, or only drafts were asked for): nothing new.
    case skipped(importID: UUID)
    /// Read into a draft, to review and confirm on the web.
    case drafted(importID: UUID)
    /// Read and confirmed into a meeting and a draft plan.
    case confirmed(importID: UUID, ReportImport.Result)
}

extension ImportCommands {
    /// Reads one report and, unless `draftsOnly`, confirms its draft as read, in one
    /// transaction: a report that fails leaves nothing behind. `hostUnit` hosts the meeting and
    /// leads its unassigned tasks. Used by `tongxin import` and by uploads of many files.
    public func importReport(
        bytes: [UInt8], filename: String, hostUnit: UUID?, draftsOnly: Bool, by actor: Actor,
        on db: any Database
    ) async throws -> ReportOutcome {
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let (record, created) = try await start(bytes: bytes, filename: filename, by: actor, on: tx)
            let id = try record.requireID()
            if !created && (record.status == .confirmed || draftsOnly) { return .skipped(importID: id) }
            if draftsOnly { return .drafted(importID: id) }
            var draft = try record.draft
            if let hostUnit {
                draft.hostUnitId = hostUnit
                draft.requirements = draft.requirements?.map {
                    var item = $0
                    item.leadUnitId = item.leadUnitId ?? hostUnit
                    return item
                }
            }
            return .confirmed(importID: id, try await confirm(id, draft: draft, by: actor, on: tx))
        }
    }

    /// Why a report could not be imported, in words for the person who sent it.
    public static func reason(_ error: any Error) -> String {
        if case DomainError.invalid(let fields) = error { return fields.map(\.message).joined(separator: "；") }
        if let error = error as? DomainError { return error.description }
        return "无法导入：\(String(describing: error))"
    }
}
