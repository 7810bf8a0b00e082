/// What an automatic indicator counts in the year's records, for one unit. Each is a share
/// “met ÷ counted” over the rows ``AutoFigures`` lists; the indicator scores its points × that share.
public enum AutoMetric: String, Codable, Sendable, CaseIterable {
    case tasksOnTime = "tasks_on_time"
    case reportsOnTime = "reports_on_time"
    case rectificationClosed = "rectification_closed"
    case rectificationOnTime = "rectification_on_time"
    case noticesOnTime = "notices_on_time"
    case suggestionsOnTime = "suggestions_on_time"
    case suggestionsClassA = "suggestions_class_a"
    case suggestionSatisfaction = "suggestion_satisfaction"
    case relaysOnTime = "relays_on_time"
    case meetingAttendance = "meeting_attendance"

    /// The figure's name, e.g. 牵头任务按期完成率.
    public var label: String {
        switch self {
        case .tasksOnTime: "牵头任务按期完成率"
        case .reportsOnTime: "进展按时报送率"
        case .rectificationClosed: "整改销号率"
        case .rectificationOnTime: "整改按期销号率"
        case .noticesOnTime: "督办单按期答复率"
        case .suggestionsOnTime: "建言按期答复率"
        case .suggestionsClassA: "建言A类答复占比"
        case .suggestionSatisfaction: "建言答复满意率"
        case .relaysOnTime: "传达落实按时报送率"
        case .meetingAttendance: "会议出席率"
        }
    }

    /// The formula in words, shown beside the figure.
    public var formula: String {
        switch self {
        case .tasksOnTime: "截止日在本年度且已到期的牵头任务中，在截止日前（含当日）完成的任务数 ÷ 任务数"
        case .reportsOnTime: "本年度报送的进展报告中，在报送时限前（含当日）报送的份数 ÷ 报送份数"
        case .rectificationClosed: "整改时限在本年度且已到期的整改事项中，已销号的事项数 ÷ 事项数"
        case .rectificationOnTime: "整改时限在本年度且已到期的整改事项中，在时限前（含当日）销号的事项数 ÷ 事项数"
        case .noticesOnTime: "答复时限在本年度且已到期的督办单中，在时限前（含当日）答复的份数 ÷ 份数"
        case .suggestionsOnTime: "本年度交本单位主办的建言中，按期答复的件数 ÷ 交办件数"
        case .suggestionsClassA: "本年度交本单位主办且已答复的建言中，A类（已采纳或解决）答复件数 ÷ 已答复件数"
        case .suggestionSatisfaction: "本年度交本单位主办的建言所获评价中，满意与基本满意的评价数 ÷ 评价数"
        case .relaysOnTime: "传达落实时限在本年度且已到期的会议中，按时报送传达落实情况的次数 ÷ 次数"
        case .meetingAttendance: "本年度已召开的会议中，本单位确认参会的次数 ÷ 邀请次数"
        }
    }

    /// What one counted row is, for the “counted rows” table: 任务, 进展报告 …
    public var rowNoun: String {
        switch self {
        case .tasksOnTime: "任务"
        case .reportsOnTime: "进展报告"
        case .rectificationClosed, .rectificationOnTime: "整改事项"
        case .noticesOnTime: "督办单"
        case .suggestionsOnTime, .suggestionsClassA: "建言"
        case .suggestionSatisfaction: "评价"
        case .relaysOnTime, .meetingAttendance: "会议"
        }
    }
}
