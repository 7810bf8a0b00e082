import Domain
import Foundation

/// The list of schemes with the form for a new one, and a scheme's page: its settings, what
/// stops it being issued, its indicators, the moves of its year and the units' cards.
enum AssessmentViews {
    static let crumbs = [Crumb("工作台", .home), Crumb("年度考核", .assessments)]

    static func index(_ schemes: [SchemeSummary], canManage: Bool, thisYear: Int) -> PageModel {
        let rows = schemes.map { scheme -> [HTMLNode] in
            [
                txt("\(scheme.year)年度"), Components.link(scheme.title, .assessment(scheme.id)), status(scheme.status),
                txt(scheme.totalPoints.description),
                scheme.status == .published || scheme.status == .final
                    ? Components.link("排名", .assessmentRanking(scheme.id)) : txt("—"),
            ]
        }
        var content: [HTMLNode] = [
            tag("p", [:], [Components.link("评分队列（待我审核和答复的）", .assessmentQueue)]),
            Components.table(
                caption: "考核方案",
                columns: [
                    .init(title: "年度", nowrap: true), .init(title: "方案"), .init(title: "状态", nowrap: true),
                    .init(title: "总分", numeric: true), .init(title: "排名", nowrap: true),
                ],
                rows: rows, empty: "还没有考核方案。办公室起草方案、设置指标后印发，各单位即可自评。"),
        ]
        if canManage {
            content.append(tag("h2", text: "起草考核方案"))
            content.append(AssessmentForms.newScheme(schemes: schemes, year: thisYear))
        }
        return PageModel(title: "年度考核", crumbs: [Crumb("工作台", .home), Crumb("年度考核")], content: content)
    }

    static func status(_ status: SchemeStatus) -> HTMLNode {
        Components.pill(status.label, tone: status == .final ? "green" : status == .draft ? "grey" : "amber")
    }

    static func grade(_ label: String) -> HTMLNode {
        Components.pill(label, tone: label == "优秀" || label == "良好" ? "green" : label == "一般" ? "amber" : "red")
    }

    static func scheme(_ page: SchemePage, units: [UnitTreeEntry]) -> PageModel {
        let scheme = page.scheme
        var pairs: [(String, HTMLNode)] = [
            ("年度", txt("\(scheme.year)年度")), ("状态", status(scheme.status)), ("总分", txt("\(scheme.totalPoints) 分")),
            ("被考核单位", txt(scheme.unitKinds.map(\.label).joined(separator: "、"))),
            ("加分上限", txt("\(scheme.bonusCap) 分")), ("扣分上限", txt("\(scheme.deductionCap) 分")),
            ("等次评定", txt("\(scheme.grading.label)：\(scheme.gradingText)；一票否决的定为较差")),
            ("公示期", txt("\(scheme.windowDays) 个工作日")),
        ]
        if scheme.revision > 0 { pairs.append(("修订", txt("印发后修订 \(scheme.revision) 次（见操作记录）"))) }
        if let day = scheme.figuresDay { pairs.append(("自动指标统计截止", txt(WorkComponents.longDay(day)))) }
        if let ends = scheme.windowEnds {
            pairs.append(
                ("公示", txt("\(WorkComponents.longDay(scheme.publishedOn ?? ""))起，至\(WorkComponents.longDay(ends))止")))
        }
        var content: [HTMLNode] = [Components.details(pairs), links(page)]
        if page.canManage { content += moves(page) }
        content.append(tag("h2", text: "考核指标"))
        content.append(indicatorTable(page))
        if page.canManage && scheme.status == .draft {
            content.append(
                tag(
                    "details", [:],
                    [
                        tag("summary", text: "从 Excel 导入指标"),
                        tag(
                            "form",
                            [
                                "method": "post", "action": Path.importIndicators(scheme.id).string,
                                "enctype": "multipart/form-data", "class": "stacked",
                            ],
                            [
                                Placeholder.csrfField,
                                tag(
                                    "p", [:], [txt("导入的指标将替换方案现有的全部指标。表头与“导出方案 Excel”相同：类别、指标、评分细则、分值、评分方式、计算口径、评分单位。")]
                                ),
                                tag(
                                    "div", ["class": "field"],
                                    [
                                        tag("label", ["for": "f-file"], text: "指标表（.xlsx 或 .csv，不超过 900 KB）"),
                                        voidTag(
                                            "input",
                                            [
                                                "type": "file", "id": "f-file", "name": "file", "accept": ".xlsx,.csv",
                                                "required": "",
                                            ]),
                                    ]),
                                tag("button", ["type": "submit"], text: "导入指标"),
                            ]),
                    ]))
        }
        if page.canManage && (scheme.status == .draft || scheme.status == .issued) {
            content.append(
                tag(
                    "details", [:],
                    [tag("summary", text: "添加指标")] + [AssessmentForms.indicator(scheme: scheme, units: units)]))
            content.append(
                tag("details", [:], [tag("summary", text: "修改方案设置")] + [AssessmentForms.settings(scheme)]))
        }
        content.append(tag("h2", text: "各单位评分表"))
        content.append(cardTable(page))
        return PageModel(
            title: "\(scheme.year)年度\(scheme.title)", crumbs: crumbs + [Crumb("\(scheme.year)年度")], content: content)
    }

