import FluentKit
import Foundation
import SQLKit

/// The scheduled job of the work loop: recomputes every open task's light for today and
/// sends what is due — report reminders, overdue reports, approaching deadlines, and the
/// escalation of tasks red for too long. Each reminder has a key (task, kind, the day it is
/// about) recorded with the message in one transaction, so running the job again, or after
/// a restart, sends nothing twice.
public struct ReminderJob: Sendable {
    /// How far ahead reminders go out.
    public struct Settings: Sendable, Equatable {
        public var reportDueSoonDays = 3
        public var deadlineSoonDays = 7
        /// A task red for this many days is escalated to its unit's leaders and the office.
        public var redEscalationDays = 7

        public init(reportDueSoonDays: Int = 3, deadlineSoonDays: Int = 7, redEscalationDays: Int = 7) {
            self.reportDueSoonDays = reportDueSoonDays
            self.deadlineSoonDays = deadlineSoonDays
            self.redEscalationDays = redEscalationDays
        }
    }

    /// What one run did.
    public struct Summary: Sendable, Equatable {
        public var tasks = 0
        public var lightsChanged = 0
        public var reminders = 0
    }

    private let clock: AppClock
    private let thresholds: LightThresholds
    private let settings: Settings
    /// Tasks read and written per transaction.
    static let batchSize = 2_000

    public init(clock: AppClock, thresholds: LightThresholds = LightThresholds(), settings: Settings = Settings()) {
        self.clock = clock
        self.thresholds = thresholds
        self.settings = settings
    }

    public func run(on db: any Database) async throws -> Summary {
        let today = CalendarDay.today(clock)
        var summary = Summary()
        var after: UUID?
        while true {
            let start = after
            // The write lock first, so the batch's reads and writes see one state and no other
            // writer comes between them; the counter moves only if a light changes.
            let batch = try await DomainWrite(clock: clock).perform(by: .system, on: db) { tx, _ in
                return try await runBatch(after: start, today: today, on: tx)
            }
            guard let (last, counts) = batch else { break }
            summary.tasks += counts.tasks
            summary.lightsChanged += counts.lightsChanged
            summary.reminders += counts.reminders
            after = last
        }
        return summary
    }

    /// One batch of open tasks in id order after `after`; returns the last id, nil when done.
    private func runBatch(after: UUID?, today: CalendarDay, on db: any Database) async throws -> (UUID, Summary)? {
        var summary = Summary()
        let query = WorkTask.query(on: db).filter(\.$status !~ [.done, .closed]).sort(\.$id).limit(Self.batchSize)
        if let after { query.filter(\.$id > after) }
        let tasks = try await query.all()
        guard let last = tasks.last?.id else { return nil }
        let ids = tasks.compactMap(\.id)
        let milestones = Dictionary(
            grouping: try await TaskMilestone.query(on: db).filter(\.$task.$id ~~ ids).all(), by: { $0.$task.id })
        summary.tasks = tasks.count
        let changed = tasks.filter {
            $0.refreshLight(
                milestones: (milestones[$0.id!] ?? []).map(\.milestone), today: today, thresholds: thresholds)
        }
        summary.lightsChanged = changed.count
        if !changed.isEmpty {
            // Only when a light changed does the version move (so caches survive a quiet run),
            // and before any task row is written (see DomainWrite on lock order).
            try await DomainWrite.touch(.work, on: db)
            for task in changed {
                try await WorkTask.query(on: db).filter(\.$id == task.id!).set(\.$light, to: task.light)
                    .set(\.$redSince, to: task.redSince).update()
            }
        }
        let notifier = Notifier(clock: clock)
        for task in tasks {
            for reminder in reminders(for: task, today: today) {
                guard try await SentReminder.claim(reminder.key, at: clock.now, on: db) else { continue }
                summary.reminders += 1
                if reminder.escalate {
                    try await notifier.send(
                        reminder.notification, toUnit: task.$leadUnit.id, roles: [.leader, .liaison], on: db)
                    try await notifier.sendToOffice(reminder.notification, on: db)
                } else {
                    try await notifier.send(reminder.notification, toUnit: task.$leadUnit.id, on: db)
                }
            }
        }
        return (last, summary)
    }

    struct Reminder {
        let key: String
        let notification: Notification
        var escalate = false
    }

    /// The reminders `task` calls for on `today`, each with its once-only key.
    func reminders(for task: WorkTask, today: CalendarDay) -> [Reminder] {
        guard task.status != .suspended, let id = task.id else { return [] }
        let subject = Notification.Subject(type: "task", id: id)
        var result: [Reminder] = []
        if let due = task.nextReportDue.flatMap(CalendarDay.init(iso:)) {
            let days = today.days(until: due)
            if days < 0 {
                result.append(
                    Reminder(
                        key: "report-overdue:\(id):\(due)",
                        notification: Notification(
                            kind: .reportOverdue, title: "进展报告逾期：\(task.title)",
                            body: "应于 \(due) 前报送进展，已逾期 \(-days) 天，请尽快报送。",
                            subject: subject)))
            } else if days <= settings.reportDueSoonDays {
                result.append(
                    Reminder(
                        key: "report-due:\(id):\(due)",
                        notification: Notification(
                            kind: .reportDue, title: "请报送进展：\(task.title)", body: "请于 \(due) 前报送本期进展。", subject: subject
                        )))
            }
        }
        let left = today.days(until: task.deadlineDay)
        if (0...settings.deadlineSoonDays).contains(left) {
            result.append(
                Reminder(
                    key: "deadline-soon:\(id):\(task.deadline)",
                    notification: Notification(
                        kind: .deadlineSoon, title: "完成时限临近：\(task.title)",
                        body: "完成时限 \(task.deadline)，还有 \(left) 天，当前进度 \(task.progress)%。",
                        subject: subject)))
        }
        if task.light == .red, let since = task.redSince.flatMap(CalendarDay.init(iso:)),
            since.days(until: today) >= settings.redEscalationDays
        {
            result.append(
                Reminder(
                    key: "red:\(id):\(since)",
                    notification: Notification(
                        kind: .redEscalation, title: "红灯督办：\(task.title)",
                        body:
                            "已亮红灯 \(since.days(until: today)) 天（自 \(since)），完成时限 \(task.deadline)，进度 \(task.progress)%。",
                        subject: subject), escalate: true))
        }
        return result
    }
}

/// A reminder already sent, by key: the job's memory across runs and restarts.
public final class SentReminder: Model, @unchecked Sendable {
    public static let schema = "sent_reminders"

    @ID(key: .id) public var id: UUID?
    @Field(key: "key") public var key: String
    @Field(key: "sent_at") public var sentAt: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $key, $sentAt] }

    /// Records `key`; false when it was recorded before (the reminder went out already). One
    /// insert that skips a key already there: a write, whatever happened before.
    static func claim(_ key: String, at date: Date, on db: any Database) async throws -> Bool {
        let inserted = try await sqlDatabase(db).insert(into: schema).columns("id", "key", "sent_at")
            .values(SQLBind(UUID()), SQLBind(key), SQLBind(date)).ignoringConflicts(with: ["key"]).returning("id").all()
        return !inserted.isEmpty
    }
}
