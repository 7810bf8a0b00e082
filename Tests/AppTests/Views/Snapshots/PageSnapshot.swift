import Domain
import Foundation
import Testing

@testable import App

/// A page's HTML kept in the repository (`__Snapshots__/<name>.html`), rendered from a fixed
/// model without a database, so any change to what a page shows is seen in review.
/// `TONGXIN_RECORD_SNAPSHOTS=1` writes them anew; a missing one is written and fails the test.
struct PageSnapshot: Sendable {
    /// The registered route the page answers (`GET /units/:id`).
    let route: String
    /// The snapshot's file name, without `.html`.
    let name: String
    /// The page, built from a `.mock` model.
    let page: @Sendable () -> PageModel

    init(_ route: String, _ name: String, _ page: @escaping @Sendable () -> PageModel) {
        self.route = route
        self.name = name
        self.page = page
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    /// What the page puts inside the layout (crumbs, heading, content), as the browser gets it,
    /// one tag per line so a change reads as a diff. The layout around it has a snapshot of its own.
    func render() -> String {
        let rendered = RenderedPage(page())
        return Self.readable(rendered.head + rendered.body, path: path)
    }

    /// The whole document, layout included, as `viewer` sees it.
    func renderDocument(as viewer: PageContext.Viewer) -> String {
        let context = PageContext(
            viewer: viewer, csrfToken: "csrf-token", flash: Flash(kind: .success, text: "已保存"),
            currentPath: path, currentPathWithQuery: path, traditional: false)
        return Self.readable(Layout.render(RenderedPage(page()), context: context), path: path)
    }

    /// The route's path with sample ids (`/units/00000000-…-000000000001`).
    var path: String {
        String(route.drop(while: { $0 != "/" })).replacingOccurrences(
            of: ":id", with: Mock.id(1).uuidString.lowercased())
    }

    private static func readable(_ html: String, path: String) -> String {
        String(buffer: Placeholder.fill(html, csrfToken: "csrf-token", back: path)).replacingOccurrences(
            of: "><", with: ">\n<") + "\n"
    }

    func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Self.check(render(), against: name, sourceLocation: sourceLocation)
    }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let file = folder.appendingPathComponent("\(name).html")
        let recording = ProcessInfo.processInfo.environment["TONGXIN_RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            if !recording {
                Issue.record(
                    "no snapshot \(name).html: written now, check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(
            actual == expected, "\(name).html differs: \(firstDifference(actual, expected))",
            sourceLocation: sourceLocation)
    }

    /// The first line that differs, to say where in a long page.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let (a, e) = (
            actual.split(separator: "\n", omittingEmptySubsequences: false),
            expected.split(separator: "\n", omittingEmptySubsequences: false)
        )
        for index in 0..<max(a.count, e.count) where index >= a.count || index >= e.count || a[index] != e[index] {
            return
                "line \(index + 1): now “\(index < a.count ? a[index] : "")”, kept “\(index < e.count ? e[index] : "")”"
        }
        return "line endings"
    }
}
