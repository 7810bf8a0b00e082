import FluentKit
import Foundation

/// Meetings by day, for the month view and the calendar feed: held and scheduled alike (a
/// series' next meeting is a stored meeting once scheduled).
public enum MeetingCalendar {
    /// Most meetings one range returns.
    public static let maxMeetings = 2_000

    /// The meetings from `first` to `last` (inclusive) that `actor` follows, by day and time:
    /// every meeting for the office and leaders, for others those their unit hosts or is
    /// invited to.
    public static func meetings(from first: CalendarDay, to last: CalendarDay, for actor: Actor, on db: any Database)
        async throws -> [Meeting]
    {
        try MeetingPermissions.require(.read, actor: actor)
        let query = Meeting.query(on: db).filter(\.$day >= first.description).filter(\.$day <= last.description)
        if !RoleRules.readsAll(actor.role) {
            guard let unitID = actor.unitID else { return [] }
            let invited = try await MeetingInvitation.query(on: db).filter(\.$unit.$id == unitID).all(\.$meeting.$id)
            query.group(.or) { $0.filter(\.$hostUnit.$id == unitID).filter(\.$id ~~ invited) }
        }
        return try await query.sort(\.$day).sort(\.$time).range(..<maxMeetings).all()
    }
}
