import Domain
import DomainTestSupport
import FluentKit
import Foundation

/// A year of records across six units for the automatic figures: 54 tasks, 24 reports, 12
/// rectification items, 10 督办单, 30 suggestions and 6 meetings, each row written out so the
/// expected figures in ``AssessmentFigureTests`` can be counted from it by hand. Unit numbers
/// are indexes into ``units``; days are Beijing days in 2025–2026.
struct AssessmentRecords {
    let units: [OrgUnit]
    let admin: Actor

    static let tasks: [(Int, String, TaskStatus, String?)] = [
        (0, "2026-05-31", .notStarted, nil),
        (1, "2026-07-15", .inProgress, nil),
        (2, "2026-06-30", .closed, nil),
        (3, "2025-12-20", .notStarted, nil),
        (4, "2026-04-30", .closed, "2026-04-30"),
        (5, "2025-12-20", .inProgress, nil),
        (0, "2026-04-30", .inProgress, nil),
        (1, "2026-02-28", .done, "2026-03-05"),
        (2, "2025-12-20", .closed, "2025-12-25"),
        (3, "2025-12-20", .closed, "2025-12-10"),
        (4, "2026-07-15", .notStarted, nil),
        (5, "2026-04-30", .closed, "2026-05-05"),
        (0, "2026-05-31", .inProgress, nil),
        (1, "2026-06-30", .done, "2026-07-05"),
        (2, "2026-07-15", .notStarted, nil),
        (3, "2026-09-30", .done, "2026-09-30"),
        (4, "2026-04-30", .suspended, nil),
        (5, "2025-12-20", .inProgress, nil),
        (0, "2026-01-31", .done, "2026-02-05"),
        (1, "2026-03-31", .notStarted, nil),
        (2, "2026-02-28", .inProgress, nil),
        (3, "2026-04-30", .inProgress, nil),
        (4, "2026-07-15", .notStarted, nil),
        (5, "2026-01-31", .closed, nil),
        (0, "2025-12-20", .notStarted, nil),
        (1, "2026-07-15", .done, nil),
        (2, "2026-01-31", .notStarted, nil),
        (3, "2026-01-31", .notStarted, nil),
        (4, "2025-12-20", .closed, "2025-12-20"),
        (5, "2026-06-30", .inProgress, nil),
        (0, "2025-12-20", .suspended, nil),
        (1, "2025-12-20", .done, nil),
        (2, "2026-05-31", .notStarted, nil),
        (3, "2026-09-30", .done, "2026-09-20"),
        (4, "2026-03-31", .inProgress, nil),
        (5, "2026-01-31", .done, "2026-01-21"),
        (0, "2026-09-30", .done, "2026-09-30"),
        (1, "2025-12-20", .notStarted, nil),
        (2, "2025-12-20", .done, "2025-12-10"),
        (3, "2026-06-30", .closed, "2026-07-05"),
        (4, "2026-03-31", .closed, "2026-03-21"),
        (5, "2026-03-31", .suspended, nil),
        (0, "2026-03-31", .done, "2026-03-21"),
        (1, "2026-02-28", .inProgress, nil),
        (2, "2026-06-30", .notStarted, nil),
        (3, "2025-12-20", .notStarted, nil),
        (4, "2026-07-15", .done, nil),
        (5, "2026-07-15", .inProgress, nil),
        (0, "2025-12-20", .done, "2025-12-10"),
        (1, "2026-03-31", .notStarted, nil),
        (2, "2026-04-30", .suspended, nil),
        (3, "2026-06-30", .done, "2026-06-30"),
        (4, "2026-01-31", .notStarted, nil),
        (5, "2026-01-31", .inProgress, nil),
    ]
    static let reports: [(Int, String, Bool?)] = [
        (0, "2025-12-31", true),
        (1, "2026-04-05", false),
        (2, "2026-04-05", false),
        (3, "2026-01-01", false),
        (4, "2026-04-05", true),
        (5, "2026-06-30", false),
        (0, "2026-04-05", false),
        (1, "2026-02-10", true),
        (2, "2026-01-01", true),
        (3, "2026-01-01", true),
        (4, "2025-12-31", true),
        (5, "2026-02-10", nil),
        (0, "2025-12-31", true),
        (1, "2026-02-10", true),
        (2, "2026-01-01", true),
        (3, "2026-01-01", true),
        (4, "2026-06-30", false),
        (5, "2026-04-05", true),
        (0, "2026-07-01", true),
        (1, "2026-07-01", nil),
        (2, "2025-12-31", true),
        (3, "2025-12-31", true),
        (4, "2026-07-01", true),
        (5, "2026-06-30", nil),
    ]
    static let rectifications: [(Int, String, String?)] = [
        (0, "2026-05-31", "2026-05-28"),
        (1, "2026-01-31", "2026-02-04"),
        (2, "2026-04-30", "2026-05-04"),
        (3, "2026-04-30", nil),
        (4, "2026-02-28", "2026-02-25"),
        (5, "2026-04-30", "2026-04-27"),
        (0, "2026-06-30", nil),
        (1, "2026-06-30", nil),
        (2, "2026-02-28", "2026-03-04"),
        (3, "2026-04-30", "2026-04-27"),
        (4, "2026-01-31", "2026-02-04"),
        (5, "2026-06-30", nil),
    ]
    static let notices: [(Int, String, String?)] = [
        (0, "2026-06-30", nil),
        (1, "2026-02-28", "2026-02-26"),
        (2, "2026-03-31", "2026-03-31"),
        (3, "2026-09-30", nil),
        (4, "2026-09-30", "2026-09-28"),
        (5, "2026-07-15", "2026-07-18"),
        (0, "2026-05-31", "2026-05-29"),
        (1, "2026-07-15", "2026-07-13"),
        (2, "2026-01-31", "2026-01-29"),
        (3, "2025-12-20", nil),
    ]
    static let suggestions: [(Int, String, String?, Bool?, AnswerClass?, [Satisfaction?])] = [
        (0, "2026-03-03", "2026-04-12", false, .c, [.satisfied, nil]),
        (1, "2025-12-15", nil, nil, nil, []),
        (2, "2026-06-29", "2026-08-08", true, .c, []),
        (3, "2026-03-03", nil, nil, nil, []),
        (4, "2026-06-29", "2026-07-09", true, .a, []),
        (5, "2026-05-20", nil, nil, nil, []),
        (0, "2025-12-15", "2026-01-24", true, .a, [.basicallySatisfied, .satisfied]),
        (1, "2026-05-20", nil, nil, nil, []),
        (2, "2026-03-03", nil, nil, nil, []),
        (3, "2026-08-01", "2026-08-11", false, .b, []),
        (4, "2026-06-29", "2026-07-09", true, .b, [nil, .basicallySatisfied]),
        (5, "2026-05-20", nil, nil, nil, []),
        (0, "2026-03-03", nil, nil, nil, []),
        (1, "2025-12-15", nil, nil, nil, []),
        (2, "2026-05-20", "2026-05-30", true, .c, []),
        (3, "2026-05-20", "2026-06-29", false, .a, [nil, .basicallySatisfied]),
        (4, "2025-12-15", "2026-01-24", true, .b, []),
        (5, "2026-03-03", nil, nil, nil, []),
        (0, "2026-05-20", nil, nil, nil, []),
        (1, "2026-05-20", nil, nil, nil, []),
        (2, "2026-05-20", "2026-06-29", false, .c, []),
        (3, "2026-01-10", nil, nil, nil, []),
        (4, "2026-01-10", "2026-02-19", true, .c, [.dissatisfied, nil]),
        (5, "2026-08-01", "2026-09-10", false, .a, []),
        (0, "2025-12-15", "2026-01-24", true, .a, [.satisfied]),
        (1, "2026-06-29", "2026-08-08", false, .b, []),
        (2, "2026-06-29", "2026-07-09", false, .c, [nil, .dissatisfied]),
        (3, "2025-12-15", "2026-01-24", true, .c, []),
        (4, "2026-03-03", "2026-03-13", false, .c, [nil, .dissatisfied]),
        (5, "2026-03-03", nil, nil, nil, []),
    ]
    static let meetings: [(String, String, [(Int, Attendance, String?)])] = [
        (
            "2026-08-12", "2026-08-27",
            [
                (0, .invited, "2026-08-30"), (2, .confirmed, nil), (3, .invited, "2026-08-22"),
                (4, .confirmed, "2026-08-22"),
            ]
        ),
        (
            "2026-02-15", "2026-03-02",
            [
                (0, .confirmed, "2026-02-25"), (1, .declined, nil), (3, .declined, "2026-02-25"),
                (4, .confirmed, "2026-03-05"),
            ]
        ),
        ("2026-03-20", "2026-04-04", [(3, .declined, "2026-03-30"), (4, .invited, "2026-03-30")]),
        (
            "2026-02-15", "2026-03-02",
            [
                (0, .confirmed, "2026-03-05"), (1, .confirmed, "2026-03-05"), (2, .confirmed, "2026-03-05"),
                (4, .confirmed, "2026-02-25"), (5, .confirmed, nil),
            ]
        ),
        (
            "2025-12-10", "2025-12-25",
            [
                (0, .confirmed, nil), (1, .confirmed, "2025-12-20"), (3, .invited, nil), (4, .declined, nil),
                (5, .invited, nil),
            ]
        ),
        (
            "2026-02-15", "2026-03-02",
            [
                (0, .declined, nil), (3, .confirmed, "2026-03-05"), (4, .invited, "2026-02-25"),
                (5, .invited, "2026-02-25"),
            ]
        ),
    ]

