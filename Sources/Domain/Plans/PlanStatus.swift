/// A plan (工作要点, 重点工作规划): drafted by the office, then issued to the units.
public enum PlanStatus: String, StateMachine, Codable {
    case draft
    case issued

    public static let transitions: [PlanStatus: Set<PlanStatus>] = [
        .draft: [.issued],
        .issued: [],
    ]

    public var label: String {
        switch self {
        case .draft: "草稿"
        case .issued: "已印发"
        }
    }
}
