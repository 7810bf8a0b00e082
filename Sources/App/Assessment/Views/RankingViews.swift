import Domain
import Foundation

/// The ranking with its chart and table (with last year beside it), and the scoring queue.
enum RankingViews {
    static func ranking(_ ranking: RankingSummary) -> PageModel {
        let scheme = ranking.scheme
        var columns: [Components.Column] = [
            .init(title: "类型", nowrap: true), .init(title: "名次", numeric: true), .init(title: "单位"),
            .init(title: "指标得分", numeric: true), .init(title: "加分", numeric: true), .init(title: "扣分", numeric: true),
            .init(title: "总分", numeric: true), .init(title: "等次", nowrap: true),
        ]
        if ranking.hasLastYear {
            columns += [
                .init(title: "上年总分", numeric: true), .init(title: "上年名次", numeric: true),
                .init(title: "上年等次", nowrap: true),
            ]
        }
        let rows = ranking.results.map { result -> [HTMLNode] in
            var cells: [HTMLNode] = [
                txt(result.unitKindLabel), txt(String(result.rank)),
                Components.link(result.unitName, .scorecard(result.cardId)),
                txt(result.indicators.description), txt(result.bonus.description), txt(result.deduction.description),
                txt(result.total.description),
                tag("span", [:], [AssessmentViews.grade(result.gradeLabel), txt(result.vetoed ? "（一票否决）" : "")]),
            ]
            if ranking.hasLastYear {
                cells += [
                    txt(result.lastYearTotal?.description ?? "—"), txt(result.lastYearRank.map(String.init) ?? "—"),
                    txt(result.lastYearGrade ?? "—"),
                ]
            }
            return cells
        }
        var content: [HTMLNode] = [
            Components.details([
                ("考核方案", Components.link("\(scheme.year)年度\(scheme.title)", .assessment(scheme.id))),
                ("阶段", AssessmentViews.status(scheme.status)),
                ("名次", txt("按单位类型分别排名，总分相同的名次并列，下一名次顺延")),
                ("等次", txt("\(scheme.grading.label)：\(scheme.gradingText)；一票否决的定为较差")),
            ]),
            Components.exports(path: .assessmentRanking(scheme.id), filters: []),
        ]
        if let chart = chart(ranking) { content.append(chart) }
        content.append(
            Components.table(caption: "\(scheme.year)年度考核排名", columns: columns, rows: rows, empty: "还没有被考核单位。"))
        return PageModel(
            title: "\(scheme.year)年度考核排名",
            crumbs: AssessmentViews.crumbs + [Crumb("\(scheme.year)年度", .assessment(scheme.id)), Crumb("排名")],
            content: content, landscape: true)
    }

    /// Total points per unit as bars split into indicator points and bonus; the table below holds the same numbers.
    private static func chart(_ ranking: RankingSummary) -> HTMLNode? {
        Charts.stackedBars(
            title: "\(ranking.scheme.year)年度各单位考核总分",
            series: [
                Charts.Series(name: "总分（分）", short: "", colour: Charts.green)
            ],
            rows: ranking.results.map { result in
                (name: "\(result.unitName)（\(result.gradeLabel)）", values: [Int((result.total.hundredths + 50) / 100)])
            }, unit: "分", axes: "横轴：总分（四舍五入到整数分，精确分数见下表）")
    }

    /// The ranking as Excel or CSV.
    static func spreadsheet(_ ranking: RankingSummary) -> SpreadsheetTable {
        var header = ["类型", "名次", "单位", "指标得分", "加分", "扣分", "总分", "等次"]
        if ranking.hasLastYear { header += ["上年总分", "上年名次", "上年等次"] }
        return SpreadsheetTable(
            title: "\(ranking.scheme.year)年度考核排名", sheetName: "排名", header: header,
            rows: ranking.results.map { result in
                var row = [
                    result.unitKindLabel, String(result.rank), result.unitName, result.indicators.description,
                    result.bonus.description, result.deduction.description, result.total.description,
                    result.gradeLabel + (result.vetoed ? "（一票否决）" : ""),
                ]
                if ranking.hasLastYear {
                    row += [
                        result.lastYearTotal?.description ?? "", result.lastYearRank.map(String.init) ?? "",
                        result.lastYearGrade ?? "",
                    ]
                }
                return row
            }, widths: [12, 6, 24, 10, 8, 8, 10, 14, 10, 8, 10], landscape: true)
    }

    static func queue(_ lines: [QueueLine]) -> PageModel {
        let rows = lines.map { line -> [HTMLNode] in
            [
                txt("\(line.year)年度"), txt(line.kindLabel), txt(line.unitName),
                tag(
                    "a",
                    ["href": Path.scorecard(line.cardId).string + "#entry-\(line.entryId.uuidString.lowercased())"],
                    text: line.indicatorName),
            ]
        }
        return PageModel(
            title: "考核评分队列", crumbs: AssessmentViews.crumbs + [Crumb("评分队列")],
            content: [
                Components.table(
                    caption: "考核评分队列",
                    columns: [
                        .init(title: "年度", nowrap: true), .init(title: "事项", nowrap: true), .init(title: "单位"),
                        .init(title: "指标"),
                    ],
                    rows: rows, empty: "没有待审核的自评或待答复的申诉。")
            ])
    }
}
