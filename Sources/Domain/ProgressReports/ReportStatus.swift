/// A progress report: the office accepts it or sends it back with a comment, and a returned
/// report is corrected and submitted again.
public enum ReportStatus: String, StateMachine, Codable {
    case submitted
    case accepted
    case returned

    public static let transitions: [ReportStatus: Set<ReportStatus>] = [
        .submitted: [.accepted, .returned],
        .returned: [.submitted],
        .accepted: [],
    ]

    public var label: String {
        switch self {
        case .submitted: "待审核"
        case .accepted: "已采纳"
        case .returned: "已退回"
        }
    }
}
