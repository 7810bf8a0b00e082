import Domain

/// The home page: the figures the user may see and, for the office, the latest activity.
enum HomeView {
    static func page(_ summary: HomeSummary) -> PageModel {
        var figures: [(String, HTMLNode)] = [("在用单位", txt(String(summary.activeUnits)))]
        if let users = summary.activeUsers { figures.append(("在用账号", txt(String(users)))) }
        figures.append(("我的角色", txt(summary.role.label)))
        var content: [HTMLNode] = [tag("section", ["aria-labelledby": "home-figures"], [
            tag("h2", ["id": "home-figures"], text: "概况"),
            Components.details(figures),
        ])]
        if let recent = summary.recentActivity {
            content.append(tag("section", ["aria-labelledby": "home-recent"], [
                tag("h2", ["id": "home-recent"], text: "最近操作"),
                AuditView.table(recent),
                tag("p", [:], [Components.link("查看全部操作日志", .audit)]),
            ]))
        }
        return PageModel(title: "工作台", content: content)
    }
}
