import FluentKit
import SQLKit

/// Meetings recur as series and ask for relay reports (传达落实); invited units report on their invitation.
struct AddMeetingSeriesAndRelays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement (SQLite adds one at a time); a required column needs a default
        // for the rows already there.
        try await database.schema(Meeting.schema)
            .field("recurrence", .string, .required, .sql(.default(MeetingRecurrence.none.rawValue))).update()
        try await database.schema(Meeting.schema).field("previous_meeting_id", .uuid).update()
        try await database.schema(Meeting.schema).field("relay_due", .string).update()
        for (column, type) in [
            ("relay_text", DatabaseSchema.DataType.string), ("relayed_on", .string),
            ("relay_submitted_at", .datetime), ("relay_submitted_by", .string),
        ] {
            try await database.schema(MeetingInvitation.schema).field(.string(column), type).update()
        }
        guard let sql = database as? any SQLDatabase else { return }
        // One successor per meeting, however many schedulers run at once.
        try await sql.raw("CREATE UNIQUE INDEX meetings_previous ON meetings (previous_meeting_id)").run()
        try await sql.raw("CREATE INDEX meetings_relay_due ON meetings (relay_due)").run()
    }

    func revert(on database: any Database) async throws {
        // SQLite drops no column an index still covers.
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX meetings_previous").run()
            try await sql.raw("DROP INDEX meetings_relay_due").run()
        }
        for column in ["relay_text", "relayed_on", "relay_submitted_at", "relay_submitted_by"] {
            try await database.schema(MeetingInvitation.schema).deleteField(.string(column)).update()
        }
        for column in ["recurrence", "previous_meeting_id", "relay_due"] {
            try await database.schema(Meeting.schema).deleteField(.string(column)).update()
        }
    }
}
