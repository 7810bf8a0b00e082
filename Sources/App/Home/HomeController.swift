import Domain
import Vapor

/// 工作台: the first page after sign-in.
struct HomeController {
    /// Lines of the 待办 list shown on the home page; the rest is one click away.
    static let todoLines = 10

    func register(_ routes: any RoutesBuilder) {
        routes.get(.home, use: show)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let actor = try req.actor()
        let today = req.tongxin.today
        let summary = try await HomeSummary.load(for: actor, today: today, on: req.db)
        let todo = try await req.todoItems()
        let own: [SuggestionLine]? =
            actor.role == .member
            ? try await Suggestion.visible(
                to: actor, SuggestionFilter(), page: PageRequest(page: 1, per: 10), on: req.db
            )
            .items.map { SuggestionLine($0) } : nil
        var charts: (HomeCharts, [SuggestionFigures.Row])?
        if TaskPermissions.can(.readAll, actor: actor) {
            let answers = try await SuggestionFigures.load(year: today.components.year, for: actor, on: req.db).rows
            charts = (try await HomeCharts.load(today: today, on: req.db), answers)
        }
        var recent: [AuditView.Entry]?
        if let entries = summary.recentActivity { recent = try await AuditView.Entry.load(entries, on: req.db) }
        return req.render(
            HomeView.page(
                HomeView.Model(
                    role: summary.role, activeUnits: summary.activeUnits, activeUsers: summary.activeUsers,
                    todo: HomeView.Todo(
                        lines: todo.prefix(Self.todoLines).map { TodoView.Line($0, today: today) }, total: todo.count,
                        counts: TodoList.counts(todo).map { ($0.kind.rawValue, $0.kind.label, $0.count) }),
                    work: summary.work,
                    unitTasks: summary.unitTasks?.map(TaskLine.init), suggestions: summary.suggestions.items,
                    ownSuggestions: own, charts: charts,
                    recentActivity: recent)))
    }
}
