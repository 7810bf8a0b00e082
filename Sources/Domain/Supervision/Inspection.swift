import FluentKit
import Foundation

/// An inspection (督查): who looked at what, when, and the problems found. Each problem is a
/// ``RectificationItem`` for one unit to put right.
public final class Inspection: Model, @unchecked Sendable {
    public static let schema = "inspections"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Field(key: "title") public var title: String
    @Field(key: "day") public var day: String
    /// Who inspected, as written (e.g. “市委督查室第二督查组”).
    @Field(key: "inspectors") public var inspectors: String
    @Field(key: "summary") public var summary: String

    @Children(for: \.$inspection) public var items: [RectificationItem]

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $createdAt, $title, $day, $inspectors, $summary, $items] }

    var auditSnapshot: [String: String] {
        ["title": title, "day": day, "inspectors": inspectors, "summary": summary]
    }

    public static func require(_ id: UUID, on db: any Database) async throws -> Inspection {
        guard let inspection = try await Inspection.find(id, on: db) else { throw DomainError.notFound("找不到这次督查") }
        return inspection
    }
}

/// A rectification item (整改事项): a problem found by an inspection, the unit that must put
/// it right by a deadline, its measures and evidence, and the office's sign-off (销号).
public final class RectificationItem: Model, @unchecked Sendable {
    public static let schema = "rectification_items"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @Parent(key: "inspection_id") public var inspection: Inspection
    /// Position in the inspection's problem list (问题1, 问题2 …).
    @Field(key: "position") public var position: Int
    @Parent(key: "unit_id") public var unit: OrgUnit
    @Field(key: "problem") public var problem: String
    @Field(key: "deadline") public var deadline: String
    @Field(key: "measures") public var measures: String
    @Field(key: "evidence") public var evidence: String
    @Field(key: "status") public var status: RectificationStatus
    @Field(key: "review_comment") public var reviewComment: String
    @OptionalField(key: "signed_off_at") public var signedOffAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $updatedAt, $inspection, $position, $unit, $problem, $deadline, $measures, $evidence, $status,
            $reviewComment,
            $signedOffAt,
        ]
    }

    /// True when the item is still open past its deadline on `today`.
    public func isOverdue(on today: CalendarDay) -> Bool {
        status != .signedOff && (CalendarDay(iso: deadline).map { $0 < today } ?? false)
    }

    var auditSnapshot: [String: String] {
        [
            "inspectionId": $inspection.id.uuidString, "unitId": $unit.id.uuidString, "problem": problem,
            "deadline": deadline,
            "measures": measures, "evidence": evidence, "status": status.rawValue, "reviewComment": reviewComment,
        ]
    }

    public static func require(_ id: UUID, on db: any Database) async throws -> RectificationItem {
        guard let item = try await RectificationItem.find(id, on: db) else { throw DomainError.notFound("找不到这个整改事项") }
        return item
    }
}
