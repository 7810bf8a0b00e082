import Domain

/// The charts on the office's and leaders' home page, each with its numbers in a table under
/// it: lights by lead unit, the year's plan month by month, reports on time by lead unit, and
/// the A/B/C split of this year's suggestion answers.
enum HomeChartsView {
    static func section(_ charts: HomeCharts, answers: [SuggestionFigures.Row]) -> HTMLNode {
        var nodes: [HTMLNode] = [tag("h2", ["id": "home-charts", "class": "visually-hidden"], text: "图表")]
        nodes += lights(charts.lights) + progress(charts) + reporting(charts.reporting)
        // The same units as the chart, in its order: the most answers first.
        func total(_ row: SuggestionFigures.Row) -> Int { row.classA + row.classB + row.classC }
        let charted = answers.filter { total($0) > 0 }.sorted { total($0) > total($1) }.prefix(Charts.maxRows)
        if let chart = SuggestionClassChart.chart(answers) {
            nodes.append(chart)
            nodes.append(
                Components.table(
                    caption: "各单位答复分类",
                    columns: [
                        .init(title: "承办单位"), .init(title: "A类", numeric: true), .init(title: "B类", numeric: true),
                        .init(title: "C类", numeric: true),
                    ],
                    rows: charted.map {
                        [txt($0.unitName), txt(String($0.classA)), txt(String($0.classB)), txt(String($0.classC))]
                    }, empty: ""))
        }
        return tag("section", ["aria-labelledby": "home-charts", "class": "home-charts"], nodes)
    }

    private static func lights(_ all: [HomeCharts.UnitLights]) -> [HTMLNode] {
        // The table holds the rows the chart draws (the worst first); 完成情况 has every unit.
        let rows = Array(all.filter { $0.red + $0.yellow + $0.green > 0 }.prefix(Charts.maxRows))
        guard
            let chart = Charts.stackedBars(
                title: "各单位未完成任务督办灯",
                series: [
                    .init(name: "红灯", short: "红", colour: Charts.red),
                    .init(name: "黄灯", short: "黄", colour: Charts.amber),
                    .init(name: "绿灯", short: "绿", colour: Charts.green),
                ], rows: rows.map { ($0.unitName, [$0.red, $0.yellow, $0.green]) }, unit: "项",
                axes: "未完成任务数（横轴）；牵头单位（纵轴）")
        else { return [] }
        return [
            chart,
            Components.table(
                caption: "各单位未完成任务督办灯",
                columns: [
                    .init(title: "牵头单位"), .init(title: "红灯", numeric: true), .init(title: "黄灯", numeric: true),
                    .init(title: "绿灯", numeric: true),
                ],
                rows: rows.map {
                    [txt($0.unitName), txt(String($0.red)), txt(String($0.yellow)), txt(String($0.green))]
                }, empty: ""),
            all.count > rows.count
                ? tag("p", [:], [Components.link("全部 \(all.count) 个单位见各单位完成情况", .completion)]) : .group([]),
        ]
    }

    private static func progress(_ charts: HomeCharts) -> [HTMLNode] {
        guard let plan = charts.planTitle,
            let chart = Charts.line(
                title: "\(plan)：平均进度（逐月）",
                points: charts.progress.map { (String($0.month.suffix(2)) + "月", $0.averageProgress) }, maximum: 100,
                format: { "\(Int($0.rounded()))%" }, axes: "月末（横轴）；已采纳进展的平均进度（纵轴）")
        else { return [] }
        return [
            chart,
            Components.table(
                caption: "\(plan)逐月进度",
                columns: [
                    .init(title: "月份"), .init(title: "平均进度", numeric: true),
                    .init(title: "已完成任务（共 \(charts.taskCount) 项）", numeric: true),
                ],
                rows: charts.progress.map {
                    [txt($0.month), txt("\(Int($0.averageProgress.rounded()))%"), txt(String($0.finished))]
                }, empty: ""),
        ]
    }

    private static func reporting(_ all: [HomeCharts.UnitReporting]) -> [HTMLNode] {
        let rows = Array(all.filter { $0.open > 0 }.prefix(Charts.maxRows))
        guard
            let chart = Charts.stackedBars(
                title: "各单位进展报送情况",
                series: [
                    .init(name: "按期", short: "按期", colour: Charts.green),
                    .init(name: "逾期未报", short: "逾期", colour: Charts.red),
                ],
                rows: rows.map { ($0.unitName, [$0.onTime, $0.open - $0.onTime]) }, unit: "项",
                axes: "未完成任务数：下次报送未逾期、已逾期未报（横轴）；牵头单位（纵轴）")
        else { return [] }
        return [
            chart,
            Components.table(
                caption: "各单位进展报送情况",
                columns: [
                    .init(title: "牵头单位"), .init(title: "未完成任务", numeric: true), .init(title: "按期", numeric: true),
                    .init(title: "按期率", numeric: true),
                ],
                rows: rows.map {
                    [
                        txt($0.unitName), txt(String($0.open)), txt(String($0.onTime)),
                        txt(CompletionView.percent($0.open == 0 ? 1 : Double($0.onTime) / Double($0.open))),
                    ]
                }, empty: ""),
        ]
    }
}
