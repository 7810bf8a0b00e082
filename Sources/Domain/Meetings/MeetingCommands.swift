import FluentKit
import Foundation

/// Every write to meetings and documents: validate, authorise, change rows and audit in one
/// transaction. Plans and tasks name their meeting, so the work version moves as well.
public struct MeetingCommands: Sendable {
    let write: DomainWrite
    let clock: AppClock

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
        self.clock = clock
    }

    /// Records a meeting with its participants.
    public func create(_ input: MeetingInput, by actor: Actor, on db: any Database) async throws -> Meeting {
        try MeetingPermissions.require(.manage, actor: actor)
        let (fields, people) = try MeetingRules.checked(input)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let meeting = try await insert(fields, people: people, importID: nil, on: tx, audit: audit)
            try await invite(input.invitedUnitIDs, to: meeting.requireID(), on: tx)
            return meeting
        }
    }

    /// Makes the invited units exactly `unitIDs`: new ones are invited, dropped ones removed,
    /// and the answers of units still invited kept.
    private func invite(_ unitIDs: [UUID], to meetingID: UUID, on tx: any Database) async throws {
        let wanted = Set(unitIDs)
        try await OrgUnit.requireExisting(Array(wanted), on: tx)
        let current = try await MeetingInvitation.query(on: tx).filter(\.$meeting.$id == meetingID).all()
        let dropped = current.filter { !wanted.contains($0.$unit.id) }.compactMap(\.id)
        if !dropped.isEmpty { try await MeetingInvitation.query(on: tx).filter(\.$id ~~ dropped).delete() }
        let kept = Set(current.map(\.$unit.id))
        try await insertInChunks(
            unitIDs.filter { !kept.contains($0) }.uniqued().map { MeetingInvitation(meetingID: meetingID, unitID: $0) },
            on: tx)
    }

    /// The actor's unit answers its invitation: attending, or sending apologies with a note.
    public func respond(_ meetingID: UUID, attending: Bool, note: String, by actor: Actor, on db: any Database)
        async throws -> MeetingInvitation
    {
        try MeetingPermissions.require(.respond, actor: actor)
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard note.count <= MeetingRules.maxNoteLength else {
            throw DomainError.invalid("note", "说明不能超过\(MeetingRules.maxNoteLength)个字")
        }
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let meeting = try await Meeting.require(meetingID, on: tx)
            guard let unitID = actor.unitID,
                let invitation = try await MeetingInvitation.query(on: tx)
                    .filter(\.$meeting.$id == meetingID).filter(\.$unit.$id == unitID).first()
            else {
                throw DomainError.forbidden("本单位没有受邀参加这次会议")
            }
            let before = ["attendance": invitation.attendance.rawValue, "note": invitation.note]
            invitation.attendance = attending ? .confirmed : .declined
            invitation.note = note
            invitation.respondedAt = audit.now
            invitation.respondedBy = actor.username
            try await invitation.save(on: tx)
            try await audit.record(
                subject(meeting), action: "meeting.attendance",
                changes: AuditLog.diff(
                    before: before, after: ["attendance": invitation.attendance.rawValue, "note": note]))
            return invitation
        }
    }

    /// Writes a checked meeting inside the caller's transaction (also used by report imports).
    func insert(
        _ fields: MeetingFields, people: [ParticipantFields], importID: UUID?, on tx: any Database,
        audit: AuditTrail
    ) async throws -> Meeting {
        try await OrgUnit.requireExisting([fields.hostUnitID] + people.map(\.unitID), on: tx)
        let meeting = Meeting(fields, importID: importID)
        try await meeting.create(on: tx)
        let rows = try people.enumerated().map {
            MeetingParticipant(meetingID: try meeting.requireID(), $1, sortOrder: $0 + 1)
        }
        try await insertInChunks(rows, on: tx)
        var snapshot = meeting.auditSnapshot
        snapshot["participants"] = people.map(\.name).joined(separator: "、")
        try await audit.record(
            subject(meeting), action: "meeting.create",
            changes: AuditLog.diff(before: nil, after: snapshot))
        return meeting
    }

    /// Changes a meeting; its participants are replaced by `input.participants`.
    public func update(_ id: UUID, _ input: MeetingInput, by actor: Actor, on db: any Database) async throws -> Meeting
    {
        try MeetingPermissions.require(.manage, actor: actor)
        let (fields, people) = try MeetingRules.checked(input)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let meeting = try await Meeting.require(id, on: tx)
            try await OrgUnit.requireExisting([fields.hostUnitID] + people.map(\.unitID), on: tx)
            var before = meeting.auditSnapshot
            before["participants"] = try await MeetingParticipant.query(on: tx).filter(\.$meeting.$id == id)
                .sort(\.$sortOrder).all().map(\.name).joined(separator: "、")
            meeting.apply(fields)
            try await meeting.save(on: tx)
            try await MeetingParticipant.query(on: tx).filter(\.$meeting.$id == id).delete()
            try await insertInChunks(
                people.enumerated().map { MeetingParticipant(meetingID: id, $1, sortOrder: $0 + 1) }, on: tx)
            try await invite(input.invitedUnitIDs, to: id, on: tx)
            var after = meeting.auditSnapshot
            after["participants"] = people.map(\.name).joined(separator: "、")
            try await audit.record(
                subject(meeting), action: "meeting.update",
                changes: AuditLog.diff(before: before, after: after))
            return meeting
        }
    }

    /// Deletes a meeting that no plan comes from and no task cites; its documents and the
    /// suggestions chosen as its topics stay, unlinked.
    /// Deleting the meeting a series scheduled next ends the series.
    public func delete(_ id: UUID, by actor: Actor, on db: any Database) async throws {
        try MeetingPermissions.require(.manage, actor: actor)
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let meeting = try await Meeting.require(id, on: tx)
            if try await Plan.query(on: tx).filter(\.$sourceMeeting.$id == id).count() > 0 {
                throw DomainError.conflict("有工作计划来自这次会议，不能删除")
            }
            if try await WorkTask.query(on: tx).filter(\.$sourceMeeting.$id == id).count() > 0 {
                throw DomainError.conflict("有任务以这次会议为依据，不能删除")
            }
            if let next = try await Meeting.query(on: tx).filter(\.$previousMeetingID == id).first() {
                // A meeting from the middle of a series: the series closes up around it.
                next.previousMeetingID = meeting.previousMeetingID
                try await next.save(on: tx)
            } else if let previousID = meeting.previousMeetingID,
                let previous = try await Meeting.find(previousID, on: tx),
                previous.recurrence != .none
            {
                // The meeting a series scheduled last: the series ends, or the next run would schedule it again.
                let before = previous.recurrence.rawValue
                previous.recurrence = .none
                try await previous.save(on: tx)
                try await audit.record(
                    subject(previous), action: "meeting.update",
                    changes: ["recurrence": AuditChange(before: before, after: MeetingRecurrence.none.rawValue)])
            }
            try await OfficialDocument.query(on: tx).filter(\.$meeting.$id == id).set(\.$meeting.$id, to: nil).update()
            try await MeetingInvitation.query(on: tx).filter(\.$meeting.$id == id).delete()
            try await MeetingParticipant.query(on: tx).filter(\.$meeting.$id == id).delete()
            try await SuggestionTopic.query(on: tx).filter(\.$meeting.$id == id).delete()  // the suggestions stay
            try await meeting.delete(on: tx)
            try await audit.record(
                subject(meeting), action: "meeting.delete",
                changes: AuditLog.diff(before: meeting.auditSnapshot, after: nil))
        }
    }

    // MARK: helpers

    func subject(_ meeting: Meeting) -> AuditSubject {
        AuditSubject(type: "meeting", id: meeting.id, label: meeting.name)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
