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

        /// The field's name as users see it.
        public var label: String {
            switch self {
            case .title: "标题"
            case .published: "发布日期"
            case .meetingDate: "会议日期"
            case .meetingName: "会议名称"
            case .region: "地区"
            case .people: "人员"
            case .roles: "角色"
            case .documents: "文件"
            case .requirements: "要求"
            case .quantities: "数量"
            }
        }
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
        all.append(FieldReason(field: field, rule: rule, text: ChinesePunctuation.fullWidth(text)))
    }
}

extension Reasons {
    /// The list fields, whose rule is the same for every item.
    func addLists(of report: MeetingReport) {
        for title in report.documents { add(.documents, rule: "书名号《》内的标题（简称与未闭合的不计）", from: title) }
        for item in report.requirements {
            let speaker = item.speaker.map { "，讲话人\($0)" } ?? ""
            add(.requirements, rule: "第\(item.list)组编号要求的第\(item.ordinal)条\(speaker)", from: item.head)
        }
        for quantity in report.quantities {
            add(.quantities, rule: "数词＋量词＋以工作、项目、任务、要求或工程结尾的短语", from: quantity)
        }
    }
}
