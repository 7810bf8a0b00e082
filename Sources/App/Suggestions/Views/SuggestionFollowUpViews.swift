import Domain
import Foundation

/// The parts of a suggestion's page beside its handling: leaders' instructions (批示) and
/// adoption (采纳), publication and consent, the meetings it is a topic of, and earlier
/// suggestions like it.
enum SuggestionFollowUpViews {
    static func sections(_ detail: SuggestionViews.ShowModel) -> [HTMLNode] {
        let similar = detail.similar
        var nodes: [HTMLNode] = []
        if !detail.instructions.isEmpty {
            nodes.append(tag("h2", text: "领导批示"))
            nodes.append(
                tag(
                    "ul", ["class": "instructions"],
                    detail.instructions.map { instruction in
                        tag(
                            "li", [:],
                            [
                                tag("strong", text: instruction.authorName),
                                txt(instruction.at.map { "（\(Components.dateTime($0))）" } ?? ""),
                                txt("：" + instruction.text),
                            ])
                    }))
        }
        if !detail.meetings.isEmpty {
            nodes.append(tag("h2", text: "列为议题的会议"))
            // Members do not read meeting pages: for them the meeting is named, not linked.
            let linked = detail.canReadMeetings
            nodes.append(
                tag(
                    "ul", [:],
                    detail.meetings.map { meeting in
                        let label = "\(WorkComponents.longDay(meeting.day)) \(meeting.name)"
                        return tag("li", [:], [linked ? Components.link(label, .meeting(meeting.id)) : txt(label)])
                    }))
        }
        if !similar.isEmpty {
            nodes.append(tag("h2", text: "相似的建言"))
            nodes.append(similarList(similar, showScore: detail.canReadAll))
        }
        return nodes + forms(detail)
    }

    /// Earlier suggestions like this one; for the office and leaders with how much of its text each covers.
    static func similarList(_ matches: [SimilarSuggestion], showScore: Bool) -> HTMLNode {
        tag(
            "ul", ["class": "similar"],
            matches.map { match in
                let suggestion = match.line
                let path: Path = match.publicOnly ? .publicSuggestion(suggestion.id) : .suggestion(suggestion.id)
                return tag(
                    "li", [:],
                    [
                        Components.link("\(suggestion.number) \(suggestion.title)", path),
                        txt(" "), SuggestionViews.statusPill(suggestion.status),
                        showScore ? txt("（相似度 \(Int((match.score * 100).rounded()))%）") : .group([]),
                    ])
            })
    }

    private static func forms(_ detail: SuggestionViews.ShowModel) -> [HTMLNode] {
        let suggestion = detail.suggestion
        let id = suggestion.id
        var forms: [HTMLNode] = []
        let submitted = suggestion.status.isSubmitted
        if detail.canInstruct, submitted {
            forms.append(
                SuggestionActionViews.form(
                    .suggestionMove(id, "instruct"), "批示",
                    [
                        FormFields().textarea(
                            "text", label: "批示内容", value: "", required: true,
                            maxLength: SuggestionCommands.maxInstructionLength,
                            rows: 3)
                    ], submit: "保存批示"))
            if SuggestionStatus.acceptedOnward.contains(suggestion.status) {
                forms.append(
                    SuggestionActionViews.form(
                        .suggestionMove(id, "adopt"), "采纳",
                        [
                            tag("p", text: suggestion.adopted ? "这条建言已标记为采纳。" : "这条建言尚未标记采纳。"),
                            hidden("adopted", !suggestion.adopted),
                        ], submit: suggestion.adopted ? "取消采纳标记" : "标记为采纳"))
            }
        }
        if detail.canReview, [.answered, .closed].contains(suggestion.status) {
            if suggestion.publishConsent {
                forms.append(
                    SuggestionActionViews.form(
                        .suggestionMove(id, "publish"), "公开",
                        [
                            tag("p", text: suggestion.isPublished ? "已在公开页面发布。" : "建言人同意公开，尚未发布。"),
                            hidden("publish", !suggestion.isPublished),
                        ], submit: suggestion.isPublished ? "撤回公开" : "发布到公开页面"))
            } else {
                forms.append(tag("p", ["class": "help"], text: "建言人没有同意公开，这条建言不能发布到公开页面。"))
            }
        }
        if detail.access.isAuthor, submitted {
            forms.append(
                SuggestionActionViews.form(
                    .suggestionMove(id, "consent"), "是否同意公开",
                    [
                        tag("p", text: suggestion.publishConsent ? "您已同意答复后公开本建言及答复。" : "您没有同意公开本建言。"),
                        hidden("consent", !suggestion.publishConsent),
                    ], submit: suggestion.publishConsent ? "不再同意公开" : "同意公开"))
        }
        return forms
    }

    /// The value a toggle's form posts.
    private static func hidden(_ name: String, _ value: Bool) -> HTMLNode {
        voidTag("input", ["type": "hidden", "name": name, "value": value ? "1" : "0"])
    }
}
