import FluentKit
import Foundation

/// A document that deploys work (实施意见, 责任分工方案, 通知, …), on its own or reviewed at a meeting.
public final class OfficialDocument: Model, @unchecked Sendable {
    public static let schema = "documents"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    @Field(key: "title") public var title: String
    /// 文号, e.g. 某办发〔2026〕3号; may be empty.
    @Field(key: "number") public var number: String
    @Field(key: "kind") public var kind: DocumentKind
    @OptionalParent(key: "issuing_unit_id") public var issuingUnit: OrgUnit?
    /// `YYYY-MM-DD`, or empty when not known.
    @Field(key: "day") public var day: String
    @Field(key: "body") public var body: String
    @OptionalParent(key: "meeting_id") public var meeting: Meeting?
    @OptionalParent(key: "plan_id") public var plan: Plan?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $title, $number, $kind, $issuingUnit, $day, $body, $meeting, $plan]
    }

    init(_ fields: DocumentFields) {
        apply(fields)
    }

    func apply(_ fields: DocumentFields) {
        title = fields.title
        number = fields.number
        kind = fields.kind
        $issuingUnit.id = fields.issuingUnitID
        day = fields.day
        body = fields.body
        $meeting.id = fields.meetingID
        $plan.id = fields.planID
    }

    var auditSnapshot: [String: String] {
        [
            "title": title, "number": number, "kind": kind.rawValue, "day": day,
            "meetingId": $meeting.id?.uuidString ?? "", "planId": $plan.id?.uuidString ?? "",
        ]
    }

    /// The document with this id, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> OfficialDocument {
        guard let document = try await OfficialDocument.find(id, on: db) else { throw DomainError.notFound("找不到这份文件") }
        return document
    }
}
