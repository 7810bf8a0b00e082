import Domain
import Fluent
import Vapor

/// 工作台: the first page after sign-in.
struct HomeController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.home, use: show)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let actor = try req.actor()
        let activeUnits = try await OrgUnit.query(on: req.db).filter(\.$isActive == true).count()
        var model = HomeView.Model(role: actor.role, activeUnits: activeUnits, activeUsers: nil, recent: [])
        if UserPermissions.can(.manage, actor: actor, target: nil) {
            model.activeUsers = try await User.query(on: req.db).filter(\.$isActive == true).count()
        }
        if AuditPermissions.can(.read, actor: actor) {
            model.recent = try await AuditEntry.list(AuditFilter(), page: PageRequest(page: 1, per: 10), on: req.db).items
        }
        return req.render(HomeView.page(model))
    }
}

enum HomeView {
    struct Model {
        var role: Role
        var activeUnits: Int
        var activeUsers: Int?
        var recent: [AuditEntry]
    }

    static func page(_ model: Model) -> PageModel {
        var figures: [(String, HTMLNode)] = [("在用单位", txt(String(model.activeUnits)))]
        if let users = model.activeUsers { figures.append(("在用账号", txt(String(users)))) }
        figures.append(("我的角色", txt(model.role.label)))
        var content: [HTMLNode] = [tag("section", ["aria-labelledby": "home-figures"], [
            tag("h2", ["id": "home-figures"], text: "概况"),
            Components.details(figures),
        ])]
        if model.role == .admin {
            content.append(tag("section", ["aria-labelledby": "home-recent"], [
                tag("h2", ["id": "home-recent"], text: "最近操作"),
                AuditView.table(model.recent),
                tag("p", [:], [Components.link("查看全部操作日志", .audit)]),
            ]))
        }
        return PageModel(title: "工作台", content: content)
    }
}
