import Domain
import Foundation

/// The writing form and a suggestion's page.
enum SuggestionViews {
    /// `members`: who may be chosen as author or co-signer, each named with their organisation.
    static func form(
        _ values: SuggestionsController.SuggestionForm, members: [Choice], forOffice: Bool, errors: [FieldError]
    ) -> PageModel {
        let fields = FormFields(errors: errors)
        let categories = SuggestionCategory.allCases.map { ($0.rawValue, $0.label) }
        let people = members.map { ($0.option.value, $0.label) }
        var body: [HTMLNode] = [Placeholder.csrfField]
        if forOffice {
            body.append(
                fields.select(
                    "authorId", label: "建言人", options: [("", "（请选择）")] + people, selected: values.authorId ?? "",
                    required: true, help: "办公室代为录入时，选择提出建言的成员"))
        }
        body += [
            fields.text(
                "title", label: "标题", value: values.title ?? "", required: true,
                maxLength: SuggestionCommands.maxTitleLength),
            fields.select(
                "category", label: "类别", options: categories,
                selected: values.category ?? SuggestionCategory.economy.rawValue,
                required: true),
            fields.textarea(
                "body", label: "建言内容", value: values.body ?? "", required: true, help: "写明问题、原因和具体建议",
                maxLength: SuggestionCommands.maxBodyLength, rows: 12),
            similarBox,
            Components.fileField(fields, maxFiles: SuggestionLine.maxFiles),
            cosignerField(people, selected: Set(values.cosignerIds ?? [])),
            fields.checkbox("publishConsent", label: "同意答复后公开本建言及答复", checked: values.publishConsent == "1"),
            tag(
                "div", ["class": "actions"],
                [
                    tag(
                        "button", ["type": "submit", "name": "action", "value": "submit", "class": "primary"],
                        text: "提交"),
                    tag("button", ["type": "submit", "name": "action", "value": "save"], text: "保存草稿"),
                    Components.link("取消", .suggestions),
                ]),
        ]
        return PageModel(
            title: "写建言", crumbs: [Crumb("工作台", .home), Crumb("建言直通车", .suggestions), Crumb("写建言")],
            content: [
                fields.summary,
                tag(
                    "form",
                    [
                        "method": "post", "action": Path.suggestions.string, "enctype": "multipart/form-data",
                        "class": "stacked",
                        "novalidate": "",
                    ], body),
            ])
    }

    /// Members invited to co-sign (联名): a multiple choice.
    /// Co-signers picked by typing part of a name: a search box over a list of checkboxes (the
    /// script hides the names that do not match; without it the list is still a list to tick).
    static func cosignerField(_ people: [(String, String)], selected: Set<String>) -> HTMLNode {
        tag(
            "fieldset", ["class": "field picker", "aria-describedby": "h-cosignerIds"],
            [
                tag("legend", text: "联名人"),
                voidTag(
                    "input",
                    [
                        "type": "search", "id": "f-cosigner-search", "aria-label": "按姓名查找联名人",
                        "placeholder": "输入姓名查找", "data-filter-list": "cosigner-list", "autocomplete": "off",
                    ]),
                tag(
                    "ul", ["class": "picker-list", "id": "cosigner-list"],
                    people.enumerated().map { index, person in
                        tag(
                            "li", [:],
                            [
                                voidTag(
                                    "input",
                                    [
                                        "type": "checkbox", "id": "f-cosigner-\(index)", "name": "cosignerIds[]",
                                        "value": person.0, "checked": selected.contains(person.0) ? "" : nil,
                                    ]),
                                tag("label", ["for": "f-cosigner-\(index)"], text: person.1),
                            ])
                    }),
                tag(
                    "p", ["class": "help", "id": "h-cosignerIds"],
                    text: "可不选，可选多位。联名人须在 3 天内确认，逾期未确认的不再列为联名人"),
            ])
    }

