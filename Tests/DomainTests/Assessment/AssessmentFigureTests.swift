import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

/// Every automatic indicator against figures counted by hand from the rows in
/// ``AssessmentRecords`` (year 2026, as of 2026-06-30; unit index → met, counted).
@Suite struct AssessmentFigureTests {
    static let expected: [AutoMetric: [Int: Tally]] = [
        .tasksOnTime: [0: t(1, 5), 1: t(0, 5), 2: t(1, 5), 3: t(1, 4), 4: t(2, 4), 5: t(2, 5)],
        .reportsOnTime: [0: t(0, 1), 1: t(2, 3), 2: t(2, 3), 3: t(2, 3), 4: t(1, 2), 5: t(3, 4)],
        .rectificationClosed: [0: t(1, 2), 1: t(1, 2), 2: t(2, 2), 3: t(1, 2), 4: t(2, 2), 5: t(1, 2)],
        .rectificationOnTime: [0: t(1, 2), 1: t(0, 2), 2: t(0, 2), 3: t(1, 2), 4: t(1, 2), 5: t(1, 2)],
        .noticesOnTime: [0: t(1, 2), 1: t(1, 1), 2: t(2, 2)],
        .suggestionsOnTime: [0: t(0, 3), 1: t(0, 3), 2: t(1, 5), 3: t(0, 3), 4: t(1, 4), 5: t(0, 4)],
        .suggestionsClassA: [0: t(0, 1), 2: t(0, 2), 3: t(1, 1), 4: t(0, 2)],
        .suggestionSatisfaction: [0: t(1, 1), 2: t(0, 1), 3: t(1, 1), 4: t(1, 3)],
        .meetingAttendance: [0: t(2, 3), 1: t(1, 2), 2: t(1, 1), 3: t(1, 3), 4: t(2, 4), 5: t(1, 2)],
        .relaysOnTime: [0: t(1, 3), 1: t(0, 2), 2: t(0, 1), 3: t(2, 3), 4: t(3, 4), 5: t(1, 2)],
    ]

    static func t(_ met: Int, _ counted: Int) -> Tally { Tally(met: met, counted: counted) }

    @Test func everyAutomaticFigureMatchesTheHandCount() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let records = try await AssessmentRecords.build(app)
            let asOf = CalendarDay(iso: "2026-06-30")!
            #expect(Set(Self.expected.keys) == Set(AutoMetric.allCases))
            for (metric, expected) in Self.expected {
                let tallies = try await AutoFigures.tallies(metric, year: 2026, asOf: asOf, on: app.db)
                let byIndex = Dictionary(
                    uniqueKeysWithValues: records.units.enumerated().compactMap { index, unit in
                        tallies[unit.id!].map { (index, $0) }
                    })
                #expect(byIndex == expected, "\(metric.label)")
                // The table behind the figure lists exactly the rows counted, and marks the ones met.
                for (index, tally) in expected {
                    let rows = try await AutoFigures.rows(
                        metric, unitID: records.units[index].id!, year: 2026, asOf: asOf, on: app.db)
                    #expect(
                        rows.count == tally.counted && rows.filter(\.met).count == tally.met,
                        "\(metric.label) 第\(index)局")
                }
            }
        }
    }

    @Test func figuresAreForTheSchemeYearUpToTheStatedDay() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            _ = try await AssessmentRecords.build(app)
            // Before the year began nothing counts; a later day counts more tasks (deadlines up to 2026-09-30).
            let none = try await AutoFigures.tallies(
                .tasksOnTime, year: 2026, asOf: CalendarDay(iso: "2025-12-31")!, on: app.db)
            #expect(none.isEmpty)
            let june = try await AutoFigures.tallies(
                .tasksOnTime, year: 2026, asOf: CalendarDay(iso: "2026-06-30")!, on: app.db)
            let year = try await AutoFigures.tallies(
                .tasksOnTime, year: 2026, asOf: CalendarDay(iso: "2027-03-01")!, on: app.db)
            #expect(year.values.map(\.counted).reduce(0, +) > june.values.map(\.counted).reduce(0, +))
        }
    }

    @Test func commandsKeepTheDaysTheFiguresNeed() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let today = CalendarDay.today(app.clock.appClock).description
            let done = try await world.tasks.setStatus(task.id!, to: .done, by: world.admin, on: app.db)
            #expect(done.finishedOn == today)
            let reopened = try await world.tasks.setStatus(task.id!, to: .inProgress, by: world.admin, on: app.db)
            #expect(reopened.finishedOn == nil)
            // A report after the due day is late; one before it is on time.
            let due = try #require(reopened.nextReportDue)
            let onTime = try await world.reports.submit(
                on: task.id!, ReportDraft(text: "按时", progress: 40), by: world.liaisonA, on: app.db)
            #expect(onTime.onTime == true)
            _ = try await world.reports.accept(onTime.id!, by: world.admin, on: app.db)
            let late = CalendarDay(iso: due)!.adding(days: 40).startDate.timeIntervalSince(app.clock.now)
            app.clock.advance(by: late)
            let lateReport = try await world.reports.submit(
                on: task.id!, ReportDraft(text: "逾期", progress: 60), by: world.liaisonA, on: app.db)
            #expect(lateReport.onTime == false)
        }
    }
}
