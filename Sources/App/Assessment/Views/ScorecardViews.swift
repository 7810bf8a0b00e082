import Domain
import Foundation

/// A unit's scorecard: every indicator with its figure or self-assessment, the scorer's
/// decision and appeals, the bonus and deduction items and the result; with the forms of
/// whoever may act on a line. And the rows behind an automatic figure.
enum ScorecardViews {
    static func card(_ card: ScorecardSummary) -> PageModel {
        let scheme = card.scheme
        var pairs: [(String, HTMLNode)] = [
            ("单位", txt(card.unitName)),
            ("考核方案", Components.link("\(scheme.year)年度\(scheme.title)", .assessment(scheme.id))),
            ("阶段", AssessmentViews.status(scheme.status)),
            ("自动指标统计至", txt(WorkComponents.longDay(card.asOf))),
        ]
        if let result = card.result {
            pairs.append(
                ("总分", txt("\(result.total) 分（指标 \(result.indicators)，加分 \(result.bonus)，扣分 \(result.deduction)）")))
            pairs.append(("排名", txt("\(result.unitKindLabel)第 \(result.rank) 名")))
            pairs.append(("等次", AssessmentViews.grade(result.gradeLabel)))
        }
        if let ends = scheme.windowEnds, scheme.status == .published {
            pairs.append(("申诉", txt("公示期至\(WorkComponents.longDay(ends))，对得分有异议的可在此前逐项申诉")))
        }
        var content: [HTMLNode] = [
            tag("h2", ["class": "print-title"], text: "\(scheme.year)年度考核评分表"),
            Components.details(pairs),
            tag(
                "p", ["class": "exports"],
                [
                    tag(
                        "a",
                        ["class": "button", "href": Path.scorecard(card.cardId).with(query: [("format", "xlsx")])],
                        text: "导出 Excel"),
                    tag("button", ["type": "button", "data-print": ""], text: "打印"),
                ]),
            table(card),
        ]
        content += card.lines.flatMap(section)
        content += adjustments(card)
        return PageModel(
            title: "\(card.unitName) 考核评分表",
            crumbs: AssessmentViews.crumbs + [Crumb("\(scheme.year)年度", .assessment(scheme.id)), Crumb(card.unitName)],
            content: content, landscape: true)
    }

    private static func table(_ card: ScorecardSummary) -> HTMLNode {
        let rows = card.lines.map { line -> [HTMLNode] in
            let basis: HTMLNode =
                if let figure = line.figure {
                    tag(
                        "span", [:],
                        [
                            txt("\(line.indicator.metricLabel ?? "")：\(figure) "),
                            Components.link("明细", .entryRows(line.entryId)),
                        ])
                } else {
                    txt(line.selfScore.map { "自评 \($0) 分" } ?? "未自评")
                }
            return [
                txt(String(line.indicator.position)), txt(line.indicator.category),
                tag("a", ["href": "#entry-\(line.entryId.uuidString.lowercased())"], text: line.indicator.name),
                txt(line.indicator.points.description), basis, txt(line.score.description), txt(line.stateLabel),
            ]
        }
        return Components.table(
            caption: "考核评分表",
            columns: [
                .init(title: "序号", numeric: true), .init(title: "类别"), .init(title: "指标"),
                .init(title: "分值", numeric: true), .init(title: "计算结果或自评"), .init(title: "得分", numeric: true),
                .init(title: "状态", nowrap: true),
            ], rows: rows, empty: "方案没有指标。")
    }

