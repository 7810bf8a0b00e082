@testable import App
import Domain

/// Every page, by the route that answers it, rendered from its `.mock` model.
enum PageSnapshots {
    static let all: [PageSnapshot] = [
        PageSnapshot("GET /units", "units-index") { UnitIndexView.page(.mock) },
        PageSnapshot("GET /units/:id", "units-show") { UnitShowView.page(.mock) },
        PageSnapshot("GET /units/new", "units-new") { UnitFormView.page(.init(values: .init(), editing: nil, tree: Mock.tree, errors: [])) },
        PageSnapshot("GET /units/:id/edit", "units-edit") { UnitFormView.page(.mock) },
        PageSnapshot("GET /units/:id/deactivate", "units-deactivate") { UnitShowView.confirmDeactivate((Mock.tzb.id, "市委统战部")) },
    ]
}
