import FluentKit
import Foundation

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

    /// The relays of the meetings held that ask for them, due within the last year, the
    /// soonest due first. Like attendance answers, every reader sees every unit's.
    public static func load(for actor: Actor, overdueOnly: Bool, today: CalendarDay, on db: any Database) async throws
        -> RelayLedger
    {
        try MeetingPermissions.require(.read, actor: actor)
        let meetings = try await Meeting.query(on: db).filter(\.$relayDue >= today.adding(days: -366).description)
            .filter(\.$day <= today.description).sort(\.$relayDue).sort(\.$day).all()
        let byID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id!, $0) })
        guard !byID.isEmpty else { return RelayLedger(rows: []) }
        let query = MeetingInvitation.query(on: db).filter(\.$meeting.$id ~~ Array(byID.keys))
        if overdueOnly { query.filter(\.$relayedOn == nil) }
        let names = try await UnitDirectory.snapshot(on: db).names
        let rows = try await query.all().compactMap { invitation -> Row? in
            guard let meeting = byID[invitation.$meeting.id],
                let state = invitation.relayState(due: meeting.relayDue, today: today),
                !overdueOnly || state.isOverdue
            else { return nil }
            return Row(
                meeting: meeting, invitation: invitation, unitName: names[invitation.$unit.id] ?? "", state: state)
        }
        let sorted = rows.sorted {
            ($0.meeting.relayDue ?? "", $0.meeting.name, $0.unitName) < (
                $1.meeting.relayDue ?? "", $1.meeting.name, $1.unitName
            )
        }
        return RelayLedger(rows: Array(sorted.prefix(maxRows)))
    }
}
