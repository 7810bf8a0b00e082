/// What the reader gets out of a meeting report, in the schema of the corpus answer key
/// (snake_case keys, Simplified Chinese values) plus page metadata and the cleaned text.
public struct MeetingReport: Codable, Sendable, Equatable {
    /// A named official taking part, with the fullest position written beside the name.
    public struct Participant: Codable, Sendable, Equatable {
        public var name: String
        public var position: String
        /// 主持, 讲话, 出席, 宣读, 发言, 报告.
        public var roles: [String]
    }

    /// One numbered demand; `head` is the item up to its first 。；or ：.
    public struct Requirement: Codable, Sendable, Equatable {
        public var speaker: String?
        public var list: Int
        public var ordinal: Int
        public var head: String

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(list, forKey: .list)
            try container.encode(ordinal, forKey: .ordinal)
            try container.encode(head, forKey: .head)
        }
    }

    public var id: String?
    /// `hans` or `hant`: the script the text was written in.
    public var script: String
    /// The encoding the bytes were read in.
    public var encoding: String
    public var title: String?
    public var published: String?
    /// `YYYY-MM-DD`, or `--MM-DD` when no year can be known.
    public var meetingDate: String?
    public var meetingName: String?
    public var region: String?
    public var people: [Participant]
    public var documents: [String]
    public var requirements: [Requirement]
    public var quantities: [String]
    public var source: String?
    public var author: String?
    public var editor: String?
    public var keywords: [String]
    /// The cleaned paragraphs (Simplified), without page furniture.
    public var paragraphs: [String]
    /// For a Traditional report, its text before conversion (lines cleaned the same way);
    /// nil for a Simplified one, whose paragraphs are already the original.
    public var original: String?

    enum CodingKeys: String, CodingKey {
        case id, script, encoding, title, published, region, people, documents, requirements, quantities
        case meetingDate = "meeting_date"
        case meetingName = "meeting_name"
        case source, author, editor, keywords, paragraphs, original
    }

    /// Writes every key, with `null` for what was not found (the schema has no optional keys).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(script, forKey: .script)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try container.encode(meetingDate, forKey: .meetingDate)
        try container.encode(meetingName, forKey: .meetingName)
        try container.encode(region, forKey: .region)
        try container.encode(people, forKey: .people)
        try container.encode(documents, forKey: .documents)
        try container.encode(requirements, forKey: .requirements)
        try container.encode(quantities, forKey: .quantities)
        try container.encode(source, forKey: .source)
        try container.encode(author, forKey: .author)
        try container.encode(editor, forKey: .editor)
        try container.encode(keywords, forKey: .keywords)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(original, forKey: .original)
    }
}
