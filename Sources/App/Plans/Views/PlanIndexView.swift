import Domain

/// The list of plans and the new-plan form.
enum PlanIndexView {
    static func page(_ plans: [PlanSummary], canManage: Bool) -> PageModel {
        let rows = plans.enumerated().map { index, plan -> [HTMLNode] in
            [
                txt(String(index + 1)), Components.link(plan.title, .plan(plan.id)), txt(plan.period.label),
                plan.status == .issued
                    ? Components.pill(plan.status.label, tone: "green")
                    : Components.pill(plan.status.label, tone: "grey"),
                txt(Components.dateTime(plan.createdAt)),
            ]
        }
        return PageModel(
            title: "工作计划",
            crumbs: [Crumb("工作台", .home), Crumb("工作计划")],
            primary: canManage ? PrimaryAction(label: "新建计划", path: .newPlan) : nil,
            content: [
                Components.table(
                    caption: "工作计划列表",
                    columns: [
                        .init(title: "序号", numeric: true), .init(title: "计划名称"), .init(title: "年度"),
                        .init(title: "状态"), .init(title: "创建时间"),
                    ],
                    rows: rows, empty: "还没有工作计划。点击“新建计划”，再添加任务或导入责任分工表。")
            ])
    }

    static func form(_ values: PlansController.PlanForm, errors: [FieldError]) -> PageModel {
        let fields = FormFields(errors: errors)
        return PageModel(
            title: "新建工作计划", crumbs: [Crumb("工作台", .home), Crumb("工作计划", .plans), Crumb("新建")],
            content: [
                fields.summary,
                tag(
                    "form", ["method": "post", "action": Path.plans.string, "class": "stacked", "novalidate": ""],
                    [
                        Placeholder.csrfField,
                        fields.text(
                            "title", label: "计划名称", value: values.title ?? "", required: true,
                            help: "如“2026年统一战线工作要点”", maxLength: PlanCommands.maxTitleLength),
                        fields.text(
                            "period", label: "年度", value: values.period ?? "", required: true,
                            help: "一年写“2026”，跨年写“2026-2027”", maxLength: 20),
                        tag(
                            "div", ["class": "actions"],
                            [
                                tag("button", ["type": "submit", "class": "primary"], text: "保存"),
                                Components.link("取消", .plans),
                            ]),
                    ]),
            ])
    }
}

/// Uploading a responsibility table into a plan.
enum PlanImportView {
    static func page(_ plan: PlanSummary, problems: [String], offerSkip: Bool = false) -> PageModel {
        var content: [HTMLNode] = []
        if !problems.isEmpty {
            content.append(
                tag(
                    "div", ["class": "error-summary", "role": "alert"],
                    [
                        tag("p", text: offerSkip ? "文件中有 \(problems.count) 处问题，没有导入任何数据：" : "无法导入："),
                        tag("ul", [:], problems.prefix(200).map { tag("li", text: $0) }),
                    ]))
        }
        content.append(
            tag(
                "p",
                text:
                    "表格须有表头“序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限”（可加“责任领导”）。“一、…”这样的行是方面；序号如“3.1”的行是第3项的子任务；多个配合单位用顿号隔开。单位按名称或代码匹配。"
            ))
        content.append(
            tag(
                "form",
                [
                    "method": "post", "action": Path.importTasks(plan.id).string, "enctype": "multipart/form-data",
                    "class": "stacked",
                ],
                [
                    Placeholder.csrfField,
                    tag(
                        "div", ["class": "field"],
                        [
                            tag(
                                "label", ["for": "f-file"],
                                [txt("文件"), tag("span", ["class": "required", "aria-hidden": "true"], text: " *")]),
                            voidTag(
                                "input",
                                [
                                    "type": "file", "id": "f-file", "name": "file", "accept": ".xlsx,.csv",
                                    "required": "",
                                    "aria-describedby": "h-file",
                                ]),
                            tag("p", ["class": "help", "id": "h-file"], text: "Excel (.xlsx) 或 CSV，不超过 900 KB、5000 行"),
                        ]),
                    offerSkip
                        ? FormFields().checkbox("skipBadRows", label: "跳过有问题的行，只导入正确的行", checked: false) : .group([]),
                    tag(
                        "div", ["class": "actions"],
                        [
                            tag("button", ["type": "submit", "class": "primary"], text: "导入"),
                            Components.link("取消", .plan(plan.id)),
                        ]),
                ]))
        return PageModel(
            title: "导入责任分工表",
            crumbs: [Crumb("工作台", .home), Crumb("工作计划", .plans), Crumb(plan.title, .plan(plan.id)), Crumb("导入")],
            content: content)
    }
}
