import Domain

/// The left navigation, by task, in sections. Sections appear as their modules land;
/// 系统管理 is for admins only (UI.md).
enum Navigation {
    struct Entry: Sendable {
        let label: String
        let path: Path
        /// Paths starting with one of these mark the entry as current.
        let prefixes: [String]
    }

    struct Section: Sendable {
        let heading: String?
        let entries: [Entry]
    }

    /// The sections a role sees. They depend on the role alone, so they are built once: the
    /// layout asks on every request.
    static func sections(for role: Role) -> [Section] {
        byRole[role] ?? []
    }

    private static let byRole = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, build(for: $0)) })

    private static func build(for role: Role) -> [Section] {
        let actor = Actor(userID: nil, username: "", unitID: nil, role: role)
        var sections = [Section(heading: nil, entries: [Entry(label: "工作台", path: .home, prefixes: [])])]
        if MeetingPermissions.can(.read, actor: actor) {
            var meetings = [
                Entry(label: "会议", path: .meetings, prefixes: ["/meetings"]),
                Entry(label: "会议日历", path: .meetingCalendar, prefixes: ["/meetings/calendar"]),
                Entry(label: "传达落实", path: .relays, prefixes: ["/relays"]),
                Entry(label: "文件", path: .documents, prefixes: ["/documents"]),
            ]
            if ImportPermissions.can(.importReports, actor: actor) {
                meetings.append(Entry(label: "导入会议报道", path: .imports, prefixes: ["/imports"]))
            }
            sections.append(Section(heading: "会议文件", entries: meetings))
        }
        sections.append(
            Section(heading: "建言", entries: [Entry(label: "建言直通车", path: .suggestions, prefixes: ["/suggestions"])]))
        if PlanPermissions.can(.read, actor: actor) {
            var work = [
                Entry(label: "工作计划", path: .plans, prefixes: ["/plans"]),
                Entry(label: "任务清单", path: .tasks, prefixes: ["/tasks"]),
                Entry(label: "逾期任务", path: .overdueTasks, prefixes: ["/tasks/overdue"]),
            ]
            if TaskPermissions.can(.readAll, actor: actor) {
                work.append(Entry(label: "完成情况", path: .completion, prefixes: ["/tasks/completion"]))
            }
            sections.append(Section(heading: "工作任务", entries: work))
            sections.append(
                Section(
                    heading: "督查督办",
                    entries: [
                        Entry(label: "督办单", path: .notices, prefixes: ["/notices"]),
                        Entry(label: "督查", path: .inspections, prefixes: ["/inspections"]),
                        Entry(label: "整改台账", path: .ledger, prefixes: ["/rectification"]),
                        Entry(label: "年度考核", path: .assessments, prefixes: ["/assessments"]),
                    ]))
        }
        if UnitPermissions.can(.manage, actor: actor) {
            var entries = [
                Entry(label: "单位管理", path: .units, prefixes: ["/units"]),
                Entry(label: "用户管理", path: .users, prefixes: ["/users"]),
            ]
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

    /// The entry to mark as current: the one whose prefix matches `path` most closely
    /// (/tasks/overdue is 逾期任务, not 任务清单).
    static func current(in sections: [Section], path: String) -> Path? {
        var best: (path: Path, length: Int)?
        for entry in sections.flatMap(\.entries) {
            let lengths =
                entry.prefixes.isEmpty
                ? (path == entry.path.string ? [path.count] : [])
                : entry.prefixes.filter { path == $0 || path.hasPrefix($0 + "/") }.map(\.count)
            if let length = lengths.max(), length > (best?.length ?? -1) { best = (entry.path, length) }
        }
        return best?.path
    }
}
