import Domain
import Foundation

/// The scheme's forms: a new scheme (or last year's copied), its settings, an indicator added
/// or changed. Once issued, every change asks for its reason (an amendment).
enum AssessmentForms {
    static func newScheme(schemes: [SchemeSummary], year: Int) -> HTMLNode {
        let fields = FormFields()
        let copies = [("", "（不沿用，从空白开始）")] + schemes.map { ($0.id.uuidString.lowercased(), "\($0.year)年度 \($0.title)") }
        return tag(
            "form", ["method": "post", "action": Path.assessments.string, "class": "stacked"],
            [
                Placeholder.csrfField,
                fields.text("year", label: "考核年度", value: String(year), required: true, type: "number"),
                fields.text("title", label: "方案名称", value: "统战工作目标责任考核", required: true, maxLength: 200),
                fields.select(
                    "copyFrom", label: "沿用指标", options: copies,
                    selected: schemes.first?.id.uuidString.lowercased() ?? "",
                    help: "沿用所选方案的全部指标、分值、评分单位和等次设置（下面的设置不再适用），起草后再修改"),
            ] + settingFields(nil) + [
                tag("div", ["class": "actions"], [tag("button", ["type": "submit", "class": "primary"], text: "起草方案")])
            ])
    }

    static func settings(_ scheme: SchemeSummary) -> HTMLNode {
        let fields = FormFields()
        var body: [HTMLNode] = [
            Placeholder.csrfField,
            fields.text("year", label: "考核年度", value: String(scheme.year), required: true, type: "number"),
            fields.text("title", label: "方案名称", value: scheme.title, required: true, maxLength: 200),
        ]
        body += settingFields(scheme)
        if scheme.status == .issued { body.append(reason(fields)) }
        body.append(tag("div", ["class": "actions"], [tag("button", ["type": "submit"], text: "保存设置")]))
        return tag(
            "form", ["method": "post", "action": Path.assessment(scheme.id).string, "class": "stacked"], body)
    }

    private static func settingFields(_ scheme: SchemeSummary?) -> [HTMLNode] {
        let fields = FormFields()
        let kinds = scheme?.unitKinds ?? [.memberUnit]
        let kindBoxes = UnitKind.allCases.filter { $0 != .office }.map { kind in
            tag(
                "label", ["class": "check"],
                [
                    voidTag(
                        "input",
                        [
                            "type": "checkbox", "name": "unitKinds[]", "value": kind.rawValue,
                            "checked": kinds.contains(kind) ? "" : nil,
                        ]),
                    txt(kind.label),
                ])
        }
        return [
            tag("fieldset", [:], [tag("legend", text: "被考核单位类型")] + kindBoxes),
            fields.text("totalPoints", label: "总分", value: scheme?.totalPoints.description ?? "100", required: true),
            fields.text("bonusCap", label: "加分上限", value: scheme?.bonusCap.description ?? "5", required: true),
            fields.text("deductionCap", label: "扣分上限", value: scheme?.deductionCap.description ?? "10", required: true),
            fields.select(
                "grading", label: "等次评定方式", options: Grading.allCases.map { ($0.rawValue, $0.label) },
                selected: scheme?.grading.rawValue ?? Grading.thresholds.rawValue, required: true),
            fields.text(
                "gradeBounds", label: "优秀、良好、一般的界限", value: scheme?.gradeBounds.joined(separator: ",") ?? "90,80,60",
                required: true, help: "按分数线填三个分数，如 90,80,60；按比例填三个百分比，如 30,40,20（同分者同等次，不突破比例）"),
            fields.text(
                "windowDays", label: "公示期（工作日）", value: String(scheme?.windowDays ?? 5), required: true,
                type: "number"),
        ]
    }

    private static func reason(_ fields: FormFields) -> HTMLNode {
        fields.textarea(
            "reason", label: "修改理由", value: "", required: true, help: "方案已印发，修改将记入操作记录", maxLength: 500, rows: 2)
    }

    /// A new indicator for `scheme`, or `indicator` changed.
    static func indicator(scheme: SchemeSummary, units: [UnitTreeEntry], indicator: IndicatorSummary? = nil)
        -> HTMLNode
    {
        let fields = FormFields()
        let action = indicator.map { Path.indicator($0.id) } ?? .assessmentIndicators(scheme.id)
        var body: [HTMLNode] = [
            Placeholder.csrfField,
            fields.text("category", label: "类别", value: indicator?.category ?? "", required: true, maxLength: 100),
            fields.text("name", label: "指标", value: indicator?.name ?? "", required: true, maxLength: 200),
            fields.textarea(
                "rule", label: "评分细则", value: indicator?.rule ?? "", maxLength: IndicatorInput.maxRuleLength, rows: 3),
            fields.text("points", label: "分值", value: indicator?.points.description ?? "", required: true),
        ]
        if scheme.status == .draft || indicator == nil {
            body += [
                fields.select(
                    "method", label: "评分方式",
                    options: [("", "（请选择）")] + IndicatorMethod.allCases.map { ($0.rawValue, $0.label) },
                    selected: indicator?.method?.rawValue ?? "", required: true),
                fields.select(
                    "metric", label: "自动计算口径",
                    options: [("", "（自评＋审核的指标不填）")] + AutoMetric.allCases.map { ($0.rawValue, $0.label) },
                    selected: indicator?.metric?.rawValue ?? "", help: "系统按本年度记录计算：得分 = 分值 × 比率（四舍五入到0.01分）"),
            ]
        } else {
            // Once issued the method and the figure stay as issued; they are sent back unchanged.
            body.append(
                voidTag("input", ["type": "hidden", "name": "method", "value": indicator?.method?.rawValue ?? ""]))
            body.append(
                voidTag("input", ["type": "hidden", "name": "metric", "value": indicator?.metric?.rawValue ?? ""]))
        }
        body.append(
            fields.select(
                "scorerUnitId", label: "评分单位",
                options: unitOptions(units, includeNone: "（请选择）", keeping: indicator?.scorerUnitId?.uuidString),
                selected: indicator?.scorerUnitId?.uuidString.lowercased() ?? "", required: true,
                help: "办公室，或负责该项的成员单位（如组织部负责干部指标）"))
        if scheme.status == .issued { body.append(reason(fields)) }
        body.append(
            tag(
                "div", ["class": "actions"],
                [tag("button", ["type": "submit", "class": "primary"], text: indicator == nil ? "添加指标" : "保存指标")]))
        return tag("form", ["method": "post", "action": action.string, "class": "stacked"], body)
    }

    static func editIndicator(_ indicator: IndicatorSummary, scheme: SchemeSummary, units: [UnitTreeEntry]) -> PageModel
    {
        var content: [HTMLNode] = [AssessmentForms.indicator(scheme: scheme, units: units, indicator: indicator)]
        if scheme.status == .draft {
            content.append(
                Layout.postButton(
                    .deleteIndicator(indicator.id), label: "删除这项指标", fields: [:], ariaLabel: nil, style: "button-danger"
                ))
        }
        return PageModel(
            title: "修改指标：\(indicator.name)",
            crumbs: AssessmentViews.crumbs + [Crumb("\(scheme.year)年度", .assessment(scheme.id)), Crumb("修改指标")],
            content: content)
    }
}
