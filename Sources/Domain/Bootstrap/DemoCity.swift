import ChineseText
import FluentKit
import Foundation

/// The fictional city of 示范市, written through the same commands as the pages so every
/// record is valid and audited. Each module adds its part (`X+Demo.swift`); ``build(on:)``
/// calls them in order. Days are set around today, so the lights come out the same whenever
/// it runs.
public struct DemoCity {
    let clock: AppClock
    let hasher: any PasswordHashing
    let reader: ReportReader
    let thresholds: LightThresholds
    /// The transaction the whole city is written in: all of it, or nothing.
    let db: any Database
    let today: CalendarDay
    let actor = Actor.system
    var unitIDs: [String: UUID] = [:]
    var liaisons: [String: Actor] = [:]
    /// Every demo user by username.
    var people: [String: Actor] = [:]
    var planID: UUID?
    var tasksByStory: [DemoContent.Story: UUID] = [:]

    /// Writes the city into an empty database; returns each demo user's username and password.
    public static func build(
        clock: AppClock, hasher: any PasswordHashing, reader: ReportReader,
        thresholds: LightThresholds = LightThresholds(), on db: any Database
    ) async throws -> [(String, String)] {
        guard try await Plan.query(on: db).count() == 0, try await Meeting.query(on: db).count() == 0,
            try await OrgUnit.query(on: db).count() <= 1
        else {
            throw DomainError.conflict(
                "the database already holds data; tongxin demo fills an empty one (use a new TONGXIN_DATA folder)")
        }
        return try await DomainWrite(clock: clock).perform(by: .system, touching: .work, .access, on: db) {
            tx, _ in
            var city = try await DemoCity(clock: clock, hasher: hasher, reader: reader, thresholds: thresholds, db: tx)
            try await city.units()
            let passwords = try await city.users()
            try await city.plan()
            try await city.yearOfWork()
            try await city.meetings()
            try await city.documents()
            try await city.supervision()
            try await city.suggestions()
            try await city.moreSuggestions()
            try await city.assessments()
            return passwords
        }
    }

    private init(
        clock: AppClock, hasher: any PasswordHashing, reader: ReportReader, thresholds: LightThresholds,
        db: any Database
    ) async throws {
        (self.clock, self.hasher, self.reader, self.thresholds, self.db) = (clock, hasher, reader, thresholds, db)
        today = CalendarDay.today(clock)
        guard let office = try await OrgUnit.find(code: FirstStart.officeCode, on: db) else {
            throw DomainError.conflict("no office unit: run the first start before the demo")
        }
        unitIDs["office"] = office.id
    }

    var year: Int { today.components.year }

    func day(_ offset: Int) -> String { CalendarDay(ordinal: today.ordinal + offset).description }
}
