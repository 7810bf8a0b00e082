import ChineseText
import Foundation

/// The reader's draft of a meeting report, as the person edits it before confirming.
///
/// Its keys are the reader's (`meeting_name`, `meeting_date`, `people`, `documents`,
/// `requirements`, snake_case as in the corpus answer key), plus what only a person can add:
/// the meeting's kind, time, place and host unit, each participant's unit, and for each
/// requirement whether it becomes a task, its title, lead and co-operating units and
/// deadline. Every key may be left out; what is missing takes the reader's value or a default.
public struct ImportDraft: Codable, Sendable, Equatable {
    public struct Person: Codable, Sendable, Equatable {
        public var name: String
        public var position: String?
        public var roles: [String]?
        public var unitId: UUID?
        /// True when the unit was found from the position by name, for the user to confirm.
        public var unitMatched: Bool?

        public init(name: String, position: String? = nil, roles: [String]? = nil, unitId: UUID? = nil) {
            self.name = name
            self.position = position
            self.roles = roles
            self.unitId = unitId
        }

        enum CodingKeys: String, CodingKey {
            case name, position, roles
            case unitId = "unit_id"
            case unitMatched = "unit_matched"
        }
    }

    public struct Requirement: Codable, Sendable, Equatable {
        public var speaker: String?
        public var list: Int?
        public var ordinal: Int?
        public var head: String
        /// True to leave this requirement out of the plan.
        public var drop: Bool?
        /// The task's title; the head when absent.
        public var title: String?
        public var leadUnitId: UUID?
        public var coUnitIds: [UUID]?
        public var deadline: String?

        public init(
            speaker: String? = nil, list: Int? = nil, ordinal: Int? = nil, head: String, drop: Bool? = nil,
            title: String? = nil, leadUnitId: UUID? = nil, coUnitIds: [UUID]? = nil, deadline: String? = nil
        ) {
            self.speaker = speaker
            self.list = list
            self.ordinal = ordinal
            self.head = head
            self.drop = drop
            self.title = title
            self.leadUnitId = leadUnitId
            self.coUnitIds = coUnitIds
            self.deadline = deadline
        }

        enum CodingKeys: String, CodingKey {
            case speaker, list, ordinal, head, drop, title, deadline
            case leadUnitId = "lead_unit_id"
            case coUnitIds = "co_unit_ids"
        }
    }

    public var title: String?
    public var published: String?
    public var meetingName: String?
    public var meetingDate: String?
    public var region: String?
    public var people: [Person]?
    public var documents: [String]?
    public var requirements: [Requirement]?
    public var quantities: [String]?
    // What a person adds.
    public var kind: String?
    public var time: String?
    public var place: String?
    public var hostUnitId: UUID?
    /// True when the host was found from the meeting's name, for the user to confirm.
    public var hostMatched: Bool?
    public var planTitle: String?
    public var planPeriod: String?

    enum CodingKeys: String, CodingKey {
        case title, published, region, people, documents, requirements, quantities, kind, time, place
        case meetingName = "meeting_name"
        case meetingDate = "meeting_date"
        case hostUnitId = "host_unit_id"
        case hostMatched = "host_matched"
        case planTitle = "plan_title"
        case planPeriod = "plan_period"
    }

    public init() {}

    /// The reader's findings, unedited.
    public init(_ report: MeetingReport) {
        title = report.title
        published = report.published
        meetingName = report.meetingName
        meetingDate = report.meetingDate
        region = report.region
        people = report.people.map { Person(name: $0.name, position: $0.position, roles: $0.roles) }
        documents = report.documents
        requirements = report.requirements.map {
            Requirement(speaker: $0.speaker, list: $0.list, ordinal: $0.ordinal, head: $0.head)
        }
        quantities = report.quantities
    }

    static func encode(_ draft: ImportDraft) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(draft), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> ImportDraft {
        try JSONDecoder().decode(ImportDraft.self, from: Data(json.utf8))
    }
}

extension ImportDraft {
    /// The day the meeting will be recorded on (see ``ImportPlan/meetingDay(_:today:)``).
    public func resolvedMeetingDay(today: CalendarDay) -> CalendarDay {
        ImportPlan.meetingDay(self, today: today)
    }

    /// The kind the meeting will be recorded as, unless a person chooses another.
    public var resolvedKind: MeetingKind {
        kind.flatMap(MeetingKind.init(rawValue:)) ?? .guessed(from: meetingName ?? title ?? "")
    }
}
