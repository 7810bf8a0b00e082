import Domain
import Fluent
import Vapor

/// `tongxin demo`: fills an empty database with the fictional city of 示范市 — units, a user per
/// role (passwords printed once), the year's plan deployed by an imported meeting report, tasks
/// in every state and light, reports, supervision notices, an inspection with rectification
/// items, a quarterly consultation meeting series and documents.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Fill an empty database with a fictional city's demo data (示范市)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let db = app.db
        let services = app.tongxin
        let passwords = try await DemoCity.build(
            clock: services.clock, hasher: services.hasher, reader: services.reader,
            thresholds: services.config.lightThresholds, on: db)
        app.tongxin.versions.invalidate()
        let reminders = try await ReminderScheduler.runOnce(app).0
        context.console.print(
            "示范市 is ready: \(DemoContent.units.count + DemoContent.moreUnits.count) units, \(passwords.count) users, "
                + "\(try await WorkTask.query(on: db).count()) tasks, \(try await Meeting.query(on: db).count()) meetings, "
                + "\(try await Suggestion.query(on: db).count()) suggestions, "
                + "\(reminders.reminders) reminders sent.")
        context.console.print("Sign in as (username / password, shown only now):")
        for (username, password) in passwords { context.console.print("  \(username) / \(password)") }
        context.console.print("  admin / the password printed when the database was first created")
    }
}
