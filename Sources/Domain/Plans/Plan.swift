import FluentKit
import Foundation

/// A plan of work for a year or a range of years (工作要点, 重点工作规划). Its items and
/// tasks hang from it.
public final class Plan: Model, @unchecked Sendable {
    public static let schema = "plans"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    @Field(key: "title") public var title: String
    @Field(key: "period") public var period: PlanPeriod
    @Field(key: "status") public var status: PlanStatus
    /// The meeting that deployed this plan, when it came from one (a report import).
    @OptionalParent(key: "source_meeting_id") public var sourceMeeting: Meeting?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $title, $period, $status, $sourceMeeting]
    }

    public init(id: UUID? = nil, title: String, period: PlanPeriod) {
        self.id = id
        self.title = title
        self.period = period
        self.status = .draft
    }

    /// The fields the audit log compares before and after a change.
    var auditSnapshot: [String: String] {
        ["title": title, "period": period.description, "status": status.rawValue]
    }

    /// Every plan, the newest first (lists and the plan choices of filters and forms).
    public static func newestFirst(on db: any Database) async throws -> [Plan] {
        try await Plan.query(on: db).sort(\.$createdAt, .descending).all()
    }

    /// The plan with this id, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> Plan {
        guard let plan = try await Plan.find(id, on: db) else { throw DomainError.notFound("找不到这个工作计划") }
        return plan
    }
}

/// The years a plan covers: one year (2026) or a range (2026—2027), stored as `2026` or `2026-2027`.
public struct PlanPeriod: Codable, Sendable, Equatable, CustomStringConvertible {
    public let firstYear: Int
    public let lastYear: Int
    /// Years a plan may span at most (a five-year plan and some).
    public static let longestSpan = 10

    /// Reads `2026`, `2026-2027`, `2026—2027`, `2026–2027`, `2026至2027` or `2026年`; nil when
    /// the text is none of these, a year is outside 2000…2100, the range runs backwards or
    /// spans more than ``longestSpan`` years.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "年", with: "")
        let parts = trimmed.split(whereSeparator: { "-—–~至".contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 4 }),
            let first = Int(parts[0]), let last = Int(parts[parts.count - 1]),
            (2000...2100).contains(first), (2000...2100).contains(last),
            first <= last, last - first < Self.longestSpan
        else { return nil }
        firstYear = first
        lastYear = last
    }

    public var description: String { firstYear == lastYear ? String(firstYear) : "\(firstYear)-\(lastYear)" }

    /// As users read it: 2026年 or 2026—2027年.
    public var label: String { firstYear == lastYear ? "\(firstYear)年" : "\(firstYear)—\(lastYear)年" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = PlanPeriod(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "bad plan period \(text)"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
