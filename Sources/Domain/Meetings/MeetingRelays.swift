import FluentKit
import Foundation

/// Where an invited unit stands with its relay report (传达落实) of a meeting.
public enum RelayState: Sendable, Equatable {
    /// Reported; the day the unit relayed the meeting.
    case reported(relayedOn: String)
    /// Not reported yet, the due day not passed.
    case pending
    /// Not reported, the due day passed: shows like an overdue task report.
    case overdue(days: Int)

    public var label: String {
        switch self {
        case .reported: "已报送"
        case .pending: "待报送"
        case .overdue(let days): "逾期 \(days) 天"
        }
    }

    public var isOverdue: Bool {
        if case .overdue = self { return true }
        return false
    }
}

extension MeetingInvitation {
    /// The unit's relay state for a meeting due on `due`; nil when the meeting asks for none.
    public func relayState(due: String?, today: CalendarDay) -> RelayState? {
        if let relayedOn { return .reported(relayedOn: relayedOn) }
        guard let due = due.flatMap(CalendarDay.init(iso:)) else { return nil }
        return today > due ? .overdue(days: due.days(until: today)) : .pending
    }
}

/// The relay reports of every meeting that asks for them, unit by unit: what the office
/// chases and what a unit still owes.
public struct RelayLedger: Sendable {
    public struct Row: Sendable {
        public let meeting: Meeting
        public let invitation: MeetingInvitation
        public let unitName: String
        public let state: RelayState
    }

    public let rows: [Row]

    /// Most rows shown; the list is of meetings still being followed up, not an archive.
    public static let maxRows = 2_000

    /// The relays due since `since` (default: a year back), the soonest due first; the
    /// actor's own unit only for a unit's liaison or viewer.
    public static func load(for actor: Actor, overdueOnly: Bool, today: CalendarDay, on db: any Database) async throws -> RelayLedger {
        try MeetingPermissions.require(.read, actor: actor)
        let meetings = try await Meeting.query(on: db).filter(\.$relayDue >= today.adding(days: -366).description)
            .sort(\.$relayDue).sort(\.$day).all()
        let byID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id!, $0) })
        guard !byID.isEmpty else { return RelayLedger(rows: []) }
        let query = MeetingInvitation.query(on: db).filter(\.$meeting.$id ~~ Array(byID.keys))
        if let unitID = MeetingPermissions.relayScope(of: actor) { query.filter(\.$unit.$id == unitID) }
        if overdueOnly { query.filter(\.$relayedOn == nil) }
        let names = try await UnitDirectory.snapshot(on: db).names
        let rows = try await query.all().compactMap { invitation -> Row? in
            guard let meeting = byID[invitation.$meeting.id], let state = invitation.relayState(due: meeting.relayDue, today: today),
                  !overdueOnly || state.isOverdue else { return nil }
            return Row(meeting: meeting, invitation: invitation, unitName: names[invitation.$unit.id] ?? "", state: state)
        }
        let sorted = rows.sorted {
            ($0.meeting.relayDue ?? "", $0.meeting.name, $0.unitName) < ($1.meeting.relayDue ?? "", $1.meeting.name, $1.unitName)
        }
        return RelayLedger(rows: Array(sorted.prefix(maxRows)))
    }
}

extension MeetingCommands {
    /// The most a relay report may say.
    public static let maxRelayLength = 5_000

    /// The actor's unit reports how it relayed and carried out the meeting (传达落实); a later
    /// report replaces the earlier one.
    public func reportRelay(_ meetingID: UUID, relayedOn: String, text: String, by actor: Actor,
                            on db: any Database) async throws -> MeetingInvitation {
        try MeetingPermissions.require(.respond, actor: actor)
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldError] = []
        if text.isEmpty { problems.append(FieldError("text", "请填写传达落实情况")) }
        if text.count > Self.maxRelayLength { problems.append(FieldError("text", "传达落实情况不能超过\(Self.maxRelayLength)个字")) }
        let day = TaskRules.day(relayedOn)
        let today = CalendarDay(audit.now)
        if day == nil { problems.append(FieldError("relayedOn", "传达日期请写成 2026-03-20")) }
        if let day, day > today { problems.append(FieldError("relayedOn", "传达日期不能晚于今天")) }
        guard problems.isEmpty, let day else { throw DomainError.invalid(problems) }
        return try await db.transaction { tx in
            try await DataVersion.bump(.work, on: tx)  // first: see DataVersion on lock order
            let meeting = try await Meeting.require(meetingID, on: tx)
            guard meeting.relayDue != nil else { throw DomainError.conflict("这次会议没有要求报送传达落实情况") }
            if let held = CalendarDay(iso: meeting.day), day < held {
                throw DomainError.invalid("relayedOn", "传达日期不能早于会议日期（\(meeting.day)）")
            }
            guard let unitID = actor.unitID, let invitation = try await MeetingInvitation.query(on: tx)
                .filter(\.$meeting.$id == meetingID).filter(\.$unit.$id == unitID).first() else {
                throw DomainError.forbidden("本单位不是这次会议的参会单位，无需报送传达落实情况")
            }
            let before = ["relayedOn": invitation.relayedOn ?? "", "relayText": invitation.relayText ?? ""]
            invitation.relayedOn = day.description
            invitation.relayText = text
            invitation.relaySubmittedAt = audit.now
            invitation.relaySubmittedBy = actor.username
            try await invitation.save(on: tx)
            try await audit.record(subject(meeting), actor: actor, action: "meeting.relay",
                                   changes: AuditLog.diff(before: before, after: ["relayedOn": day.description, "relayText": text]), on: tx)
            return invitation
        }
    }
}
