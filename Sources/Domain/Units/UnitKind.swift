/// What sort of body a unit is. Drives grouping and, in later modules, which workflows apply.
public enum UnitKind: String, Codable, Sendable, CaseIterable {
    case partyCommittee = "party_committee"
    case office
    case memberUnit = "member_unit"
    case county
    case democraticParty = "democratic_party"
    case federation
    case other

    /// The Chinese label shown in the UI and exports.
    public var label: String {
        switch self {
        case .partyCommittee: "党委"
        case .office: "办公室"
        case .memberUnit: "成员单位"
        case .county: "县(市、区)"
        case .democraticParty: "民主党派"
        case .federation: "群团组织"
        case .other: "其他"
        }
    }
}
