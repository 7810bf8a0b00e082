import Fluent
import Vapor

/// `tongxin migrate`: brings the database schema up to date without serving.
///
/// Start-up already migrates (see ``prepareDatabase(_:config:)``), so this command runs
/// any migration still pending and reports the result, with no confirmation prompt
/// so it can run from scripts.
struct MigrateNowCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Run pending database migrations and exit." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        context.console.print("Database is up to date.")
    }
}
