/// The supervision light of a task.
public enum Light: String, Sendable, Codable, CaseIterable {
    case green, yellow, red

    /// As users see it (Simplified Chinese).
    public var label: String {
        switch self {
        case .green: "绿灯"
        case .yellow: "黄灯"
        case .red: "红灯"
        }
    }
}

/// The thresholds of the light rule; the office may change them.
public struct LightThresholds: Sendable, Equatable {
    /// A task whose deadline is this many days away or fewer, and which is behind its
    /// milestone line, is yellow.
    public var dueSoonDays: Int

    public init(dueSoonDays: Int = 15) {
        self.dueSoonDays = dueSoonDays
    }
}

/// A milestone: by `day`, the task should be `expectedProgress` per cent done.
public struct Milestone: Sendable, Equatable {
    public let day: CalendarDay
    public let expectedProgress: Int

    public init(day: CalendarDay, expectedProgress: Int) {
        self.day = day
        self.expectedProgress = expectedProgress
    }
}

/// What the light of a task is computed from.
public struct TaskSchedule: Sendable, Equatable {
    public var status: TaskStatus
    /// Per cent done, 0…100.
    public var progress: Int
    /// The day the task was issued: its milestone line starts there at 0 %.
    public var start: CalendarDay
    public var deadline: CalendarDay
    public var milestones: [Milestone]
    /// True when a progress report is past its due date.
    public var reportOverdue: Bool

    public init(
        status: TaskStatus, progress: Int, start: CalendarDay, deadline: CalendarDay,
        milestones: [Milestone] = [], reportOverdue: Bool = false
    ) {
        self.status = status
        self.progress = progress
        self.start = start
        self.deadline = deadline
        self.milestones = milestones
        self.reportOverdue = reportOverdue
    }

    /// The light on `today`:
    /// - finished or suspended work is green (nothing to chase);
    /// - red once the deadline has passed;
    /// - yellow when a report is overdue, or when the deadline is at most
    ///   `dueSoonDays` away and progress is behind the milestone line;
    /// - green otherwise.
    public func light(on today: CalendarDay, thresholds: LightThresholds = LightThresholds()) -> Light {
        if status.isFinished || status == .suspended { return .green }
        if today > deadline { return .red }
        if reportOverdue { return .yellow }
        if today.days(until: deadline) <= thresholds.dueSoonDays, Double(progress) < expectedProgress(on: today) {
            return .yellow
        }
        return .green
    }

    /// The milestone line: 0 % at the start, each milestone's figure on its day, 100 % on the
    /// deadline, straight between them.
    public func expectedProgress(on day: CalendarDay) -> Double {
        guard day < deadline else { return 100 }
        let inner = milestones.filter { $0.day > start && $0.day < deadline }.sorted { $0.day < $1.day }
        let points = [(start, 0)] + inner.map { ($0.day, $0.expectedProgress) } + [(deadline, 100)]
        guard day > start else { return 0 }
        for (from, to) in zip(points, points.dropFirst()) where day <= to.0 {
            let span = Double(from.0.days(until: to.0))
            let elapsed = Double(from.0.days(until: day))
            return Double(from.1) + Double(to.1 - from.1) * elapsed / span
        }
        return 100
    }
}
