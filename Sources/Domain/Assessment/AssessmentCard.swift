import FluentKit
import Foundation

/// One unit's scorecard in a year's assessment, made for every active unit of the scheme's
/// kinds when the scheme is issued. Its unit kind is kept as it was then, for ranking.
public final class AssessmentCard: Model, @unchecked Sendable {
    public static let schema = "assessment_cards"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "scheme_id") public var scheme: AssessmentScheme
    @Parent(key: "unit_id") public var unit: OrgUnit
    @Field(key: "unit_kind") public var unitKind: UnitKind

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $scheme, $unit, $unitKind] }

    public static func require(_ id: UUID, on db: any Database) async throws -> AssessmentCard {
        guard let card = try await AssessmentCard.find(id, on: db) else { throw DomainError.notFound("找不到这张考核评分表") }
        return card
    }
}

/// One indicator on one unit's card: the unit's self-assessment, the scorer's decision and,
/// for an automatic indicator, the figure frozen when scoring closed.
public final class AssessmentEntry: Model, @unchecked Sendable {
    public static let schema = "assessment_entries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "card_id") public var card: AssessmentCard
    @Parent(key: "indicator_id") public var indicator: AssessmentIndicator
    @Field(key: "state") public var state: EntryState
    @OptionalField(key: "self_score") public var selfScore: Int?
    /// 自评说明.
    @Field(key: "statement") public var statement: String
    /// 佐证材料: what shows it, one item per line (a link to a task, a meeting, a report, a file).
    @Field(key: "evidence") public var evidence: String
    /// The score that counts, in hundredths: the scorer's, or the frozen automatic one.
    @OptionalField(key: "score") public var score: Int?
    /// Why the scorer adjusted or sent back.
    @Field(key: "review_reason") public var reviewReason: String
    @OptionalField(key: "reviewed_by") public var reviewedBy: String?
    @OptionalField(key: "met") public var met: Int?
    @OptionalField(key: "counted") public var counted: Int?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $card, $indicator, $state, $selfScore, $statement, $evidence, $score, $reviewReason, $reviewedBy, $met,
            $counted,
        ]
    }

    var auditSnapshot: [String: String] {
        [
            "state": state.rawValue, "selfScore": selfScore.map { Points(hundredths: $0).description } ?? "",
            "statement": statement, "evidence": evidence,
            "score": score.map { Points(hundredths: $0).description } ?? "", "reviewReason": reviewReason,
            "figure": met.map { "\($0)/\(counted ?? 0)" } ?? "",
        ]
    }

    public static func require(_ id: UUID, on db: any Database) async throws -> AssessmentEntry {
        guard let entry = try await AssessmentEntry.find(id, on: db) else { throw DomainError.notFound("找不到这项评分") }
        return entry
    }
}

/// A bonus (加分), a deduction (扣分) or a veto (一票否决) on a unit's card, with its reason.
public final class AssessmentAdjustment: Model, @unchecked Sendable {
    public static let schema = "assessment_adjustments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "card_id") public var card: AssessmentCard
    @Field(key: "kind") public var kind: AdjustmentKind
    /// In hundredths; 0 for a veto.
    @Field(key: "points") public var points: Int
    @Field(key: "reason") public var reason: String
    @Field(key: "created_by") public var createdBy: String

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $card, $kind, $points, $reason, $createdBy] }

    var auditSnapshot: [String: String] {
        ["kind": kind.rawValue, "points": Points(hundredths: points).description, "reason": reason]
    }
}

/// A unit's appeal (申诉) against one indicator's score during 公示, and the office's answer.
public final class AssessmentAppeal: Model, @unchecked Sendable {
    public static let schema = "assessment_appeals"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "entry_id") public var entry: AssessmentEntry
    @Field(key: "reason") public var reason: String
    @Field(key: "evidence") public var evidence: String
    @Field(key: "status") public var status: AppealStatus
    @Field(key: "answer") public var answer: String
    @OptionalField(key: "old_score") public var oldScore: Int?
    @OptionalField(key: "new_score") public var newScore: Int?
    @Field(key: "filed_by") public var filedBy: String
    @Field(key: "filed_at") public var filedAt: Date
    @OptionalField(key: "answered_at") public var answeredAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $entry, $reason, $evidence, $status, $answer, $oldScore, $newScore, $filedBy, $filedAt, $answeredAt]
    }

    var auditSnapshot: [String: String] {
        [
            "reason": reason, "evidence": evidence, "status": status.rawValue, "answer": answer,
            "oldScore": oldScore.map { Points(hundredths: $0).description } ?? "",
            "newScore": newScore.map { Points(hundredths: $0).description } ?? "",
        ]
    }

    public static func require(_ id: UUID, on db: any Database) async throws -> AssessmentAppeal {
        guard let appeal = try await AssessmentAppeal.find(id, on: db) else { throw DomainError.notFound("找不到这份申诉") }
        return appeal
    }
}
