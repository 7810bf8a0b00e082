import Domain

/// The home page, different per role: the user's 待办 first, then what they follow (the
/// office's red and overdue work, a unit's tasks, the suggestions), the general figures and,
/// for the office, the latest activity.
enum HomeView {
    /// The head of the user's 待办 list and the count of each kind.
    struct Todo: Sendable {
        var lines: [TodoView.Line]
        var total: Int
        var counts: [(kind: String, label: String, count: Int)]
    }

    struct Model: Sendable {
        var role: Role
        var activeUnits: Int
        /// Only for those who manage users.
        var activeUsers: Int?
        var todo: Todo
        /// Counts across all tasks, for those who see them all.
        var work: WorkFigures?
        /// The open tasks of the user's own unit (liaisons and viewers).
        var unitTasks: Page<TaskLine>?
        /// What waits for the user among the suggestions.
        var suggestions: [SuggestionTodo.Item]
        /// A member's own suggestions, latest first.
        var ownSuggestions: [SuggestionLine]?
        /// The charts, for those who see every unit's work, with this year's A/B/C answers.
        var charts: (figures: HomeCharts, answers: [SuggestionFigures.Row])? = nil
        /// The latest audit entries, for those who may read the log.
        var recentActivity: [AuditView.Entry]?
    }

    static func page(_ summary: Model) -> PageModel {
        var figures: [(String, HTMLNode)] = [("在用单位", txt(String(summary.activeUnits)))]
        if let users = summary.activeUsers { figures.append(("在用账号", txt(String(users)))) }
        figures.append(("我的角色", txt(summary.role.label)))
        var content: [HTMLNode] = summary.role == .viewer ? [] : [todoSection(summary.todo)]
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
                            (
                                "待审核进展",
                                // The office's queue; others only see how many wait.
                                summary.role == .admin
                                    ? tag(
                                        "a",
                                        [
                                            "href": Path.todo.with(query: [
                                                ("kind", TodoItem.Kind.reportToReview.rawValue)
                                            ])
                                        ],
                                        text: "\(work.reportsAwaitingReview) 份")
                                    : txt("\(work.reportsAwaitingReview) 份")
                            ),
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
        if let charts = summary.charts {
            content.append(HomeChartsView.section(charts.figures, answers: charts.answers))
        }
        if let own = summary.ownSuggestions {
            content.append(ownSuggestionsSection(own))
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
        let primary = summary.role == .member ? PrimaryAction(label: "写建言", path: .newSuggestion) : nil
        return PageModel(title: "工作台", primary: primary, content: content)
    }

    /// The kinds waiting, each linking to the list of that kind, then the oldest lines.
    private static func todoSection(_ todo: Todo) -> HTMLNode {
        tag(
            "section", ["aria-labelledby": "home-todo"],
            [
                tag("h2", ["id": "home-todo"], text: "待办"),
                todo.counts.isEmpty
                    ? .group([])
                    : Components.details(
                        todo.counts.map { count in
                            (
                                count.label,
                                tag(
                                    "a", ["href": Path.todo.with(query: [("kind", count.kind)])],
                                    text: "\(count.count) 条")
                            )
                        }),
                TodoView.table(todo.lines),
                todo.total > todo.lines.count
                    ? tag("p", [:], [Components.link("查看全部 \(todo.total) 条待办", .todo)]) : .group([]),
            ])
    }

    private static func ownSuggestionsSection(_ own: [SuggestionLine]) -> HTMLNode {
        let rows = own.map { line -> [HTMLNode] in
            [
                txt(line.number.isEmpty ? "—" : line.number), Components.link(line.title, .suggestion(line.id)),
                Components.pill(line.status.label, tone: "grey"), txt(line.answerDue ?? "—"),
            ]
        }
        return tag(
            "section", ["aria-labelledby": "home-own"],
            [
                tag("h2", ["id": "home-own"], text: "我的建言"),
                Components.table(
                    caption: "我的建言",
                    columns: [.init(title: "编号"), .init(title: "标题"), .init(title: "状态"), .init(title: "答复时限")],
                    rows: rows, empty: "还没有建言。点击右上角“写建言”提出第一条。"),
                tag("p", [:], [Components.link("查看我的全部建言", .suggestions)]),
            ])
    }
}
