/// Why one field of a reading came out as it did: the rule that produced it and the text it
/// read (`tongxin extract --explain`).
public struct FieldReason: Codable, Sendable, Equatable {
    /// A field of ``MeetingReport`` by its JSON key (`meeting_name`, `people` …).
    public enum Field: String, Codable, Sendable, CaseIterable {
        case title, published
        case meetingDate = "meeting_date"
        case meetingName = "meeting_name"
        case region, people, roles
        case documents, requirements, quantities
    }

    public let field: Field
    /// The rule, in Chinese, as a user would say it (标题候选得分最高, 召开句中的会议名 …).
    public let rule: String
    /// The sentence or line the rule read.
    public let text: String
}

/// Collects the reasons of one reading when the caller asks for them; finders take it as an
/// optional, so a plain reading pays nothing.
final class Reasons {
    private(set) var all: [FieldReason] = []

    func add(_ field: FieldReason.Field, rule: String, from text: String) {
        all.append(FieldReason(field: field, rule: rule, text: text))
    }
}
