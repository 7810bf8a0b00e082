import Domain
import DomainTestSupport
import Foundation
import Testing

/// The per-unit figures against 32 suggestions counted by hand (see the table in the test).
@Suite struct SuggestionFiguresTests {
    /// What happens to one suggestion: its lead unit, the answer's class and whether it is sent
    /// on time (nil: not answered), and the author's rating (nil: not rated).
    struct Case {
        let unit: Int
        let answer: AnswerClass?
        let late: Bool
        let rating: Satisfaction?
        var sent = true
    }

    @Test func perUnitFiguresMatchAHandCountedFixture() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let party = try await app.makeUnit("mj", name: "民建示范市委会")
            let author = try await app.makeUser("member-x", role: .member, unit: party).actor
            let units = [
                try await app.makeUnit("u1", name: "一局"), try await app.makeUnit("u2", name: "二局"),
                try await app.makeUnit("u3", name: "三局"),
            ]
            let liaisons = [
                try await app.makeUser("li1", role: .liaison, unit: units[0]).actor,
                try await app.makeUser("li2", role: .liaison, unit: units[1]).actor,
                try await app.makeUser("li3", role: .liaison, unit: units[2]).actor,
            ]
            let commands = SuggestionCommands(clock: app.clock.appClock)
            let db = app.db
            let cases: [Case] =
                // 一局: 12 routed; 10 answered, 8 on time; A 5, B 4, C 1; rated 满意 7, 基本满意 2, 不满意 1.
                Array(repeating: Case(unit: 0, answer: .a, late: false, rating: .satisfied), count: 5)
                + Array(repeating: Case(unit: 0, answer: .b, late: false, rating: .basicallySatisfied), count: 2)
                + [Case(unit: 0, answer: .c, late: false, rating: .dissatisfied)]
                + Array(repeating: Case(unit: 0, answer: .b, late: true, rating: .satisfied), count: 2)
                + Array(repeating: Case(unit: 0, answer: nil, late: false, rating: nil), count: 2)
                // 二局: 10 routed; 10 answered, 7 on time; A 4, B 4, C 2; rated 满意 4, 基本满意 2, 不满意 1.
                + Array(repeating: Case(unit: 1, answer: .a, late: false, rating: .satisfied), count: 4)
                + Array(repeating: Case(unit: 1, answer: .c, late: true, rating: .basicallySatisfied), count: 2)
                + [Case(unit: 1, answer: .b, late: true, rating: .dissatisfied)]
                + Array(repeating: Case(unit: 1, answer: .b, late: false, rating: nil), count: 3)
                // 三局: 8 routed; 3 answered, 2 on time; A 1, C 2; rated 满意 2, 基本满意 1.
                + Array(repeating: Case(unit: 2, answer: nil, late: false, rating: nil), count: 4)
                + Array(repeating: Case(unit: 2, answer: .c, late: false, rating: .satisfied), count: 2)
                + [Case(unit: 2, answer: .a, late: true, rating: .basicallySatisfied)]
                + [Case(unit: 2, answer: .b, late: false, rating: nil, sent: false)]
            var routed: [(UUID, Case)] = []
            for (index, item) in cases.enumerated() {
                let id = try await commands.create(
                    SuggestionDraft(title: "建议\(index + 1)", body: "内容", category: "economy"), authorID: nil,
                    by: author, on: db
                ).requireID()
                _ = try await commands.submit(id, cosigners: [], by: author, on: db)
                _ = try await commands.accept(id, isKey: false, by: .system, on: db)
                _ = try await commands.route(
                    id, lead: units[item.unit].id!, coUnits: [], due: "2026-03-05", by: .system, on: db)
                routed.append((id, item))
            }
            // Two declined suggestions count for no unit.
            for index in 0..<2 {
                let id = try await commands.create(
                    SuggestionDraft(title: "不予受理\(index)", body: "内容", category: "other"), authorID: nil,
                    by: author, on: db
                ).requireID()
                _ = try await commands.submit(id, cosigners: [], by: author, on: db)
                _ = try await commands.decline(id, reason: "不属于建言范围", by: .system, on: db)
            }
            func answer(late: Bool) async throws {
                for (id, item) in routed where item.late == late {
                    guard let answerClass = item.answer else { continue }
                    _ = try await commands.answer(
                        id, text: "答复", answerClass: answerClass.rawValue, by: liaisons[item.unit], on: db)
                    guard item.sent else { continue }
                    _ = try await commands.review(id, send: true, comment: "", by: .system, on: db)
                    if let rating = item.rating {
                        _ = try await commands.rate(
                            id, rating.rawValue, comment: rating == .dissatisfied ? "不满意" : "", by: author, on: db)
                    }
                }
            }
            try await answer(late: false)  // 2026-03-02, due 03-05
            app.clock.advance(by: 8 * 86_400)  // 2026-03-10: past due
            try await answer(late: true)

            let figures = try await SuggestionFigures.load(year: 2026, for: .system, on: db)
            let byName = Dictionary(uniqueKeysWithValues: figures.rows.map { ($0.unitName, $0) })
            #expect(figures.rows.count == 3)
            let one = try #require(byName["一局"])
            let two = try #require(byName["二局"])
            let three = try #require(byName["三局"])
            #expect(
                [one.routed, one.answered, one.onTime, one.classA, one.classB, one.classC] == [12, 10, 8, 5, 4, 1]
                    as [Int])
            #expect([one.satisfied, one.basicallySatisfied, one.dissatisfied] == [7, 2, 1] as [Int])
            #expect(one.satisfactionRate == 0.9)
            #expect(
                [two.routed, two.answered, two.onTime, two.classA, two.classB, two.classC] == [10, 10, 7, 4, 4, 2]
                    as [Int])
            #expect([two.satisfied, two.basicallySatisfied, two.dissatisfied] == [4, 2, 1] as [Int])
            #expect(two.satisfactionRate == 6.0 / 7.0)
            #expect(
                [three.routed, three.answered, three.onTime, three.classA, three.classB, three.classC] == [
                    8, 3, 2, 1, 0, 2,
                ] as [Int])
            #expect([three.satisfied, three.basicallySatisfied, three.dissatisfied] == [2, 1, 0] as [Int])
            #expect(three.satisfactionRate == 1.0)
            #expect(try await SuggestionFigures.load(year: 2025, for: .system, on: db).rows.isEmpty)
        }
    }
}