    /// Where the script lists similar suggestions while one is written. Its words travel in
    /// attributes, so the page's Traditional conversion reaches them too.
    static var similarBox: HTMLNode {
        let labels = Dictionary(uniqueKeysWithValues: SuggestionStatus.allCases.map { ($0.rawValue, $0.label) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = (try? encoder.encode(labels)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return tag(
            "div",
            [
                "class": "similar-box", "id": "similar", "aria-live": "polite",
                "data-similar": Path.api(.similarSuggestions).string,
                "data-heading": "以下建言与正在写的相似，请先看看是否已有人提过：",
                "data-score": "相似度", "data-statuses": json,
            ], [])
    }

    static func show(_ detail: ShowModel) -> PageModel {
        let suggestion = detail.suggestion
        var pairs: [(String, HTMLNode)] = [
            ("状态", statusPill(suggestion.status)),
            (
                "类别",
                txt(
                    suggestion.category.label + (suggestion.isKey ? "（重点建言）" : "") + (suggestion.adopted ? "（已采纳）" : "")
                )
            ),
            ("建言单位", txt(detail.unitName)),
        ]
        if !suggestion.number.isEmpty { pairs.insert(("编号", txt(suggestion.number)), at: 0) }
        if let due = suggestion.answerDue { pairs.append(("答复时限", txt(WorkComponents.longDay(due)))) }
        if suggestion.isPublished {
            pairs.append(("公开", Components.link("已在公开页面发布", .publicSuggestion(suggestion.id))))
        }
        if suggestion.round > 1 { pairs.append(("办理轮次", txt("第 \(suggestion.round) 次答复（不满意后重新办理）"))) }
        if !suggestion.declineReason.isEmpty { pairs.append(("不予受理理由", txt(suggestion.declineReason))) }
        if !suggestion.reviewComment.isEmpty { pairs.append(("意见", txt(suggestion.reviewComment))) }
        var content: [HTMLNode] = [
            Components.details(pairs),
            tag("h2", text: "建言内容"),

            tag(
                "div", ["class": "prose"],
                suggestion.body.split(whereSeparator: \.isNewline).map { tag("p", text: String($0)) }),
            detail.attachments.isEmpty
                ? .group([])
                : Components.fileList(
                    detail.attachments, path: { .suggestionFile($0) },
                    remove: suggestion.status == .draft && (detail.access.isAuthor || detail.access.enteredIt)
                        ? { .deleteSuggestionFile($0) } : nil),
            tag("h2", text: "建言人和联名人"),
            Components.table(
                caption: "建言人和联名人",
                columns: [
                    .init(title: "姓名"), .init(title: "身份"), .init(title: "状态"),
                    .init(title: "评价"),
                ],
                rows: detail.signers.map { signer in
                    [
                        txt(signer.name), txt(signer.isAuthor ? "建言人" : "联名人"), txt(signerState(signer)),
                        txt(ratings(signer)),
                    ]
                }, empty: ""),
        ]
        if !detail.handlers.isEmpty {
            content += [
                tag("h2", text: "承办单位"),
                Components.table(
                    caption: "承办单位", columns: [.init(title: "单位"), .init(title: "分工"), .init(title: "会签意见")],
                    rows: detail.handlers.map { handler in
                        [
                            txt(handler.unitName), txt(handler.isLead ? "主办" : "协办"),
                            txt(handler.isLead ? "" : (handler.countersignedAt == nil ? "待会签" : handler.part)),
                        ]
                    }, empty: ""),
            ]
        }
        if !suggestion.answer.isEmpty {
            content += [
                tag("h2", text: "答复" + (suggestion.answerClass.map { "（\($0.label)）" } ?? "")),

                tag(
                    "div", ["class": "prose"],
                    suggestion.answer.split(whereSeparator: \.isNewline).map { tag("p", text: String($0)) }),
            ]
        }
        content += SuggestionActionViews.forms(detail)
        content += SuggestionFollowUpViews.sections(detail)
        return PageModel(
            title: suggestion.title,
            crumbs: [Crumb("工作台", .home), Crumb("建言直通车", .suggestions), Crumb(suggestion.title)],
            content: content)
    }

    /// “满意：…”, or with a reopened suggestion “第一次答复：不满意：…；第二次答复：满意”.
    private static func ratings(_ signer: SuggestionDetail.Signer) -> String {
        func text(_ rating: Satisfaction?, _ comment: String?) -> String {
            rating.map { $0.label + ((comment ?? "").isEmpty ? "" : "：\(comment ?? "")") } ?? "未评价"
        }
        guard let first = signer.firstRating else {
            return signer.rating == nil ? "" : text(signer.rating, signer.ratingComment)
        }
        let second = signer.ratedRound < 2 ? "未评价" : text(signer.rating, signer.ratingComment)
        return "第一次答复：\(text(first, signer.firstRatingComment))；第二次答复：\(second)"
    }

    private static func signerState(_ signer: SuggestionDetail.Signer) -> String {
        switch signer.state {
        case .confirmed: "已确认"
        case .invited: "待确认" + (signer.respondBy.map { "（\($0) 前）" } ?? "")
        case .dropped: "未联名"
        }
    }

    static func statusPill(_ status: SuggestionStatus) -> HTMLNode {
        let tone: String =
            switch status {
            case .closed: "green"
            case .declined, .merged, .draft: "grey"
            case .answered, .answerSubmitted: "green"
            default: "amber"
            }
        return Components.pill(status.label, tone: tone)
    }
}
