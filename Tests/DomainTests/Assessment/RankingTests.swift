import Domain
import Foundation
import Testing

/// The rules of totals, ranks and grades at their edges (see ``Ranking``).
@Suite struct RankingTests {
    static func card(
        _ name: String, _ points: Int, kind: UnitKind = .memberUnit, order: Int = 0, bonus: Int = 0,
        deduction: Int = 0, veto: Bool = false
    ) -> CardFigures {
        CardFigures(
            cardID: UUID(), unitID: UUID(), unitName: name, unitKind: kind, sortOrder: order,
            indicators: Points(hundredths: points), bonus: Points(hundredths: bonus),
            deduction: Points(hundredths: deduction), vetoed: veto)
    }

    static func rank(_ cards: [CardFigures], grading: Grading = .thresholds, bounds: [Int] = [9_000, 8_000, 6_000])
        -> [String: UnitResult]
    {
        Dictionary(
            uniqueKeysWithValues: Ranking.rank(
                cards, bonusCap: Points(hundredths: 500), deductionCap: Points(hundredths: 1_000), grading: grading,
                bounds: bounds
            ).map { ($0.unitName, $0) })
    }

    @Test func pointsRoundHalfUpToAHundredth() {
        let ten = Points(text: "10")!
        #expect(ten.share(2, of: 3) == Points(hundredths: 667))  // 6.666… → 6.67
        #expect(ten.share(1, of: 3) == Points(hundredths: 333))  // 3.333… → 3.33
        #expect(Points(text: "0.01")!.share(1, of: 2) == Points(hundredths: 1))  // 0.005 → 0.01
        #expect(ten.share(0, of: 0) == ten)  // nothing due: full points
        #expect(Points(text: "12.5")?.description == "12.50")
        #expect(Points(text: "12.345") == nil && Points(text: "-1") == nil && Points(text: "1e3") == nil)
        #expect(Tally.percent(2, of: 3) == "66.67%")
    }

    @Test func equalTotalsShareARankAndTheNextSkips() {
        let results = Self.rank([
            Self.card("甲", 9_000, order: 2), Self.card("乙", 9_000, order: 1), Self.card("丙", 8_999),
            Self.card("丁", 9_500, kind: .county),
        ])
        #expect(results["甲"]!.rank == 1 && results["乙"]!.rank == 1 && results["丙"]!.rank == 3)
        // Ranked within the kind: the county's 95 does not push the member units down.
        #expect(results["丁"]!.rank == 1)
        // One hundredth decides: 89.99 is 良好 under a 90 threshold, 90.00 is 优秀.
        #expect(results["甲"]!.grade == .excellent && results["丙"]!.grade == .good)
    }

    @Test func bonusAndDeductionAreCappedAndTheTotalNotNegative() {
        let results = Self.rank([
            Self.card("加", 8_800, bonus: 800), Self.card("减", 500, deduction: 2_000),
        ])
        #expect(results["加"]!.total == Points(hundredths: 9_300) && results["加"]!.bonus == Points(hundredths: 500))
        #expect(results["减"]!.total == .zero)
    }

    @Test func aVetoCapsTheGradeEvenForTheTopTotal() {
        let results = Self.rank([Self.card("甲", 10_000, veto: true), Self.card("乙", 7_000)])
        #expect(results["甲"]!.rank == 1 && results["甲"]!.grade == .poor)
        #expect(results["乙"]!.grade == .fair)
    }

    @Test func sharesAreNeverExceededByATie() {
        // Ten units, 优秀 ≤ 30 %: three places. A tie across the third place goes to 良好.
        let cards = [9_900, 9_800, 9_700, 9_700, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000].enumerated().map {
            Self.card("单位\($0.offset)", $0.element, order: $0.offset)
        }
        let results = Self.rank(cards, grading: .shares, bounds: [30, 40, 20])
        #expect(results["单位0"]!.grade == .excellent && results["单位1"]!.grade == .excellent)
        #expect(results["单位2"]!.grade == .good && results["单位3"]!.grade == .good)
        #expect(results["单位6"]!.grade == .good && results["单位7"]!.grade == .fair)
        #expect(results["单位8"]!.grade == .fair && results["单位9"]!.grade == .poor)
        let excellent = results.values.filter { $0.grade == .excellent }.count
        #expect(excellent <= 3)
    }

    @Test func workingDaysSkipTheWeekend() {
        // 2026-12-04 is a Friday: five working days later is Friday 2026-12-11.
        #expect(WorkingDays.adding(5, to: CalendarDay(iso: "2026-12-04")!).description == "2026-12-11")
        #expect(WorkingDays.isWeekend(CalendarDay(iso: "2026-12-05")!))
        #expect(!WorkingDays.isWeekend(CalendarDay(iso: "2026-12-07")!))
    }
}
