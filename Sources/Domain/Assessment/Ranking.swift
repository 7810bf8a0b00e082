import Foundation

/// One unit's result: its indicators' sum, bonus and deduction after their caps, total,
/// rank within its unit kind and grade.
public struct UnitResult: Sendable, Equatable {
    public let cardID: UUID
    public let unitID: UUID
    public let unitName: String
    public let unitKind: UnitKind
    public let indicators: Points
    public let bonus: Points
    public let deduction: Points
    public let total: Points
    public let vetoed: Bool
    /// 1 for the best total of its kind; equal totals share a rank (1, 1, 3).
    public let rank: Int
    public let grade: Grade
}

/// What a card brings to the ranking, before caps.
public struct CardFigures: Sendable {
    public let cardID: UUID
    public let unitID: UUID
    public let unitName: String
    public let unitKind: UnitKind
    /// The unit's place in the unit directory, to list equal totals in a stable order.
    public let sortOrder: Int
    public let indicators: Points
    public let bonus: Points
    public let deduction: Points
    public let vetoed: Bool

    public init(
        cardID: UUID, unitID: UUID, unitName: String, unitKind: UnitKind, sortOrder: Int, indicators: Points,
        bonus: Points, deduction: Points, vetoed: Bool
    ) {
        self.cardID = cardID
        self.unitID = unitID
        self.unitName = unitName
        self.unitKind = unitKind
        self.sortOrder = sortOrder
        self.indicators = indicators
        self.bonus = bonus
        self.deduction = deduction
        self.vetoed = vetoed
    }
}

/// The rules that turn figures into totals, ranks and grades (documented in the README):
///
/// - total = the indicators' scores + bonus (at most the scheme's bonus cap) − deduction (at most
///   its deduction cap), never below 0; every score is already rounded half up to 0.01, so the
///   total is exact.
/// - Ranks are counted within each unit kind: one more than the number of units of the kind with
///   a higher total. Equal totals share a rank, and the next rank skips (1, 1, 3); equal totals
///   are listed in the unit directory's order.
/// - Grades by thresholds: 优秀 from the first bound, 良好 from the second, 一般 from the third,
///   else 较差. By shares: the first bound is the percentage of the kind's units that may be 优秀,
///   and so on cumulatively, each count rounded down; units with equal totals share a grade, and a
///   tie that would cross a limit takes the lower grade, so a share is never exceeded.
/// - A veto (一票否决) makes the grade 较差 whatever the total; the unit keeps its total and rank,
///   and its place in a share is not passed to another unit.
public enum Ranking {
    public static func rank(
        _ cards: [CardFigures], bonusCap: Points, deductionCap: Points, grading: Grading, bounds: [Int]
    ) -> [UnitResult] {
        var results: [UnitResult] = []
        let byKind = Dictionary(grouping: cards, by: \.unitKind)
        for kind in UnitKind.allCases {
            guard let group = byKind[kind] else { continue }
            let totals = group.map { card -> (CardFigures, Points) in
                let total = card.indicators + min(card.bonus, bonusCap) - min(card.deduction, deductionCap)
                return (card, max(total, .zero))
            }.sorted { ($1.1, $0.0.sortOrder, $0.0.unitName) < ($0.1, $1.0.sortOrder, $1.0.unitName) }
            for (card, total) in totals {
                let higher = totals.count { $0.1 > total }
                let tied = totals.count { $0.1 == total }
                let grade =
                    card.vetoed
                    ? .poor
                    : self.grade(
                        total: total, lastPlace: higher + tied, of: totals.count, grading: grading, bounds: bounds)
                results.append(
                    UnitResult(
                        cardID: card.cardID, unitID: card.unitID, unitName: card.unitName, unitKind: kind,
                        indicators: card.indicators, bonus: min(card.bonus, bonusCap),
                        deduction: min(card.deduction, deductionCap), total: total, vetoed: card.vetoed,
                        rank: higher + 1, grade: grade))
            }
        }
        return results
    }

    /// The grade of a total whose tie group ends at `lastPlace` among `count` units.
    static func grade(total: Points, lastPlace: Int, of count: Int, grading: Grading, bounds: [Int]) -> Grade {
        let bounds = bounds + Array(repeating: 0, count: max(0, 3 - bounds.count))
        switch grading {
        case .thresholds:
            for (grade, bound) in zip(Grade.allCases, bounds) where total.hundredths >= bound { return grade }
            return .poor
        case .shares:
            var share = 0
            for (grade, percent) in zip(Grade.allCases, bounds) {
                share += percent
                if lastPlace <= count * share / 100 { return grade }
            }
            return .poor
        }
    }
}