    private static func links(_ page: SchemePage) -> HTMLNode {
        var links: [HTMLNode] = [
            tag(
                "a", ["class": "button", "href": Path.assessment(page.scheme.id).with(query: [("format", "xlsx")])],
                text: "导出方案 Excel")
        ]
        if page.rankingReadable {
            links.append(
                tag("a", ["class": "button", "href": Path.assessmentRanking(page.scheme.id).string], text: "排名与等次"))
        }
        return tag("p", ["class": "exports"], links)
    }

    /// The office's next move for the year, with what stops it.
    private static func moves(_ page: SchemePage) -> [HTMLNode] {
        let id = page.scheme.id
        var nodes: [HTMLNode] = []
        if !page.problems.isEmpty {
            nodes.append(
                tag(
                    "div", ["class": "error-summary", "role": "alert"],
                    [
                        tag("p", text: page.scheme.status == .draft ? "印发前需要解决：" : "方案现有问题："),
                        tag("ul", [:], page.problems.map { tag("li", text: $0) }),
                    ]))
        }
        switch page.scheme.status {
        case .draft:
            nodes.append(
                Layout.postButton(
                    .assessmentMove(id, "issue"), label: "印发方案", fields: [:], ariaLabel: nil,
                    style: "button button-primary"))
        case .issued:
            nodes.append(
                tag(
                    "form", ["method": "post", "action": Path.assessmentMove(id, "close").string, "class": "filters"],
                    [
                        Placeholder.csrfField,
                        FormFields().text(
                            "asOf", label: "自动指标统计截止日", value: "", help: "留空为今天；结束后自动指标的数值即固定", type: "date"),
                        tag("button", ["type": "submit", "class": "primary"], text: "结束评分"),
                    ]))
        case .closed:
            nodes.append(
                Layout.postButton(
                    .assessmentMove(id, "publish"), label: "公示结果（\(page.scheme.windowDays)个工作日）", fields: [:],
                    ariaLabel: nil, style: "button button-primary"))
        case .published:
            nodes.append(
                Layout.postButton(
                    .assessmentMove(id, "finalise"), label: "定档", fields: [:], ariaLabel: nil,
                    style: "button button-primary"))
        case .final: break
        }
        return nodes
    }

    private static func indicatorTable(_ page: SchemePage) -> HTMLNode {
        let editable = page.canManage && (page.scheme.status == .draft || page.scheme.status == .issued)
        let rows = page.indicators.map { indicator -> [HTMLNode] in
            var cells: [HTMLNode] = [
                txt(String(indicator.position)), txt(indicator.category), txt(indicator.name),
                txt(indicator.rule.isEmpty ? (indicator.formula ?? "") : indicator.rule),
                txt(indicator.points.description),
                txt(method(indicator)), txt(indicator.scorerName.isEmpty ? "（未定）" : indicator.scorerName),
            ]
            if editable { cells.append(Components.link("修改", .editIndicator(indicator.id))) }
            return cells
        }
        var columns: [Components.Column] = [
            .init(title: "序号", numeric: true), .init(title: "类别"), .init(title: "指标"), .init(title: "评分细则"),
            .init(title: "分值", numeric: true), .init(title: "评分方式"), .init(title: "评分单位"),
        ]
        if editable { columns.append(.init(title: "操作", nowrap: true)) }
        return Components.table(
            caption: "考核指标", columns: columns, rows: rows, empty: "还没有指标。添加类别、指标、评分细则和分值，并指定评分方式和评分单位。")
    }

    static func method(_ indicator: IndicatorSummary) -> String {
        switch indicator.method {
        case .auto: "自动：\(indicator.metricLabel ?? "（未选口径）")"
        case .manual: "自评＋审核"
        case nil: "（未定）"
        }
    }

    private static func cardTable(_ page: SchemePage) -> HTMLNode {
        let rows = page.cards.map { card -> [HTMLNode] in
            [
                Components.link(card.unitName, .scorecard(card.cardId)), txt(card.unitKindLabel),
                txt("\(card.assessed)/\(card.manual)"), txt(String(card.waiting)),
                txt(card.total?.description ?? "—"),
            ]
        }
        return Components.table(
            caption: "各单位评分表",
            columns: [
                .init(title: "单位"), .init(title: "类型", nowrap: true), .init(title: "已自评", numeric: true),
                .init(title: "待审核", numeric: true), .init(title: "当前得分", numeric: true),
            ],
            rows: rows, empty: "方案印发后，每个被考核单位都有一张评分表。")
    }

    /// The scheme's indicators as Excel or CSV: the table the office files and circulates.
    static func spreadsheet(_ page: SchemePage) -> SpreadsheetTable {
        SpreadsheetTable(
            title: "\(page.scheme.year)年度\(page.scheme.title)", sheetName: "考核指标",
            header: ["序号", "类别", "指标", "评分细则", "分值", "评分方式", "计算口径", "评分单位"],
            rows: page.indicators.map {
                [
                    String($0.position), $0.category, $0.name, $0.rule, $0.points.description, $0.method?.label ?? "",
                    $0.metricLabel ?? "", $0.scorerName,
                ]
            }, widths: [6, 14, 20, 50, 8, 14, 20, 16], landscape: true)
    }
}
