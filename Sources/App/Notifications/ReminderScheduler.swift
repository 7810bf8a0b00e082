import Domain
import NIOCore
import Vapor

/// Runs the work loop's reminder job and the webhook outbox while the server runs: first a
/// minute after start, then every `interval`. The job remembers what it sent, so frequent
/// runs and restarts send nothing twice.
struct ReminderScheduler: LifecycleHandler {
    let interval: TimeAmount

    func didBootAsync(_ application: Application) async throws {
        let task = application.eventLoopGroup.next().scheduleRepeatedAsyncTask(
            initialDelay: .minutes(1), delay: interval
        ) { _ in
            application.eventLoopGroup.next().makeFutureWithTask {
                try await Self.runOnce(application)
            }.recover { error in
                application.logger.warning("reminder job failed: \(String(reflecting: error))")
            }
        }
        application.storage[TaskKey.self] = task
    }

    func shutdown(_ application: Application) {
        application.storage[TaskKey.self]?.cancel()
    }

    /// One pass: lights and reminders, the meetings' series and relay reminders, then the robots.
    @discardableResult
    static func runOnce(_ application: Application) async throws -> (ReminderJob.Summary, MeetingScheduler.Summary, Int)
    {
        let services = application.tongxin
        // Whatever the job committed shows on the next page, however it ends.
        defer { services.versions.invalidate() }
        let summary = try await ReminderJob(clock: services.clock, thresholds: services.config.lightThresholds).run(
            on: application.db)
        // The meetings' part failing must not keep the robots' messages queued.
        var meetings = MeetingScheduler.Summary()
        do {
            meetings = try await MeetingScheduler(clock: services.clock).run(on: application.db)
        } catch {
            application.logger.warning("meeting scheduler failed: \(String(reflecting: error))")
        }
        do {
            // Co-signers who let their days pass drop off; their suggestions go to the office;
            // answers due soon or overdue are reminded of.
            _ = try await SuggestionCommands(clock: services.clock).expireCosigners(on: application.db)
            _ = try await SuggestionReminders(clock: services.clock).run(on: application.db)
        } catch {
            application.logger.warning("suggestion job failed: \(String(reflecting: error))")
        }
        let delivered = try await WebhookDispatcher(clock: services.clock, sender: services.webhookSender).deliverDue(
            on: application.db)
        return (summary, meetings, delivered)
    }

    private struct TaskKey: StorageKey {
        typealias Value = RepeatedTask
    }
}

/// `tongxin remind`: runs the reminder job and the webhook outbox once (for cron, or by hand).
struct RemindCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String {
        "Recompute lights, send due reminders, schedule the next meetings of series and post queued robot messages, once."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let (summary, meetings, delivered) = try await ReminderScheduler.runOnce(context.application)
        context.console.print(
            "tasks: \(summary.tasks), lights changed: \(summary.lightsChanged), reminders: \(summary.reminders), "
                + "meetings scheduled: \(meetings.meetingsScheduled), relay reminders: \(meetings.relayReminders), "
                + "robot messages posted: \(delivered)")
    }
}
