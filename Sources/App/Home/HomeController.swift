import Domain
import Vapor

/// 工作台: the first page after sign-in.
struct HomeController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.home, use: show)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let summary = try await HomeSummary.load(for: req.actor(), today: req.tongxin.today, on: req.db)
        return req.render(
            HomeView.page(
                HomeView.Model(
                    role: summary.role, activeUnits: summary.activeUnits, activeUsers: summary.activeUsers,
                    work: summary.work,
                    unitTasks: summary.unitTasks?.map(TaskLine.init), suggestions: summary.suggestions.items,
                    recentActivity: summary.recentActivity?.map(AuditView.Entry.init))))
    }
}
