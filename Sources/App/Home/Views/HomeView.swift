import Domain

/// The home page, different per role: what waits for the user first (the office's red and
/// overdue work, a unit's tasks, the suggestions to handle), then the general figures and, for
/// the office, the latest activity.
enum HomeView {
    struct Model: Sendable {
        var role: Role
        var activeUnits: Int
        /// Only for those who manage users.
        var activeUsers: Int?
        /// Counts across all tasks, for those who see them all.
        var work: WorkFigures?
        /// The open tasks of the user's own unit (liaisons and viewers).
        var unitTasks: Page<TaskLine>?
        /// What waits for the user among the suggestions.
        var suggestions: [SuggestionTodo.Item]
        /// The latest audit entries, for those who may read the log.
        var recentActivity: [AuditView.Entry]?
    }

    static func page(_ summary: Model) -> PageModel {
        var figures: [(String, HTMLNode)] = [("在用单位", txt(String(summary.activeUnits)))]
        if let users = summary.activeUsers { figures.append(("在用账号", txt(String(users)))) }
        figures.append(("我的角色", txt(summary.role.label)))
        var content: [HTMLNode] = []
        if let work = summary.work {
            content.append(
                tag(
                    "section", ["aria-labelledby": "home-work"],
                    [
                        tag("h2", ["id": "home-work"], text: "督办概况"),
                        Components.details([
                            (
                                "红灯任务",
                                tag("a", ["href": Path.tasks.with(query: [("light", "red")])], text: "\(work.red) 项")
                            ),
                            ("逾期任务", Components.link("\(work.overdue) 项", .overdueTasks)),
                            (
                                "黄灯任务",
                                tag(
                                    "a", ["href": Path.tasks.with(query: [("light", "yellow")])],
                                    text: "\(work.yellow) 项")
                            ),
                            ("待审核进展", txt("\(work.reportsAwaitingReview) 份")),
                            ("未完成任务", txt("\(work.open) 项")),
                        ]),
                    ]))
        }
        if let tasks = summary.unitTasks {
            let rows = tasks.items.map { row -> [HTMLNode] in
                [
                    Components.link(row.title, .task(row.id)), txt(row.deadline), txt(row.nextReportDue ?? "—"),
                    WorkComponents.status(row.status), WorkComponents.light(row.light),
                ]
            }
            content.append(
                tag(
                    "section", ["aria-labelledby": "home-tasks"],
                    [
                        tag("h2", ["id": "home-tasks"], text: "本单位承担的任务"),
                        Components.table(
                            caption: "本单位承担的任务",
                            columns: [
                                .init(title: "工作任务"), .init(title: "完成时限"), .init(title: "下次报送"),
                                .init(title: "状态"), .init(title: "督办灯"),
                            ],
                            rows: rows, empty: "本单位目前没有未完成的任务。"),
                        tasks.total > tasks.items.count
                            ? tag("p", [:], [Components.link("查看全部 \(tasks.total) 项", .tasks)]) : .group([]),
                    ]))
        }
        if !summary.suggestions.isEmpty {
            // Each figure links to the list it counts.
            content.append(
                tag(
                    "section", ["aria-labelledby": "home-suggestions"],
                    [
                        tag("h2", ["id": "home-suggestions"], text: "建言直通车"),
                        Components.details(
                            summary.suggestions.map { item in
                                (
                                    item.label,
                                    tag(
                                        "a",
                                        ["href": Path.suggestions.with(query: SuggestionIndexView.items(item.filter))],
                                        text: "\(item.count) 条")
                                )
                            }),
                    ]))
        }
        content.append(
            tag(
                "section", ["aria-labelledby": "home-figures"],
                [
                    tag("h2", ["id": "home-figures"], text: "概况"),
                    Components.details(figures),
                ]))
        if let recent = summary.recentActivity {
            content.append(
                tag(
                    "section", ["aria-labelledby": "home-recent"],
                    [
                        tag("h2", ["id": "home-recent"], text: "最近操作"),
                        AuditView.table(recent),
                        tag("p", [:], [Components.link("查看全部操作日志", .audit)]),
                    ]))
        }
        return PageModel(title: "工作台", content: content)
    }
}
