import FluentKit
import Foundation

extension MeetingCommands {
    /// The most a relay report may say.
    public static let maxRelayLength = 5_000

    /// The actor's unit reports how it relayed and carried out the meeting (传达落实); a later
    /// report replaces the earlier one.
    public func reportRelay(
        _ meetingID: UUID, relayedOn: String, text: String, by actor: Actor,
        on db: any Database
    ) async throws -> MeetingInvitation {
        try MeetingPermissions.require(.respond, actor: actor)
        var problems: [FieldError] = []
        let text = RequiredText("text", "传达落实情况", limit: Self.maxRelayLength).checked(text, into: &problems)
        let day = TaskRules.day(relayedOn)
        let today = CalendarDay(clock.now)
        if day == nil { problems.append(FieldError("relayedOn", "传达日期请写成 2026-03-20")) }
        if let day, day > today { problems.append(FieldError("relayedOn", "传达日期不能晚于今天")) }
        guard problems.isEmpty, let day else { throw DomainError.invalid(problems) }
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let meeting = try await Meeting.require(meetingID, on: tx)
            guard meeting.relayDue != nil else { throw DomainError.conflict("这次会议没有要求报送传达落实情况") }
            if let held = CalendarDay(iso: meeting.day), day < held {
                throw DomainError.invalid("relayedOn", "传达日期不能早于会议日期（\(meeting.day)）")
            }
            guard let unitID = actor.unitID,
                let invitation = try await MeetingInvitation.query(on: tx)
                    .filter(\.$meeting.$id == meetingID).filter(\.$unit.$id == unitID).first()
            else {
                throw DomainError.forbidden("本单位不是这次会议的参会单位，无需报送传达落实情况")
            }
            let before = ["relayedOn": invitation.relayedOn ?? "", "relayText": invitation.relayText ?? ""]
            invitation.relayedOn = day.description
            invitation.relayText = text
            invitation.relaySubmittedAt = audit.now
            invitation.relaySubmittedBy = actor.username
            try await invitation.save(on: tx)
            try await audit.record(
                subject(meeting), action: "meeting.relay",
                changes: AuditLog.diff(before: before, after: ["relayedOn": day.description, "relayText": text]))
            return invitation
        }
    }
}
