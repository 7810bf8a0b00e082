import Domain
import FluentKit
import Foundation
import TestSupport

/// Two years of assessment for the access table: this year's scheme in self-assessment (unit
/// A's manual indicator pending, unit B's submitted) and last year's published, with unit A's
/// appeal open and a bonus on A's card.
struct AssessmentWorld {
    let scheme: AssessmentScheme
    let past: AssessmentScheme
    let cardA: AssessmentCard
    let cardB: AssessmentCard
    let entryA: AssessmentEntry
    let entryB: AssessmentEntry
    let autoA: AssessmentEntry
    let autoB: AssessmentEntry
    let pastEntryA: AssessmentEntry
    let pastEntryB: AssessmentEntry
    let appeal: AssessmentAppeal
    let adjustment: AssessmentAdjustment
    let indicator: AssessmentIndicator
    /// Two evidence files on unit A's manual indicator (one for each way of removing one).
    let files: [AssessmentAttachment]

    static func build(_ app: TestApp, office: OrgUnit, unitA: OrgUnit, unitB: OrgUnit, liaisonA: Actor) async throws
        -> AssessmentWorld
    {
        let clock = app.clock.appClock
        let db = app.db
        let schemes = SchemeCommands(clock: clock)
        let liaisonB = Actor(userID: nil, username: "liaison-b", unitID: unitB.id, role: .liaison)
        func scheme(_ year: Int) async throws -> (AssessmentScheme, AssessmentIndicator) {
            let scheme = try await schemes.create(SchemeSettings(year: year, title: "统战工作考核"), by: .system, on: db)
            let manual = try await schemes.addIndicator(
                to: scheme.id!,
                IndicatorInput(category: "组织领导", name: "理论学习", points: "60", method: "manual", scorerUnitID: office.id),
                by: .system, on: db)
            _ = try await schemes.addIndicator(
                to: scheme.id!,
                IndicatorInput(
                    category: "任务落实", name: "任务按期完成", points: "40", method: "auto", metric: "tasks_on_time",
                    scorerUnitID: office.id), by: .system, on: db)
            return (try await schemes.issue(scheme.id!, by: .system, on: db), manual)
        }
        func entry(_ scheme: AssessmentScheme, _ unit: OrgUnit, manual: Bool) async throws -> AssessmentEntry {
            let card = try await scheme.card(of: unit.id, on: db)!
            return try await AssessmentEntry.query(on: db).filter(\.$card.$id == card.id!)
                .filter(\.$state == (manual ? .pending : .auto)).first()!
        }
        let (past, _) = try await scheme(2025)
        let scoring = ScoringCommands(clock: clock)
        let pastEntryA = try await entry(past, unitA, manual: true)
        let pastEntryB = try await entry(past, unitB, manual: true)
        let results = ResultCommands(clock: clock)
        _ = try await results.close(past.id!, by: .system, on: db)
        _ = try await results.publish(past.id!, by: .system, on: db)
        let appeal = try await AppealCommands(clock: clock).file(
            pastEntryA.id!, reason: "学习记录已补充", evidence: "", by: liaisonA, on: db)
        let (current, indicator) = try await scheme(2026)
        let entryA = try await entry(current, unitA, manual: true)
        let entryB = try await entry(current, unitB, manual: true)
        _ = try await scoring.selfAssess(
            entryA.id!, score: "50", statement: "按季学习", evidence: "",
            files: ["学习记录.pdf", "会议纪要.pdf"].map { AttachmentUpload(filename: $0, bytes: Data("%PDF-1.4".utf8)) },
            by: liaisonA, on: db)
        let files = try await AssessmentAttachment.query(on: db).filter(\.$entry.$id == entryA.id!).sort(\.$filename)
            .all()
        _ = try await scoring.selfAssess(entryB.id!, score: "55", statement: "按季学习", evidence: "", by: liaisonB, on: db)
        let cardA = try await current.card(of: unitA.id, on: db)!
        let adjustment = try await results.addAdjustment(
            to: cardA.id!, kind: "bonus", points: "1", reason: "获得表彰", by: .system, on: db)
        // The messages of these two years are read, so that tests of unread counts see only their own.
        let inbox = InboxCommands(clock: clock)
        for message in try await InboxMessage.query(on: db).filter(\.$subjectType == "assessment_card").all() {
            let reader = Actor(userID: message.$user.id, username: "reader", unitID: nil, role: .liaison)
            _ = try await inbox.markRead(message.id!, by: reader, on: db)
        }
        return AssessmentWorld(
            scheme: current, past: try await AssessmentScheme.require(past.id!, on: db), cardA: cardA,
            cardB: try await current.card(of: unitB.id, on: db)!, entryA: entryA, entryB: entryB,
            autoA: try await entry(current, unitA, manual: false),
            autoB: try await entry(current, unitB, manual: false),
            pastEntryA: pastEntryA, pastEntryB: pastEntryB, appeal: appeal, adjustment: adjustment,
            indicator: indicator,
            files: files)
    }
}