    /// One indicator's detail and the forms its viewer may use.
    private static func section(_ line: CardLine) -> [HTMLNode] {
        let id = line.entryId
        var pairs: [(String, HTMLNode)] = [("评分细则", txt(line.indicator.rule.isEmpty ? "—" : line.indicator.rule))]
        if let formula = line.indicator.formula { pairs.append(("计算公式", txt(formula))) }
        if !line.statement.isEmpty { pairs.append(("自评说明", txt(line.statement))) }
        if !line.evidence.isEmpty { pairs.append(("佐证材料", evidence(line.evidence))) }
        if !line.files.isEmpty {
            pairs.append(
                (
                    "佐证附件",
                    Components.fileList(
                        line.files.map { AttachmentInfo(id: $0.id, filename: $0.filename, size: $0.size) },
                        path: { .assessmentFile($0) }, remove: line.canSelfAssess ? { .deleteAssessmentFile($0) } : nil)
                ))
        }
        if !line.reviewReason.isEmpty { pairs.append(("审核意见", txt(line.reviewReason))) }
        for appeal in line.appeals {
            var text = "\(appeal.statusLabel)：\(appeal.reason)"
            if !appeal.answer.isEmpty { text += "。答复：\(appeal.answer)" }
            if let old = appeal.oldScore, let new = appeal.newScore { text += "（得分由 \(old) 改为 \(new)）" }
            pairs.append(("申诉", txt(text)))
        }
        var nodes: [HTMLNode] = [
            tag(
                "h3", ["id": "entry-\(id.uuidString.lowercased())"],
                text: "\(line.indicator.position). \(line.indicator.name)（\(line.indicator.points) 分）"),
            Components.details(pairs),
        ]
        let suffix = "-" + id.uuidString.lowercased().prefix(8)
        let fields = FormFields(idSuffix: String(suffix))
        func form(_ move: String, _ children: [HTMLNode], button: String) -> HTMLNode {
            tag(
                "form",
                [
                    "method": "post", "action": Path.entryMove(id, move).string, "class": "stacked no-print",
                    "enctype": move == "self" ? "multipart/form-data" : nil,
                ],
                [Placeholder.csrfField] + children + [
                    tag(
                        "button",
                        ["type": "submit", "class": "primary", "aria-label": "\(button)：\(line.indicator.name)"],
                        text: button)
                ])
        }
        if line.canSelfAssess {
            nodes.append(
                form(
                    "self",
                    [
                        fields.text("score", label: "自评分", value: line.selfScore?.description ?? "", required: true),
                        fields.textarea(
                            "statement", label: "自评说明", value: line.statement, required: true, maxLength: 2_000, rows: 3
                        ),
                        fields.textarea(
                            "evidence", label: "佐证材料", value: line.evidence,
                            help: "每行一项：任务、会议、报告页面的地址（如 /tasks/…），或材料名称", maxLength: 2_000, rows: 3),
                        Components.fileField(fields, maxFiles: FileSummary.maxFiles),
                    ], button: "提交自评"))
        }
        if line.canReview {
            nodes.append(
                form(
                    "review",
                    [
                        fields.select(
                            "decision", label: "审核意见",
                            options: [("accept", "认定自评分"), ("adjust", "调整得分"), ("return", "退回重新自评")],
                            selected: "accept",
                            required: true),
                        fields.text("score", label: "调整后得分", value: "", help: "仅调整时填写"),
                        fields.textarea("reason", label: "理由", value: "", help: "调整或退回时必填", maxLength: 2_000, rows: 2),
                    ], button: "保存审核"))
        }
        if line.canAppeal {
            nodes.append(
                form(
                    "appeal",
                    [
                        fields.textarea("reason", label: "申诉理由", value: "", required: true, maxLength: 2_000, rows: 2),
                        fields.textarea("evidence", label: "佐证材料", value: "", maxLength: 2_000, rows: 2),
                    ], button: "提出申诉"))
        }
        if line.canAnswerAppeal, let appeal = line.appeals.first(where: { $0.status == .open }) {
            nodes.append(
                tag(
                    "form",
                    ["method": "post", "action": Path.answerAppeal(appeal.id).string, "class": "stacked no-print"],
                    [
                        Placeholder.csrfField,
                        fields.select(
                            "upheld", label: "申诉是否成立", options: [("1", "成立，更正得分"), ("0", "不成立")],
                            selected: "1", required: true),
                        fields.text("score", label: "更正后得分", value: "", help: "成立时必填；原得分 \(line.score)"),
                        fields.textarea("answer", label: "答复", value: "", required: true, maxLength: 2_000, rows: 2),
                        tag(
                            "button",
                            ["type": "submit", "class": "primary", "aria-label": "答复申诉：\(line.indicator.name)"],
                            text: "答复申诉"),
                    ]))
        }
        return nodes
    }

    /// Evidence lines: a page of Tongxin or a web address becomes a link; other lines stay text.
    static func evidence(_ text: String) -> HTMLNode {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return tag(
            "ul", ["class": "plain"],
            lines.map { line in
                let linkable =
                    (line.hasPrefix("/") && !line.hasPrefix("//")) || line.hasPrefix("https://")
                    || line.hasPrefix("http://")
                return tag("li", [:], [linkable ? tag("a", ["href": line, "rel": "noopener"], text: line) : txt(line)])
            })
    }
}
