import FluentKit
import Foundation

/// A file attached to a progress report (a photo, a scanned document, a spreadsheet).
public final class ReportAttachment: Model, @unchecked Sendable {
    public static let schema = "report_attachments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "report_id") public var report: ProgressReport
    @Field(key: "filename") public var filename: String
    @Field(key: "size") public var size: Int
    @Field(key: "data") public var data: Data
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $report, $filename, $size, $data, $createdAt] }
}

extension ReportAttachment: StoredFile {}

extension ReportAttachment {
    /// The attachment, when the actor may see its task; its bytes included.
    public static func readable(_ id: UUID, by actor: Actor, on db: any Database) async throws -> ReportAttachment {
        guard let attachment = try await ReportAttachment.find(id, on: db) else {
            throw DomainError.notFound("找不到这个附件")
        }
        let report = try await ProgressReport.require(attachment.$report.id, on: db)
        _ = try await TaskAccess.readable(report.$task.id, by: actor, on: db)
        return attachment
    }

    /// Names and sizes of the attachments of `reports`, by report.
    static func infos(for reports: [UUID], on db: any Database) async throws -> [UUID: [AttachmentInfo]] {
        guard !reports.isEmpty else { return [:] }
        let rows = try await ReportAttachment.query(on: db).filter(\.$report.$id ~~ reports)
            .field(\.$id).field(\.$report.$id).field(\.$filename).field(\.$size).field(\.$createdAt).sort(\.$createdAt)
            .all()
        return Dictionary(grouping: rows, by: { $0.$report.id }).mapValues { rows in
            rows.map { AttachmentInfo(id: $0.id!, filename: $0.filename, size: $0.size) }
        }
    }
}
