import FluentKit
import SQLKit

/// Yearly assessment: schemes, indicators, units' cards and entries, adjustments and appeals.
struct CreateAssessments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AssessmentScheme.schema)
            .id()
            .field("year", .int, .required)
            .field("title", .string, .required)
            .field("total_points", .int, .required)
            .field("unit_kinds", .string, .required)
            .field("bonus_cap", .int, .required)
            .field("deduction_cap", .int, .required)
            .field("grading", .string, .required)
            .field("grade_bounds", .string, .required)
            .field("window_days", .int, .required)
            .field("status", .string, .required)
            .field("revision", .int, .required)
            .field("figures_day", .string)
            .field("published_on", .string)
            .field("window_ends", .string)
            .field("finalised_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "year")
            .create()
        try await database.schema(AssessmentIndicator.schema)
            .id()
            .field("scheme_id", .uuid, .required, .references(AssessmentScheme.schema, "id"))
            .field("position", .int, .required)
            .field("category", .string, .required)
            .field("name", .string, .required)
            .field("rule", .string, .required)
            .field("points", .int, .required)
            .field("method", .string)
            .field("metric", .string)
            .field("scorer_unit_id", .uuid, .references(OrgUnit.schema, "id"))
            .create()
        try await database.schema(AssessmentCard.schema)
            .id()
            .field("scheme_id", .uuid, .required, .references(AssessmentScheme.schema, "id"))
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("unit_kind", .string, .required)
            .unique(on: "scheme_id", "unit_id")
            .create()
        try await database.schema(AssessmentEntry.schema)
            .id()
            .field("card_id", .uuid, .required, .references(AssessmentCard.schema, "id"))
            .field("indicator_id", .uuid, .required, .references(AssessmentIndicator.schema, "id"))
            .field("state", .string, .required)
            .field("self_score", .int)
            .field("statement", .string, .required)
            .field("evidence", .string, .required)
            .field("score", .int)
            .field("review_reason", .string, .required)
            .field("reviewed_by", .string)
            .field("met", .int)
            .field("counted", .int)
            .unique(on: "card_id", "indicator_id")
            .create()
        try await database.schema(AssessmentAdjustment.schema)
            .id()
            .field("card_id", .uuid, .required, .references(AssessmentCard.schema, "id"))
            .field("kind", .string, .required)
            .field("points", .int, .required)
            .field("reason", .string, .required)
            .field("created_by", .string, .required)
            .create()
        try await database.schema(AssessmentAppeal.schema)
            .id()
            .field("entry_id", .uuid, .required, .references(AssessmentEntry.schema, "id"))
            .field("reason", .string, .required)
            .field("evidence", .string, .required)
            .field("status", .string, .required)
            .field("answer", .string, .required)
            .field("old_score", .int)
            .field("new_score", .int)
            .field("filed_by", .string, .required)
            .field("filed_at", .datetime, .required)
            .field("answered_at", .datetime)
            .create()
        try await database.schema(AssessmentAttachment.schema)
            .id()
            .field("entry_id", .uuid, .required, .references(AssessmentEntry.schema, "id"))
            .field("filename", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX assessment_attachments_entry ON assessment_attachments (entry_id)").run()
        try await sql.raw("CREATE INDEX assessment_indicators_scheme ON assessment_indicators (scheme_id, position)")
            .run()
        try await sql.raw("CREATE INDEX assessment_entries_indicator ON assessment_entries (indicator_id, state)").run()
        try await sql.raw("CREATE INDEX assessment_adjustments_card ON assessment_adjustments (card_id)").run()
        try await sql.raw("CREATE INDEX assessment_appeals_entry ON assessment_appeals (entry_id, status)").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            AssessmentAttachment.schema, AssessmentAppeal.schema, AssessmentAdjustment.schema, AssessmentEntry.schema,
            AssessmentCard.schema,
            AssessmentIndicator.schema, AssessmentScheme.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}

/// What the assessment's on-time figures need from the records as they are written: the day a
/// task was finished, and whether a report came by the due day it answered.
struct AddOnTimeRecords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WorkTask.schema).field("finished_on", .string).update()
        try await database.schema(ProgressReport.schema).field("on_time", .bool).update()
        guard let sql = database as? any SQLDatabase else { return }
        // The figures count a year's reports per unit from the index alone: by unit, then by
        // submission, with whether each came on time.
        try await sql.raw(
            "CREATE INDEX progress_reports_unit_submitted ON progress_reports (unit_id, submitted_at, on_time)"
        ).run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX progress_reports_unit_submitted").run()
        }
        try await database.schema(WorkTask.schema).deleteField("finished_on").update()
        try await database.schema(ProgressReport.schema).deleteField("on_time").update()
    }
}
