import FluentKit
import Foundation

/// The rows of the smaller records (rectification items, 督办单, suggestions, meetings) that an
/// automatic figure counts, each with the unit it counts for: read once, then tallied or listed.
enum RecordRows {
    struct Row {
        let unit: UUID
        let counted: CountedRow
    }

    static func rows(_ metric: AutoMetric, period: ClosedRange<CalendarDay>, unitID: UUID?, on db: any Database)
        async throws -> [Row]
    {
        switch metric {
        case .rectificationClosed, .rectificationOnTime: try await rectification(metric, period, unitID, db)
        case .noticesOnTime: try await notices(period, unitID, db)
        case .suggestionsOnTime, .suggestionsClassA, .suggestionSatisfaction:
            try await suggestions(metric, period, unitID, db)
        case .relaysOnTime, .meetingAttendance: try await meetings(metric, period, unitID, db)
        case .tasksOnTime, .reportsOnTime: []
        }
    }

    /// Did it happen by `day` (inclusive)?
    private static func by(_ date: Date?, _ day: String) -> Bool {
        guard let date, let day = CalendarDay(iso: day) else { return false }
        return CalendarDay(date) <= day
    }

    private static func rectification(
        _ metric: AutoMetric, _ period: ClosedRange<CalendarDay>, _ unitID: UUID?, _ db: any Database
    ) async throws -> [Row] {
        let query = RectificationItem.query(on: db).filter(\.$deadline >= period.lowerBound.description)
            .filter(\.$deadline <= period.upperBound.description)
        if let unitID { query.filter(\.$unit.$id == unitID) }
        let last = period.upperBound.description
        return try await query.all().map { item in
            let signedOff = item.status == .signedOff
            let met = signedOff && by(item.signedOffAt, metric == .rectificationOnTime ? item.deadline : last)
            return Row(
                unit: item.$unit.id,
                counted: CountedRow(
                    subject: .inspection(item.$inspection.id), title: item.problem, day: item.deadline, met: met))
        }
    }

    private static func notices(_ period: ClosedRange<CalendarDay>, _ unitID: UUID?, _ db: any Database) async throws
        -> [Row]
    {
        let query = SupervisionNotice.query(on: db).filter(\.$replyDue >= period.lowerBound.description)
            .filter(\.$replyDue <= period.upperBound.description)
        if let unitID { query.filter(\.$unit.$id == unitID) }
        return try await query.all().map { notice in
            Row(
                unit: notice.$unit.id,
                counted: CountedRow(
                    subject: .notice(try notice.requireID()), title: "\(notice.number) \(notice.reason)",
                    day: notice.replyDue, met: by(notice.answeredAt, notice.replyDue)))
        }
    }

    private static func suggestions(
        _ metric: AutoMetric, _ period: ClosedRange<CalendarDay>, _ unitID: UUID?, _ db: any Database
    ) async throws -> [Row] {
        let end = period.upperBound.adding(days: 1).startDate
        let handlers = SuggestionHandler.query(on: db).filter(\.$isLead == true)
        if let unitID { handlers.filter(\.$unit.$id == unitID) }
        let leads = Dictionary(try await handlers.all().map { ($0.$suggestion.id, $0.$unit.id) }) { first, _ in first }
        guard !leads.isEmpty else { return [] }
        let suggestions = try await Suggestion.query(on: db).filter(\.$id ~~ Array(leads.keys))
            .filter(\.$submittedAt >= period.lowerBound.startDate).filter(\.$submittedAt < end).all()
        var rows: [Row] = []
        if metric == .suggestionSatisfaction {
            let byID = Dictionary(uniqueKeysWithValues: suggestions.map { ($0.id!, $0) })
            let signers = try await SuggestionSigner.query(on: db).filter(\.$suggestion.$id ~~ Array(byID.keys))
                .filter(\.$state == .confirmed).all()
            for signer in signers {
                guard let rating = signer.rating, let suggestion = byID[signer.$suggestion.id] else { continue }
                rows.append(
                    Row(
                        unit: leads[suggestion.id!]!,
                        counted: CountedRow(
                            subject: .suggestion(suggestion.id!), title: "\(suggestion.title)（\(rating.label)）",
                            day: suggestion.submittedAt.map { CalendarDay($0).description } ?? "",
                            met: rating != .dissatisfied)))
            }
            return rows
        }
        for suggestion in suggestions {
            let answered = suggestion.answeredAt.map { $0 < end } ?? false
            if metric == .suggestionsClassA && !answered { continue }
            let met =
                metric == .suggestionsClassA
                ? suggestion.answerClass == .a : answered && suggestion.answeredOnTime == true
            rows.append(
                Row(
                    unit: leads[suggestion.id!]!,
                    counted: CountedRow(
                        subject: .suggestion(suggestion.id!), title: "\(suggestion.number) \(suggestion.title)",
                        day: suggestion.answerDue ?? "", met: met)))
        }
        return rows
    }

    private static func meetings(
        _ metric: AutoMetric, _ period: ClosedRange<CalendarDay>, _ unitID: UUID?, _ db: any Database
    ) async throws -> [Row] {
        let first = period.lowerBound.description
        let last = period.upperBound.description
        let meetings = Meeting.query(on: db)
        if metric == .relaysOnTime {
            meetings.filter(\.$relayDue >= first).filter(\.$relayDue <= last)
        } else {
            meetings.filter(\.$day >= first).filter(\.$day <= last)
        }
        let byID = Dictionary(uniqueKeysWithValues: try await meetings.all().map { ($0.id!, $0) })
        guard !byID.isEmpty else { return [] }
        let invitations = MeetingInvitation.query(on: db).filter(\.$meeting.$id ~~ Array(byID.keys))
        if let unitID { invitations.filter(\.$unit.$id == unitID) }
        return try await invitations.all().compactMap { invitation in
            guard let meeting = byID[invitation.$meeting.id] else { return nil }
            let relayDue = meeting.relayDue ?? ""
            let met =
                metric == .relaysOnTime
                ? by(invitation.relaySubmittedAt, relayDue) : invitation.attendance == .confirmed
            return Row(
                unit: invitation.$unit.id,
                counted: CountedRow(
                    subject: .meeting(meeting.id!), title: meeting.name,
                    day: metric == .relaysOnTime ? relayDue : meeting.day, met: met))
        }
    }
}
