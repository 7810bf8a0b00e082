import FluentKit
import Foundation

/// A year's assessment scheme (考核方案): its indicators, which kinds of unit it assesses,
/// caps on bonus and deduction, how grades are given, and where the year's assessment stands.
public final class AssessmentScheme: Model, @unchecked Sendable {
    public static let schema = "assessment_schemes"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Field(key: "year") public var year: Int
    @Field(key: "title") public var title: String
    /// The stated total the indicators' points must add up to, in hundredths.
    @Field(key: "total_points") public var totalPoints: Int
    /// ``UnitKind`` raw values, comma-separated.
    @Field(key: "unit_kinds") public var unitKindsText: String
    @Field(key: "bonus_cap") public var bonusCap: Int
    @Field(key: "deduction_cap") public var deductionCap: Int
    @Field(key: "grading") public var grading: Grading
    /// Three bounds: points for 优秀/良好/一般 (thresholds), or percentages of each kind (shares).
    @Field(key: "grade_bounds") public var gradeBoundsText: String
    /// 公示 lasts this many working days after the day of publication.
    @Field(key: "window_days") public var windowDays: Int
    @Field(key: "status") public var status: SchemeStatus
    /// Each amendment of an issued scheme adds one.
    @Field(key: "revision") public var revision: Int
    /// The day automatic figures were frozen at when scoring closed.
    @OptionalField(key: "figures_day") public var figuresDay: String?
    @OptionalField(key: "published_on") public var publishedOn: String?
    @OptionalField(key: "window_ends") public var windowEnds: String?
    @OptionalField(key: "finalised_at") public var finalisedAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $createdAt, $year, $title, $totalPoints, $unitKindsText, $bonusCap, $deductionCap, $grading,
            $gradeBoundsText, $windowDays, $status, $revision, $figuresDay, $publishedOn, $windowEnds, $finalisedAt,
        ]
    }

    public var unitKinds: [UnitKind] {
        unitKindsText.split(separator: ",").compactMap { UnitKind(rawValue: String($0)) }
    }

    /// The three grade bounds (优秀, 良好, 一般), in hundredths of a point or in percent.
    public var gradeBounds: [Int] { gradeBoundsText.split(separator: ",").compactMap { Int($0) } }

    public var total: Points { Points(hundredths: totalPoints) }

    /// True while a unit may appeal on `today`: published, and the window not yet closed.
    public func isOpenForAppeal(on today: CalendarDay) -> Bool {
        status == .published && (windowEnds.flatMap { CalendarDay(iso: $0) }.map { today <= $0 } ?? false)
    }

    var auditSnapshot: [String: String] {
        [
            "year": String(year), "title": title, "totalPoints": total.description, "unitKinds": unitKindsText,
            "bonusCap": Points(hundredths: bonusCap).description,
            "deductionCap": Points(hundredths: deductionCap).description, "grading": grading.rawValue,
            "gradeBounds": gradeBoundsText, "windowDays": String(windowDays), "status": status.rawValue,
            "revision": String(revision), "figuresDay": figuresDay ?? "", "windowEnds": windowEnds ?? "",
        ]
    }

    public static func require(_ id: UUID, on db: any Database) async throws -> AssessmentScheme {
        guard let scheme = try await AssessmentScheme.find(id, on: db) else { throw DomainError.notFound("找不到这个考核方案") }
        return scheme
    }
}

/// One indicator (指标) of a scheme: its category (类别), its scoring rule (评分细则), its
/// points, how it is scored and by which unit.
public final class AssessmentIndicator: Model, @unchecked Sendable {
    public static let schema = "assessment_indicators"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "scheme_id") public var scheme: AssessmentScheme
    @Field(key: "position") public var position: Int
    @Field(key: "category") public var category: String
    @Field(key: "name") public var name: String
    @Field(key: "rule") public var rule: String
    @Field(key: "points") public var points: Int
    @OptionalField(key: "method") public var method: IndicatorMethod?
    @OptionalField(key: "metric") public var metric: AutoMetric?
    /// The unit that scores it: the office, or a member unit such as 组织部.
    @OptionalParent(key: "scorer_unit_id") public var scorerUnit: OrgUnit?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $scheme, $position, $category, $name, $rule, $points, $method, $metric, $scorerUnit]
    }

    public var maximum: Points { Points(hundredths: points) }

    var auditSnapshot: [String: String] {
        [
            "category": category, "name": name, "rule": rule, "points": maximum.description,
            "method": method?.rawValue ?? "", "metric": metric?.rawValue ?? "",
            "scorerUnitId": $scorerUnit.id?.uuidString ?? "",
        ]
    }

    public static func require(_ id: UUID, on db: any Database) async throws -> AssessmentIndicator {
        guard let indicator = try await AssessmentIndicator.find(id, on: db) else {
            throw DomainError.notFound("找不到这项考核指标")
        }
        return indicator
    }
}
