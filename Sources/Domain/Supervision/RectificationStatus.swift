/// A rectification item (整改事项) from an inspection: the unit reports it rectified with
/// evidence, the office signs it off (销号) or returns it.
public enum RectificationStatus: String, StateMachine, Codable {
    case open
    case submitted
    case returned
    case signedOff = "signed_off"

    public static let transitions: [RectificationStatus: Set<RectificationStatus>] = [
        .open: [.submitted],
        .submitted: [.signedOff, .returned],
        .returned: [.submitted],
        .signedOff: [],
    ]

    public var label: String {
        switch self {
        case .open: "整改中"
        case .submitted: "待销号"
        case .returned: "已退回"
        case .signedOff: "已销号"
        }
    }
}
