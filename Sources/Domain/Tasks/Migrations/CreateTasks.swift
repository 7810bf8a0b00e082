import FluentKit
import SQLKit

/// Areas, tasks, their co-operating units, milestones, history and progress reports.
struct CreateTasks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PlanArea.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(Plan.schema, "id"))
            .field("title", .string, .required)
            .field("sort_order", .int, .required)
            .create()
        try await database.schema(WorkTask.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(Plan.schema, "id"))
            .field("area_id", .uuid, .references(PlanArea.schema, "id"))
            .field("parent_id", .uuid, .references(WorkTask.schema, "id"))
            .field("sort_order", .int, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("lead_unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("leader", .string, .required)
            .field("start_day", .string, .required)
            .field("deadline", .string, .required)
            .field("report_frequency", .string, .required)
            .field("next_report_due", .string)
            .field("status", .string, .required)
            .field("progress", .int, .required)
            .field("light", .string, .required)
            .field("red_since", .string)
            .field("tags", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(TaskCoUnit.schema)
            .id()
            .field("task_id", .uuid, .required, .references(WorkTask.schema, "id"))
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("part", .string, .required)
            .field("signed_off_at", .datetime)
            .unique(on: "task_id", "unit_id")
            .create()
        try await database.schema(TaskMilestone.schema)
            .id()
            .field("task_id", .uuid, .required, .references(WorkTask.schema, "id"))
            .field("day", .string, .required)
            .field("expected_progress", .int, .required)
            .create()
        try await database.schema(TaskEvent.schema)
            .id()
            .field("task_id", .uuid, .required, .references(WorkTask.schema, "id"))
            .field("at", .datetime, .required)
            .field("actor_name", .string, .required)
            .field("kind", .string, .required)
            .field("summary", .string, .required)
            .create()
        try await database.schema(ProgressReport.schema)
            .id()
            .field("task_id", .uuid, .required, .references(WorkTask.schema, "id"))
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("author_name", .string, .required)
            .field("text", .string, .required)
            .field("progress", .int, .required)
            .field("problems", .string, .required)
            .field("next_steps", .string, .required)
            .field("status", .string, .required)
            .field("review_comment", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("reviewed_at", .datetime)
            .create()
        // The indexes the lists and the task page filter and join on.
        guard let sql = database as? any SQLDatabase else { return }
        for (name, table, columns) in [
            ("tasks_plan", WorkTask.schema, "plan_id, sort_order"),
            ("tasks_parent", WorkTask.schema, "parent_id"),
            ("tasks_lead", WorkTask.schema, "lead_unit_id, deadline"),
            ("tasks_deadline", WorkTask.schema, "deadline"),
            ("tasks_light", WorkTask.schema, "light, deadline"),
            ("task_co_units_unit", TaskCoUnit.schema, "unit_id"),
            ("task_milestones_task", TaskMilestone.schema, "task_id"),
            ("task_events_task", TaskEvent.schema, "task_id, at"),
            ("progress_reports_task", ProgressReport.schema, "task_id, submitted_at"),
            ("progress_reports_status", ProgressReport.schema, "status"),
        ] {
            try await sql.raw("CREATE INDEX \(unsafeRaw: name) ON \(unsafeRaw: table) (\(unsafeRaw: columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        for schema in [
            ProgressReport.schema, TaskEvent.schema, TaskMilestone.schema, TaskCoUnit.schema, WorkTask.schema,
            PlanArea.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
