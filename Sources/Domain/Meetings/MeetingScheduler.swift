import FluentKit
import Foundation

/// The meetings' daily work, run with the reminder job: schedules the next meeting of each
/// series whose latest meeting has been held, and reminds invited units of relay reports
/// (传达落实) falling due or overdue. Runs any number of times a day without doing anything twice.
public struct MeetingScheduler: Sendable {
    public struct Summary: Sendable, Equatable {
        public var meetingsScheduled = 0
        public var relayReminders = 0

        public init() {}
    }

    private let clock: AppClock
    /// A relay report falling due within this many days is reminded of.
    private let relayDueSoonDays: Int

    public init(clock: AppClock, relayDueSoonDays: Int = 3) {
        self.clock = clock
        self.relayDueSoonDays = relayDueSoonDays
    }

    public func run(on db: any Database) async throws -> Summary {
        var summary = Summary()
        summary.meetingsScheduled = try await scheduleNextMeetings(on: db).count
        summary.relayReminders = try await remindRelays(on: db)
        return summary
    }

    /// Creates the next meeting of every series whose latest meeting's day has come: the same
    /// kind, name, time, place, host, chair and invited units, on the series' next day after
    /// today; the relay due day keeps its distance from the meeting day. Returns the new meetings.
    public func scheduleNextMeetings(on db: any Database) async throws -> [Meeting] {
        let today = CalendarDay.today(clock)
        let held = try await Meeting.query(on: db).filter(\.$recurrence != MeetingRecurrence.none).filter(
            \.$day <= today.description
        ).all()
        guard !held.isEmpty else { return [] }
        let followed = Set(
            try await Meeting.query(on: db).filter(\.$previousMeetingID ~~ held.compactMap(\.id)).all()
                .compactMap(\.previousMeetingID))
        var created: [Meeting] = []
        for meeting in held where !followed.contains(meeting.id!) {
            do {
                created.append(try await scheduleNext(after: meeting, today: today, on: db))
            } catch let error as any DatabaseError where error.isConstraintFailure {
                continue  // another run scheduled it first (one successor per meeting)
            }
        }
        return created
    }

    private func scheduleNext(after meeting: Meeting, today: CalendarDay, on db: any Database) async throws -> Meeting {
        let commands = MeetingCommands(clock: clock)
        return try await DomainWrite(clock: clock).perform(by: .system, touching: .work, on: db) { tx, audit in
            let held = CalendarDay(iso: meeting.day) ?? today
            // Counted from the series' first meeting, so a series on the 31st keeps to month ends
            // rather than sliding to the 28th after February.
            let first = try await Self.firstDay(of: meeting, on: tx) ?? held
            let day = meeting.recurrence.nextDay(after: first, today: max(today, held)) ?? today
            let next = Meeting()
            next.kind = meeting.kind
            next.name = meeting.name
            next.day = day.description
            next.time = meeting.time
            next.place = meeting.place
            next.$hostUnit.id = meeting.$hostUnit.id
            next.chair = meeting.chair
            (next.agenda, next.minutes, next.decisions) = ("", "", "")
            next.recurrence = meeting.recurrence
            next.previousMeetingID = meeting.id
            next.relayDue = meeting.relayDue.flatMap(CalendarDay.init(iso:)).map {
                day.adding(days: held.days(until: $0)).description
            }
            try await next.create(on: tx)
            let units = try await MeetingInvitation.query(on: tx).filter(\.$meeting.$id == meeting.id!).all(\.$unit.$id)
            try await insertInChunks(units.map { MeetingInvitation(meetingID: next.id!, unitID: $0) }, on: tx)
            var snapshot = next.auditSnapshot
            snapshot["previousMeetingId"] = meeting.id!.uuidString
            try await audit.record(
                commands.subject(next), action: "meeting.schedule",
                changes: AuditLog.diff(before: nil, after: snapshot))
            return next
        }
    }

    /// The day of the first meeting of `meeting`'s series (following the chain back).
    private static func firstDay(of meeting: Meeting, on db: any Database) async throws -> CalendarDay? {
        var current = meeting
        var seen: Set<UUID> = []
        while let previousID = current.previousMeetingID, seen.insert(previousID).inserted,
            let previous = try await Meeting.find(previousID, on: db)
        {
            current = previous
        }
        return CalendarDay(iso: current.day)
    }

    /// Reminds each invited unit once when its relay report falls due within a few days, and
    /// once when it is overdue. Returns how many reminders went out.
    public func remindRelays(on db: any Database) async throws -> Int {
        let today = CalendarDay.today(clock)
        // Older overdue relays were reminded of when they fell overdue.
        let meetings = try await Meeting.query(on: db).filter(\.$relayDue >= today.adding(days: -60).description)
            .filter(\.$relayDue <= today.adding(days: relayDueSoonDays).description).filter(\.$day <= today.description)
            .all()
        guard !meetings.isEmpty else { return 0 }
        let byID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id!, $0) })
        let open = try await MeetingInvitation.query(on: db).filter(\.$meeting.$id ~~ Array(byID.keys)).filter(
            \.$relayedOn == nil
        ).all()
        let notifier = Notifier(clock: clock)
        var sent = 0
        for invitation in open {
            guard let meeting = byID[invitation.$meeting.id], let due = meeting.relayDue,
                let state = invitation.relayState(due: due, today: today)
            else { continue }
            let subject = Notification.Subject(type: "meeting", id: meeting.id!)
            let notification: Notification
            let key: String
            if case .overdue(let days) = state {
                key = "relay-overdue:\(meeting.id!):\(invitation.$unit.id):\(due)"
                notification = Notification(
                    kind: .relayOverdue, title: "传达落实情况逾期：\(meeting.name)",
                    body: "应于 \(due) 前报送传达落实情况，已逾期 \(days) 天，请尽快报送。", subject: subject)
            } else {
                key = "relay-due:\(meeting.id!):\(invitation.$unit.id):\(due)"
                notification = Notification(
                    kind: .relayDue, title: "请报送传达落实情况：\(meeting.name)",
                    body: "请于 \(due) 前报送本单位传达学习和贯彻落实\(meeting.name)精神的情况。", subject: subject)
            }
            if try await notifier.sendOnce(key: key, notification, toUnit: invitation.$unit.id, on: db) { sent += 1 }
        }
        return sent
    }
}
