import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// Counters that writers move in their own transaction (only through ``DomainWrite``), so that what was computed from the
/// data can be kept until the data changes — also when another server process changed it.
/// Each row also holds a random instance id, so two databases never share cache entries.
public enum DataVersion {
    /// What a counter covers.
    public enum Counter: Int, Sendable, CaseIterable {
        /// Plans, tasks, reports, supervision, and the units and users they name.
        case work = 1
        /// What a signed-in request knows of its user: sessions, users, units, unread messages.
        case access = 2
    }

    static let table = "data_versions"

    /// The counters a write to each table must move, because pages and cached answers are
    /// built from it. Every table is listed: a test writes through every command and fails
    /// when one writes a table not named here, or leaves a counter it covers unmoved.
    public static let coverage: [String: Set<Counter>] = {
        let work: [String] = [
            "plans", "plan_areas", "tasks", "task_co_units", "task_milestones", "task_events", "progress_reports",
            "report_attachments", "supervision_notices", "inspections", "rectification_items", "meetings",
            "meeting_participants", "meeting_units", "documents", "document_attachments", "unit_webhooks",
            "suggestions",
            "suggestion_attachments", "suggestion_handlers", "suggestion_instructions", "suggestion_signers",
            "suggestion_terms", "suggestion_topics", "assessment_schemes", "assessment_indicators", "assessment_cards",
            "assessment_entries", "assessment_adjustments", "assessment_appeals", "assessment_attachments",
        ]
        // Names on every page, and what a signed-in request knows of its user.
        let both = ["units", "users"]
        let access = ["sessions", "api_tokens", "inbox_messages"]
        // Read fresh on every request, or never shown from memory.
        let neither = [
            "audit_log", "login_attempts", "sent_reminders", "webhook_deliveries", "import_batches", "report_imports",
            "calendar_feeds",
        ]
        var map: [String: Set<Counter>] = [:]
        for table in work { map[table] = [.work] }
        for table in both { map[table] = [.work, .access] }
        for table in access { map[table] = [.access] }
        for table in neither { map[table] = [] }
        return map
    }()

    /// Both counters as `instance:value`, read in one statement.
    public struct Stamps: Sendable, Equatable {
        public let work: String
        public let access: String
    }

    public static func read(on db: any Database) async throws -> Stamps {
        let sql = try sqlDatabase(db)
        var stamps: [Int: String] = [:]
        for row in try await sql.raw("SELECT id, instance, value FROM \(ident: table)").all() {
            stamps[try row.decode(column: "id", as: Int.self)] =
                "\(try row.decode(column: "instance", as: String.self)):\(try row.decode(column: "value", as: Int.self))"
        }
        guard let work = stamps[Counter.work.rawValue], let access = stamps[Counter.access.rawValue] else {
            throw DomainError.conflict("data_versions is incomplete; run the migrations")
        }
        return Stamps(work: work, access: access)
    }
}
