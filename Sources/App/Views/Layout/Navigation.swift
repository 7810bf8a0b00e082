import Domain

/// The left navigation, by task, in sections. Sections appear as their modules land;
/// 系统管理 is for admins only (UI.md).
enum Navigation {
    struct Entry {
        let label: String
        let path: Path
        /// Paths starting with one of these mark the entry as current.
        let prefixes: [String]
    }

    struct Section {
        let heading: String?
        let entries: [Entry]
    }

    static func sections(for role: Role) -> [Section] {
        let actor = Actor(userID: nil, username: "", unitID: nil, role: role)
        var sections = [Section(heading: nil, entries: [Entry(label: "工作台", path: .home, prefixes: [])])]
        if UnitPermissions.can(.manage, actor: actor) {
            var entries = [Entry(label: "单位管理", path: .units, prefixes: ["/units"]),
                           Entry(label: "用户管理", path: .users, prefixes: ["/users"])]
            if AuditPermissions.can(.read, actor: actor) {
                entries.append(Entry(label: "操作日志", path: .audit, prefixes: ["/audit"]))
            }
            sections.append(Section(heading: "系统管理", entries: entries))
        } else {
            var entries = [Entry(label: "单位", path: .units, prefixes: ["/units"])]
            // Members see only themselves in the user list, so the list is not offered to them.
            if role != .member { entries.append(Entry(label: "人员", path: .users, prefixes: ["/users"])) }
            sections.append(Section(heading: "通讯录", entries: entries))
        }
        return sections
    }

    static func isCurrent(_ entry: Entry, path: String) -> Bool {
        if entry.prefixes.isEmpty { return path == entry.path.string }
        return entry.prefixes.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
}
