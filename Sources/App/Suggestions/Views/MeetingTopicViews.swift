import Domain
import Foundation

/// A meeting's topics chosen from suggestions (季谈会议题): the list, and for the office the
/// form that adds one and the buttons that take one off.
enum MeetingTopicViews {
    static func section(_ detail: MeetingViews.ShowModel) -> HTMLNode {
        let (meetingID, canChoose, candidates) = (detail.id, detail.canChooseTopics, detail.candidates)
        guard canChoose || !detail.topics.isEmpty else { return .group([]) }
        let rows = detail.topics.map { suggestion -> [HTMLNode] in
            let path: Path = suggestion.readable ? .suggestion(suggestion.id) : .publicSuggestion(suggestion.id)
            var row: [HTMLNode] = [
                txt(suggestion.number), Components.link(suggestion.title, path),
                SuggestionViews.statusPill(suggestion.status),
            ]
            if canChoose {
                row.append(
                    Layout.postButton(
                        .removeMeetingTopic(meetingID), label: "移出议题",
                        fields: ["suggestionId": suggestion.id.uuidString.lowercased()],
                        ariaLabel: "把“\(suggestion.title)”移出议题", style: "link-button"))
            }
            return row
        }
        var columns: [Components.Column] = [.init(title: "编号"), .init(title: "建言"), .init(title: "状态")]
        if canChoose { columns.append(.init(title: "操作")) }
        var nodes: [HTMLNode] = [
            tag("h2", text: "议题（来自建言）"),
            Components.table(caption: "议题（来自建言）", columns: columns, rows: rows, empty: "还没有从建言中选定议题。"),
        ]
        if canChoose, !candidates.isEmpty {
            nodes.append(
                tag(
                    "form", ["method": "post", "action": Path.meetingTopics(meetingID).string, "class": "stacked"],
                    [
                        Placeholder.csrfField,
                        FormFields().select(
                            "suggestionId", label: "从建言中选定议题",
                            options: candidates.map(\.option),
                            selected: nil, required: true),
                        tag(
                            "div", ["class": "actions"],
                            [tag("button", ["type": "submit", "class": "primary"], text: "列为议题")]),
                    ]))
        }
        return .group(nodes)
    }
}
