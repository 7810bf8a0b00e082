import ChineseText
import Domain
import Vapor

/// Long-lived collaborators the controllers share, created once at start-up.
public struct AppServices: Sendable {
    public let config: AppConfig
    public let clock: AppClock
    public let hasher: any PasswordHashing
    /// Simplified → Traditional for the 繁 display.
    let traditional: ScriptConverter
    /// Posts group-robot messages (the real HTTP client, or a test's).
    public let webhookSender: any WebhookSending
    /// Reads meeting reports (opened once: it holds the OpenCC converters).
    let reader: ReportReader
    /// The data versions every cache below is checked against.
    let versions: VersionBoard
    /// Sessions with their users, by key hash and access version.
    let sessions = RecentCache<LoadedSession>(capacity: 4_096)
    /// Rendered work pages, by work version, viewer, day and address.
    let pages = RecentCache<RenderedPage>(capacity: 256)
    /// Each user's 待办 lines, by work version, user and day (see ``Request/todoItems()``).
    let todoLists = RecentCache<[TodoItem]>(capacity: 1_024)
    /// Report batches being imported in the background.
    let batches = ImportBatchRunner()

    init(
        config: AppConfig, clock: AppClock, hasher: any PasswordHashing, traditional: ScriptConverter,
        reader: ReportReader, webhookSender: any WebhookSending
    ) {
        self.reader = reader
        self.config = config
        self.clock = clock
        self.hasher = hasher
        self.traditional = traditional
        self.webhookSender = webhookSender
        versions = VersionBoard(maxAge: .milliseconds(Int64(config.versionCheckMilliseconds)))
    }

    var units: UnitCommands { UnitCommands(clock: clock) }
    var users: UserCommands { UserCommands(clock: clock, hasher: hasher) }
    var signIn: SignIn { SignIn(hasher: hasher, clock: clock) }
    var plans: PlanCommands { PlanCommands(clock: clock) }
    var tasks: TaskCommands { TaskCommands(clock: clock, thresholds: config.lightThresholds) }
    var meetings: MeetingCommands { MeetingCommands(clock: clock) }
    var documents: DocumentCommands { DocumentCommands(clock: clock) }
    var imports: ImportCommands { ImportCommands(clock: clock, reader: reader, thresholds: config.lightThresholds) }
    var reports: ReportCommands { ReportCommands(clock: clock, thresholds: config.lightThresholds) }
    /// Today in China, by the application's clock.
    var today: CalendarDay { CalendarDay.today(clock) }
}

extension Application {
    private struct ServicesKey: StorageKey {
        typealias Value = AppServices
    }

    /// The services configured by ``configure(_:config:clock:)``.
    public internal(set) var tongxin: AppServices {
        get {
            guard let services = storage[ServicesKey.self] else {
                fatalError("configure(_:config:clock:) has not run")
            }
            return services
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

extension Request {
    var tongxin: AppServices { application.tongxin }
}
