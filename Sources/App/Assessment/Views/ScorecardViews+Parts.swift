import Domain
import Foundation

extension ScorecardViews {
    /// The bonus, deduction and veto items, with the office's form while they may change.
    static func adjustments(_ card: ScorecardSummary) -> [HTMLNode] {
        guard !card.adjustments.isEmpty || card.canAdjust else { return [] }
        let rows = card.adjustments.map { item -> [HTMLNode] in
            var cells: [HTMLNode] = [
                txt(item.kindLabel), txt(item.kind == .veto ? "定为较差" : item.points.description), txt(item.reason),
            ]
            if card.canAdjust {
                cells.append(
                    Layout.postButton(
                        .deleteAdjustment(item.id), label: "撤销", fields: [:],
                        ariaLabel: "撤销\(item.kindLabel)：\(item.reason)"))
            }
            return cells
        }
        var columns: [Components.Column] = [
            .init(title: "类型", nowrap: true), .init(title: "分值", numeric: true), .init(title: "事由"),
        ]
        if card.canAdjust { columns.append(.init(title: "操作", nowrap: true)) }
        var nodes: [HTMLNode] = [
            tag("h2", text: "加分、扣分和一票否决"),
            Components.table(caption: "加分、扣分和一票否决", columns: columns, rows: rows, empty: "没有加分、扣分或一票否决事项。"),
        ]
        if card.canAdjust {
            let fields = FormFields(idSuffix: "-adjust")
            nodes.append(
                tag(
                    "form",
                    [
                        "method": "post", "action": Path.cardAdjustments(card.cardId).string,
                        "class": "stacked no-print",
                    ],
                    [
                        Placeholder.csrfField,
                        fields.select(
                            "kind", label: "类型", options: AdjustmentKind.allCases.map { ($0.rawValue, $0.label) },
                            selected: AdjustmentKind.bonus.rawValue, required: true),
                        fields.text(
                            "points", label: "分值", value: "",
                            help: "加分不超过 \(card.scheme.bonusCap) 分、扣分不超过 \(card.scheme.deductionCap) 分；一票否决不填"),
                        fields.textarea("reason", label: "事由", value: "", required: true, maxLength: 2_000, rows: 2),
                        tag("button", ["type": "submit"], text: "记入"),
                    ]))
        }
        return nodes
    }

    /// The rows an automatic figure counted, each marked met or not, linked to its record.
    static func rows(_ counted: CountedRows) -> PageModel {
        let rows = counted.rows.enumerated().map { index, row -> [HTMLNode] in
            [
                txt(String(index + 1)), tag("a", ["href": row.path], text: row.title), txt(row.day),
                Components.pill(row.met ? "计入达标" : "未达标", tone: row.met ? "green" : "red"),
            ]
        }
        let scheme = counted.scheme
        return PageModel(
            title: "\(counted.unitName) \(counted.indicator.metricLabel ?? counted.indicator.name)明细",
            crumbs: AssessmentViews.crumbs + [
                Crumb("\(scheme.year)年度", .assessment(scheme.id)), Crumb(counted.unitName, .scorecard(counted.cardId)),
                Crumb("明细"),
            ],
            content: [
                Components.details([
                    ("指标", txt(counted.indicator.name)), ("计算公式", txt(counted.indicator.formula ?? "")),
                    ("统计期间", txt("\(scheme.year)年1月1日至\(WorkComponents.longDay(counted.asOf))")),
                    ("结果", txt(counted.figure)),
                ]),
                Components.table(
                    caption: "计入的记录",
                    columns: [
                        .init(title: "序号", numeric: true), .init(title: "记录"), .init(title: "日期", nowrap: true),
                        .init(title: "是否达标", nowrap: true),
                    ], rows: rows, empty: "统计期间没有应计的记录，该项按满分计。"),
            ])
    }

    /// The scorecard as Excel or CSV.
    static func spreadsheet(_ card: ScorecardSummary) -> SpreadsheetTable {
        var rows = card.lines.map { line in
            [
                String(line.indicator.position), line.indicator.category, line.indicator.name,
                line.indicator.points.description,
                line.figure ?? line.selfScore.map { "自评 \($0)" } ?? "未自评", line.score.description, line.stateLabel,
                line.reviewReason,
            ]
        }
        for item in card.adjustments {
            rows.append([
                "", item.kindLabel, item.reason, "", "",
                item.kind == .deduction ? "-\(item.points)" : item.points.description, "", "",
            ])
        }
        if let result = card.result {
            rows.append([
                "", "合计", "", card.scheme.totalPoints.description, "", result.total.description, result.gradeLabel,
                "第\(result.rank)名",
            ])
        }
        return SpreadsheetTable(
            title: "\(card.scheme.year)年度考核评分表 \(card.unitName)", sheetName: "评分表",
            header: ["序号", "类别", "指标", "分值", "计算结果或自评", "得分", "状态", "审核意见"], rows: rows,
            widths: [6, 14, 24, 8, 30, 8, 10, 30], landscape: true)
    }
}
