import Domain
import Foundation

/// The filtered, sortable, paginated user list, and its CSV export.
enum UserIndexView {
    struct Model: Sendable {
        var users: Page<Row>
        var listQuery: UserListQuery
        var tree: [UnitTreeEntry]
        var canManage: Bool
    }

    /// A user as the list shows them.
    struct Row: Sendable {
        var id: UUID
        var username: String
        var displayName: String
        var unitName: String
        var role: Role
        var isActive: Bool
    }

    static func page(_ model: Model) -> PageModel {
        let (page, query, tree, canManage) = (model.users, model.listQuery, model.tree, model.canManage)
        let fields = FormFields()
        let roles = [(value: "", label: "全部角色")] + Role.allCases.map { (value: $0.rawValue, label: $0.label) }
        let filters = tag(
            "form", ["method": "get", "action": Path.users.string, "class": "filters", "role": "search"],
            [
                fields.select(
                    "unitId", label: "单位", options: unitOptions(tree, includeNone: "全部单位", keeping: query.unitId),
                    selected: query.unitId ?? ""),
                fields.select("role", label: "角色", options: roles, selected: query.role ?? ""),
                fields.text("q", label: "用户名或姓名", value: query.q ?? "", maxLength: 50),
                tag("button", ["type": "submit"], text: "筛选"),
            ])
        let columns: [Components.Column] = [
            .init(title: "序号", numeric: true), .init(title: "用户名", sortKey: "username"),
            .init(title: "姓名", sortKey: "displayName"), .init(title: "单位"), .init(title: "角色", sortKey: "role"),
            .init(title: "状态"),
        ]
        let rows = page.items.enumerated().map { index, user -> [HTMLNode] in
            [
                txt(String(page.request.offset + index + 1)),
                Components.link(user.username, .user(user.id)),
                txt(user.displayName),
                txt(user.unitName),
                txt(user.role.label),
                user.isActive ? Components.pill("在用", tone: "green") : Components.pill("已停用", tone: "grey"),
            ]
        }
        let sorting = Components.Sorting(
            path: .users, filters: query.queryItems, key: query.sort ?? "username",
            descending: query.dir == "desc")
        return PageModel(
            title: "用户",
            crumbs: [Crumb("工作台", .home), Crumb("用户")],
            primary: canManage ? PrimaryAction(label: "新建用户", path: .newUser) : nil,
            content: [
                filters,
                Components.exports(path: .users, filters: query.queryItems),
                Components.table(
                    caption: "用户列表", columns: columns, rows: rows,
                    empty: "没有符合条件的用户。调整筛选条件，或新建用户。", sorting: sorting),
                Components.pagination(page, path: .users, query: query.queryItems),
            ])
    }

    static func spreadsheet(_ users: [Row]) -> SpreadsheetTable {
        SpreadsheetTable(
            title: "用户", sheetName: "用户", header: ["序号", "用户名", "姓名", "单位", "角色", "状态"],
            rows: users.enumerated().map { index, user in
                [
                    String(index + 1), user.username, user.displayName, user.unitName, user.role.label,
                    user.isActive ? "在用" : "已停用",
                ]
            }, widths: [6, 16, 12, 24, 10, 8])
    }
}
