import Domain

/// The left navigation, by task. Sections appear as their modules land.
enum Navigation {
    struct Entry {
        let label: String
        let path: Path
        /// Paths starting with one of these mark the entry as current.
        let prefixes: [String]
    }

    static func entries(for role: Role) -> [Entry] {
        var entries = [Entry(label: "工作台", path: .home, prefixes: [])]
        entries.append(Entry(label: "单位", path: .units, prefixes: ["/units"]))
        if role != .member {
            entries.append(Entry(label: "用户", path: .users, prefixes: ["/users"]))
        }
        if AuditPermissions.can(.read, actor: Actor(userID: nil, username: "", unitID: nil, role: role)) {
            entries.append(Entry(label: "操作日志", path: .audit, prefixes: ["/audit"]))
        }
        return entries
    }

    static func isCurrent(_ entry: Entry, path: String) -> Bool {
        if entry.prefixes.isEmpty { return path == entry.path.string }
        return entry.prefixes.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
}
