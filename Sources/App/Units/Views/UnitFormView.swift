import Domain
import Foundation

/// The create and edit form for a unit; editing also moves it (上级单位).
enum UnitFormView {
    struct Model: Sendable {
        var values: UnitsController.UnitForm
        /// The unit edited; nil for a new one.
        var editing: (id: UUID, name: String)?
        var tree: [UnitTreeEntry]
        var errors: [FieldError]
    }

    static func page(_ model: Model) -> PageModel {
        let (values, editing) = (model.values, model.editing)
        let fields = FormFields(errors: model.errors)
        let action = editing.map { Path.unit($0.id) } ?? .units
        // A unit cannot move under itself; its descendants are refused by the command.
        let parents = model.tree.filter { $0.id != editing?.id }
        let kinds = UnitKind.allCases.map { (value: $0.rawValue, label: $0.label) }
        let title = editing == nil ? "新建单位" : "编辑单位"
        var crumbs = [Crumb("工作台", .home), Crumb("单位", .units)]
        if let editing { crumbs.append(Crumb(editing.name, .unit(editing.id))) }
        crumbs.append(Crumb(title))
        return PageModel(
            title: title, crumbs: crumbs,
            content: [
                fields.summary,
                tag(
                    "form", ["method": "post", "action": action.string, "class": "stacked", "novalidate": ""],
                    [
                        Placeholder.csrfField,
                        fields.text("name", label: "单位名称", value: values.name ?? "", required: true, maxLength: 100),
                        fields.text(
                            "code", label: "单位代码", value: values.code ?? "", required: true,
                            help: "简短、唯一，只用小写字母、数字、- 和 _，如 tzb、mzj", maxLength: 32),
                        fields.select("kind", label: "类型", options: kinds, selected: values.kind, required: true),
                        fields.select(
                            "parentId", label: "上级单位",
                            options: unitOptions(parents, includeNone: "（无，作为顶级单位）", keeping: values.parentId),
                            selected: values.parentId ?? ""),
                        tag(
                            "div", ["class": "actions"],
                            [
                                tag("button", ["type": "submit", "class": "primary"], text: "保存"),
                                Components.link("取消", editing.map { .unit($0.id) } ?? .units),
                            ]),
                    ]),
            ])
    }
}