    /// Noon (Beijing) of `day`.
    static func noon(_ day: String) -> Date { CalendarDay(iso: day)!.startDate.addingTimeInterval(12 * 3_600) }

    static func build(_ app: TestDomain) async throws -> AssessmentRecords {
        let admin = try await app.adminActor()
        var units: [OrgUnit] = []
        for index in 0..<6 { units.append(try await app.makeUnit("unit-\(index)", name: "第\(index)局")) }
        let records = AssessmentRecords(units: units, admin: admin)
        try await records.write(app)
        return records
    }

    private func write(_ app: TestDomain) async throws {
        let db = app.db
        let plan = try await PlanCommands(clock: app.clock.appClock).create(
            NewPlan(title: "2026年工作要点", period: "2026"), by: admin, on: db)
        let tasks = TaskCommands(clock: app.clock.appClock)
        var firstTask: [Int: WorkTask] = [:]
        for (index, (unit, deadline, status, finishedOn)) in Self.tasks.enumerated() {
            let task = try await tasks.create(
                TaskDraft(
                    planID: plan.id!, title: "任务\(index)", leadUnitID: units[unit].id!, coUnits: [], leader: "",
                    startDay: "2025-01-01",
                    deadline: deadline), by: admin, on: db)
            task.status = status
            task.finishedOn = finishedOn
            try await task.save(on: db)
            if firstTask[unit] == nil { firstTask[unit] = task }
        }
        for (unit, day, onTime) in Self.reports {
            let report = ProgressReport()
            report.$task.id = firstTask[unit]!.id!
            report.$unit.id = units[unit].id!
            report.authorName = "联络员"
            report.text = "进展"
            report.progress = 50
            report.problems = ""
            report.nextSteps = ""
            report.status = .accepted
            report.reviewComment = ""
            report.submittedAt = Self.noon(day)
            report.onTime = onTime
            try await report.create(on: db)
        }
        let inspection = Inspection()
        inspection.title = "专项督查"
        inspection.day = "2026-01-05"
        inspection.inspectors = "督查组"
        inspection.summary = ""
        try await inspection.create(on: db)
        for (index, (unit, deadline, signedOff)) in Self.rectifications.enumerated() {
            let item = RectificationItem()
            item.$inspection.id = inspection.id!
            item.position = index + 1
            item.$unit.id = units[unit].id!
            item.problem = "问题\(index)"
            item.deadline = deadline
            item.measures = ""
            item.evidence = ""
            item.status = signedOff == nil ? .open : .signedOff
            item.reviewComment = ""
            item.signedOffAt = signedOff.map(Self.noon)
            try await item.create(on: db)
        }
        for (index, (unit, due, answered)) in Self.notices.enumerated() {
            let notice = SupervisionNotice()
            notice.number = "督办〔2026〕\(index + 1)号"
            notice.year = 2026
            notice.sequence = index + 1
            notice.$unit.id = units[unit].id!
            notice.reason = "事由\(index)"
            notice.requiredAction = "要求"
            notice.replyDue = due
            notice.status = answered == nil ? .issued : .answered
            notice.answer = answered == nil ? "" : "答复"
            notice.reviewComment = ""
            notice.issuedBy = "admin"
            notice.answeredAt = answered.map(Self.noon)
            try await notice.create(on: db)
        }
        try await writeSuggestions(app)
        try await writeMeetings(db)
    }

