/// What a user may do. Each user has exactly one role.
public enum Role: String, Codable, Sendable, CaseIterable {
    /// Office staff: everything.
    case admin
    /// Reads everything, writes instructions (批示).
    case leader
    /// Acts for its own unit only.
    case liaison
    /// A party or federation member: suggestions only.
    case member
    /// Reads its own unit.
    case viewer

    /// The Chinese label shown in the UI.
    public var label: String {
        switch self {
        case .admin: "管理员(办公室)"
        case .leader: "领导"
        case .liaison: "联络员"
        case .member: "党派/团体成员"
        case .viewer: "查看者"
        }
    }
}
