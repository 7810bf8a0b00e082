import FluentKit
import Foundation

/// The invitations table.
struct CreateMeetingInvitations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingInvitation.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id"))
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("attendance", .string, .required)
            .field("note", .string, .required)
            .field("responded_at", .datetime)
            .field("responded_by", .string)
            .unique(on: "meeting_id", "unit_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingInvitation.schema).delete()
    }
}
