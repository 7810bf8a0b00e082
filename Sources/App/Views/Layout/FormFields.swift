import Domain

/// Form controls with labels above, required marks, help text and errors beside the field.
///
/// Values are wrapped with ``preserved(_:)`` so the Traditional display never rewrites what
/// the user stored.
struct FormFields {
    /// Errors from the last submission, by field name.
    var errors: [FieldError] = []
    /// Added to every id, so that one page can hold several forms with the same fields.
    var idSuffix = ""

    func message(for field: String) -> String? {
        errors.first { $0.field == field }?.message
    }

    /// The summary shown at the top of a form that came back with errors.
    var summary: HTMLNode {
        guard !errors.isEmpty else { return .group([]) }
        return tag(
            "div", ["class": "error-summary", "role": "alert"],
            [
                tag("p", text: "请修改以下 \(errors.count) 处问题："),
                tag("ul", [:], errors.map { tag("li", text: $0.message) }),
            ])
    }

    func text(
        _ name: String, label: String, value: String, required: Bool = false, help: String? = nil,
        type: String = "text", maxLength: Int? = nil, autocomplete: String? = nil
    ) -> HTMLNode {
        let input = voidTag(
            "input",
            [
                "type": type, "id": "f-\(name)\(idSuffix)", "name": name, "value": type == "password" ? nil : value,
                "required": required ? "" : nil, "maxlength": maxLength.map(String.init),
                "autocomplete": autocomplete, "aria-invalid": message(for: name) == nil ? nil : "true",
                "aria-describedby": describedBy(name, help: help),
            ])
        return field(name, label: label, required: required, help: help, control: preserved(input))
    }

    func textarea(
        _ name: String, label: String, value: String, required: Bool = false, help: String? = nil,
        maxLength: Int? = nil, rows: Int = 4
    ) -> HTMLNode {
        let control = tag(
            "textarea",
            [
                "id": "f-\(name)\(idSuffix)", "name": name, "rows": String(rows), "required": required ? "" : nil,
                "maxlength": maxLength.map(String.init), "aria-invalid": message(for: name) == nil ? nil : "true",
                "aria-describedby": describedBy(name, help: help),
            ], text: value)
        return field(name, label: label, required: required, help: help, control: preserved(control))
    }

    func select(
        _ name: String, label: String, options: [(value: String, label: String)], selected: String?,
        required: Bool = false, help: String? = nil
    ) -> HTMLNode {
        let optionNodes = options.map { option in
            tag("option", ["value": option.value, "selected": option.value == selected ? "" : nil], text: option.label)
        }
        let control = tag(
            "select",
            [
                "id": "f-\(name)\(idSuffix)", "name": name, "required": required ? "" : nil,
                "aria-describedby": describedBy(name, help: help),
            ], optionNodes)
        return field(name, label: label, required: required, help: help, control: control)
    }

    func checkbox(_ name: String, label: String, checked: Bool) -> HTMLNode {
        tag(
            "div", ["class": "field field-check"],
            [
                voidTag(
                    "input",
                    [
                        "type": "checkbox", "id": "f-\(name)\(idSuffix)", "name": name, "value": "1",
                        "checked": checked ? "" : nil,
                    ]),
                tag("label", ["for": "f-\(name)\(idSuffix)"], text: label),
            ])
    }

    private func field(_ name: String, label: String, required: Bool, help: String?, control: HTMLNode) -> HTMLNode {
        var children: [HTMLNode] = [
            tag(
                "label", ["for": "f-\(name)\(idSuffix)"],
                [
                    txt(label),
                    required ? tag("span", ["class": "required", "aria-hidden": "true"], text: " *") : .group([]),
                ]),
            control,
        ]
        if let help { children.append(tag("p", ["class": "help", "id": "h-\(name)\(idSuffix)"], text: help)) }
        if let error = message(for: name) {
            children.append(tag("p", ["class": "field-error", "id": "e-\(name)\(idSuffix)"], text: error))
        }
        return tag("div", ["class": message(for: name) == nil ? "field" : "field field-invalid"], children)
    }

    private func describedBy(_ name: String, help: String?) -> String? {
        let ids = [
            help == nil ? nil : "h-\(name)\(idSuffix)", message(for: name) == nil ? nil : "e-\(name)\(idSuffix)",
        ].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}

/// The unit tree as `<select>` options, indented by depth. Only active units can be
/// chosen, except `keeping` (the record's current unit), so editing a record whose unit
/// was deactivated does not silently change it.
func unitOptions(_ tree: [UnitTreeEntry], includeNone: String? = nil, keeping: String? = nil) -> [(
    value: String, label: String
)] {
    var options: [(value: String, label: String)] = []
    if let includeNone { options.append((value: "", label: includeNone)) }
    let shown = tree.filter { $0.isActive || $0.id.uuidString.lowercased() == keeping?.lowercased() }
    // Units by name; the code only tells apart two units of the same name.
    let repeated = Set(Dictionary(grouping: shown, by: \.name).filter { $0.value.count > 1 }.keys)
    for entry in shown {
        let indent = String(repeating: "\u{3000}", count: entry.depth)
        let code = repeated.contains(entry.name) ? "（\(entry.code)）" : ""
        let state = entry.isActive ? "" : "（已停用）"
        options.append((value: entry.id.uuidString.lowercased(), label: "\(indent)\(entry.name)\(code)\(state)"))
    }
    return options
}