    private func writeSuggestions(_ app: TestDomain) async throws {
        let db = app.db
        let party = try await app.makeUnit("party", name: "示范党派", kind: .democraticParty)
        var members: [User] = []
        for index in 0..<2 { members.append(try await app.makeUser("member-\(index)", role: .member, unit: party)) }
        for (index, (unit, submitted, answered, onTime, answerClass, ratings)) in Self.suggestions.enumerated() {
            let suggestion = Suggestion()
            suggestion.number = "建言〔2026〕\(index + 1)号"
            suggestion.title = "建言\(index)"
            suggestion.body = "内容"
            suggestion.category = .economy
            suggestion.status = answered == nil ? .routed : .answered
            suggestion.$author.id = members[0].id!
            suggestion.$unit.id = party.id!
            suggestion.enteredBy = "member-0"
            suggestion.submittedAt = Self.noon(submitted)
            suggestion.isKey = false
            suggestion.declineReason = ""
            suggestion.round = 1
            suggestion.answer = answered == nil ? "" : "答复"
            suggestion.answerClass = answerClass
            suggestion.reviewComment = ""
            suggestion.answeredAt = answered.map(Self.noon)
            suggestion.answeredOnTime = onTime
            suggestion.adopted = false
            suggestion.publishConsent = false
            try await suggestion.create(on: db)
            let handler = SuggestionHandler()
            handler.$suggestion.id = suggestion.id!
            handler.$unit.id = units[unit].id!
            handler.isLead = true
            handler.part = ""
            try await handler.create(on: db)
            for (position, rating) in ratings.enumerated() {
                let signer = SuggestionSigner()
                signer.$suggestion.id = suggestion.id!
                signer.$user.id = members[position].id!
                signer.isAuthor = position == 0
                signer.state = .confirmed
                signer.rating = rating
                signer.ratingComment = ""
                signer.ratedRound = rating == nil ? 0 : 1
                try await signer.create(on: db)
            }
        }
    }

    private func writeMeetings(_ db: any Database) async throws {
        for (index, (day, relayDue, invited)) in Self.meetings.enumerated() {
            let meeting = Meeting()
            meeting.kind = .working
            meeting.name = "会议\(index)"
            meeting.day = day
            meeting.time = ""
            meeting.place = ""
            meeting.chair = ""
            meeting.agenda = ""
            meeting.minutes = ""
            meeting.decisions = ""
            meeting.recurrence = .none
            meeting.relayDue = relayDue
            try await meeting.create(on: db)
            for (unit, attendance, relayed) in invited {
                let invitation = MeetingInvitation()
                invitation.$meeting.id = meeting.id!
                invitation.$unit.id = units[unit].id!
                invitation.attendance = attendance
                invitation.note = ""
                invitation.relaySubmittedAt = relayed.map(Self.noon)
                try await invitation.create(on: db)
            }
        }
    }
}
