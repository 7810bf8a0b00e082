import Domain
import Foundation

/// The step a person may take on a suggestion's page, as forms: the author submits, a
/// co-signer confirms, the office accepts and routes or reviews the answer, the lead unit
/// answers (or sends it back), a co-handling unit countersigns, signers rate.
enum SuggestionActionViews {
    static func forms(_ detail: SuggestionViews.ShowModel) -> [HTMLNode] {
        let suggestion = detail.suggestion
        let id = suggestion.id
        let (access, units, canReview) = (detail.access, detail.units, detail.canReview)
        var forms: [HTMLNode] = []
        switch suggestion.status {
        case .draft where access.isAuthor || canReview:
            let people = detail.members.map { ($0.option.value, $0.label) }
            forms.append(
                form(
                    .suggestionMove(id, "submit"), "提交建言", [SuggestionViews.cosignerField(people, selected: [])],
                    submit: "提交"))
        case .cosigning where detail.viewerSignerState == .invited:
            forms.append(
                tag(
                    "form", ["method": "post", "action": Path.suggestionMove(id, "cosign").string, "class": "stacked"],
                    [
                        Placeholder.csrfField,
                        tag("h2", text: "联名确认"),
                        tag(
                            "div", ["class": "actions"],
                            [
                                tag(
                                    "button", ["type": "submit", "name": "confirm", "value": "1", "class": "primary"],
                                    text: "确认联名"),
                                tag("button", ["type": "submit", "name": "confirm", "value": "0"], text: "不联名"),
                            ]),
                    ]))
        case .submitted where canReview:
            forms.append(
                form(
                    .suggestionMove(id, "accept"), "受理",
                    [FormFields().checkbox("isKey", label: "列为重点建言", checked: false)],
                    submit: "受理"))
            forms.append(
                form(
                    .suggestionMove(id, "decline"), "不予受理",
                    [FormFields().textarea("reason", label: "理由", value: "", required: true, rows: 2)], submit: "不予受理"))
            forms.append(mergeForm(detail))
        case .accepted where canReview:
            forms.append(mergeForm(detail))
            forms.append(
                form(
                    .suggestionMove(id, "route"), "交办",
                    [
                        FormFields().select(
                            "leadUnitId", label: "主办单位", options: unitOptions(units, includeNone: "（请选择）"),
                            selected: "",
                            required: true),
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": "f-coUnitIds"], text: "协办单位"),
                                tag(
                                    "select",
                                    ["id": "f-coUnitIds", "name": "coUnitIds[]", "multiple": "", "size": "5"],
                                    unitOptions(units).map { tag("option", ["value": $0.value], text: $0.label) }),
                            ]),
                        FormFields().text("answerDue", label: "答复时限", value: "", required: true, type: "date"),
                    ], submit: "交办"))
        case .routed where access.leadsIt:
            let waiting = detail.handlers.filter { !$0.isLead && $0.countersignedAt == nil }.map(\.unitName)
            forms.append(
                form(
                    .suggestionMove(id, "answer"), "答复",
                    [
                        waiting.isEmpty
                            ? .group([])
                            : tag("p", ["class": "help"], text: "待会签：\(waiting.joined(separator: "、"))；会签后才能提交答复"),
                        FormFields().select(
                            "answerClass", label: "答复类别", options: AnswerClass.allCases.map { ($0.rawValue, $0.label) },
                            selected: AnswerClass.b.rawValue, required: true),
                        FormFields().textarea(
                            "text", label: "答复内容", value: suggestion.answer, required: true,
                            maxLength: SuggestionCommands.maxBodyLength, rows: 8),
                    ], submit: "提交答复"))
            forms.append(
                form(
                    .suggestionMove(id, "return"), "退回（不属于本单位职责）",
                    [FormFields().textarea("reason", label: "退回理由", value: "", required: true, rows: 2)], submit: "退回"))
        case .routed where access.handlesIt:
            forms.append(
                form(
                    .suggestionMove(id, "countersign"), "会签",
                    [FormFields().textarea("part", label: "本单位办理意见", value: "", required: true, rows: 4)], submit: "会签")
            )
        case .answerSubmitted where canReview:
            forms.append(
                tag(
                    "form", ["method": "post", "action": Path.suggestionMove(id, "review").string, "class": "stacked"],
                    [
                        Placeholder.csrfField,
                        tag("h2", text: "审核答复"),
                        FormFields().textarea("comment", label: "退回修改的意见（发送时不填）", value: "", rows: 2),
                        tag(
                            "div", ["class": "actions"],
                            [
                                tag(
                                    "button", ["type": "submit", "name": "send", "value": "1", "class": "primary"],
                                    text: "发送给建言人"),
                                tag("button", ["type": "submit", "name": "send", "value": "0"], text: "退回承办单位修改"),
                            ]),
                    ]))
        case .answered where detail.viewerSignerState == .confirmed:
            forms.append(
                form(
                    .suggestionMove(id, "rate"), "评价答复",
                    [
                        FormFields().select(
                            "rating", label: "评价", options: Satisfaction.allCases.map { ($0.rawValue, $0.label) },
                            selected: Satisfaction.satisfied.rawValue, required: true),
                        FormFields().textarea(
                            "comment", label: "评价意见", value: "", help: "不满意时请写明理由；第一次答复不满意的，将重新办理一次",
                            rows: 3),
                    ], submit: "提交评价"))
        default:
            break
        }
        return forms
    }

    /// 并案: merge into one of the similar suggestions listed on the page that still carries on.
    private static func mergeForm(_ detail: SuggestionViews.ShowModel) -> HTMLNode {
        let finished: Set<SuggestionStatus> = [.draft, .cosigning, .declined, .merged]
        let targets = detail.similar.filter { !$0.publicOnly && !finished.contains($0.line.status) }
        guard !targets.isEmpty else { return .group([]) }
        return form(
            .suggestionMove(detail.suggestion.id, "merge"), "并案",
            [
                FormFields().select(
                    "intoId", label: "并入",
                    options: targets.map { target in
                        let line = target.line
                        return (
                            value: line.id.uuidString.lowercased(),
                            label: "\(line.number) \(line.title)（\(line.status.label)，相似度 \(Int(target.score * 100))%）"
                        )
                    }, selected: nil, required: true,
                    help: "并案后本建言不再单独办理，随所并入的建言一并答复。")
            ], submit: "并案")
    }

    /// A move's form: its heading, fields and one submit button.
    static func form(_ action: Path, _ heading: String, _ fields: [HTMLNode], submit: String) -> HTMLNode {
        tag(
            "form", ["method": "post", "action": action.string, "class": "stacked", "novalidate": ""],
            [Placeholder.csrfField, tag("h2", text: heading)] + fields
                + [
                    tag(
                        "div", ["class": "actions"],
                        [tag("button", ["type": "submit", "class": "primary"], text: submit)])
                ])
    }
}
