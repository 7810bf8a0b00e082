/// A supervision notice (督办单): the office issues it, the unit answers, the office closes it
/// or sends it back for a better answer.
public enum NoticeStatus: String, StateMachine, Codable {
    case issued
    case answered
    case closed

    public static let transitions: [NoticeStatus: Set<NoticeStatus>] = [
        .issued: [.answered],
        .answered: [.closed, .issued],
        .closed: [],
    ]

    public var label: String {
        switch self {
        case .issued: "待答复"
        case .answered: "已答复"
        case .closed: "已办结"
        }
    }
}
