import Domain
import Foundation
import TestSupport
import Testing

@testable import App

/// Every HTML page's markup, pinned by a snapshot rendered without a database; and a check
/// that no page route is left without one.
@Suite struct PageSnapshotTests {
    @Test(arguments: PageSnapshots.all.map(\.name))
    func pageMatchesItsSnapshot(_ name: String) throws {
        let snapshot = try #require(PageSnapshots.all.first { $0.name == name })
        try snapshot.check()
    }

    /// The layout around every page, for each kind of viewer's navigation.
    @Test(arguments: [Role.admin, .leader, .liaison, .member])
    func layoutMatchesItsSnapshot(_ role: Role) throws {
        let viewer = PageContext.Viewer(
            displayName: "测试用户", unitName: "市委统战部", role: role, unreadMessages: 2, todoCount: 3)
        let page = try #require(PageSnapshots.all.first)
        try PageSnapshot.check(page.renderDocument(as: viewer), against: "layout-\(role.rawValue)")
    }

    @Test func everyPageRouteHasASnapshot() async throws {
        try await withTestApp { app in
            let routes = Set(
                app.app.routes.all.filter { $0.method == .GET }.map {
                    "GET /" + $0.path.map(\.description).joined(separator: "/")
                })
            let pages = routes.filter { !Self.notPages.contains($0) && !$0.hasPrefix("GET /api/") }
            let covered = Set(PageSnapshots.all.map(\.route))
            #expect(pages.count > 40, "found \(pages.count) page routes")
            let missing = pages.subtracting(covered).sorted()
            #expect(missing.isEmpty, "pages without a snapshot: \(missing.joined(separator: ", "))")
            #expect(
                covered.subtracting(routes).isEmpty,
                "snapshots of routes that do not exist: \(covered.subtracting(routes).sorted())")
        }
    }

    /// GET routes that answer something other than a page.
    static let notPages: Set<String> = [
        "GET /static/app.css", "GET /static/app.js", "GET /favicon.ico", "GET /calendar/:secret", "GET /healthz",
        "GET /plans/:id/responsibility.xlsx", "GET /plans/:id/responsibility.csv", "GET /suggestions/figures.xlsx",
        "GET /plans/:id/responsibility.docx", "GET /notices/:id/notice.docx",
        "GET /attachments/:id", "GET /document-files/:id", "GET /suggestion-files/:id", "GET /assessments/files/:id",
    ]
}
