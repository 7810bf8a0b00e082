import Domain
import Plot
import Vapor

/// A page's rendered body, kept while the work data it was built from is unchanged.
///
/// The task list, a task page, the overdue list and the completion table are read far more
/// often than plans, tasks or reports change, and building their HTML cost more than
/// everything else in the request. Bodies are kept under the work version (``VersionBoard``),
/// so any write to the work tables retires them; the key names the rest of what a body
/// depends on: who asks (their role and unit decide what they may see and do), the day
/// (lights and overdue marks) and the address with its query. Forms in a body carry the
/// CSRF marker, filled per request by the layout.
struct RenderedPage: Sendable {
    let title: String
    /// The breadcrumbs and the heading, rendered.
    let head: String
    /// The content, rendered, with placeholders.
    let body: String
    /// Printed on landscape A4 (see ``PageModel/landscape``).
    let landscape: Bool

    init(_ page: PageModel) {
        title = page.title
        head = Layout.pageHead(page)
        body = HTMLNode.group(page.content).render()
        landscape = page.landscape
    }
}

extension Request {
    /// Renders a page built only from the work tables, reusing its body while they are
    /// unchanged (see ``RenderedPage``).
    func renderWorkPage(_ build: () async throws -> PageModel) async throws -> Response {
        guard let user = signedIn?.user, let userID = user.id else { return render(try await build()) }
        let work = try await tongxin.versions.current(on: db).work
        let key = "\(work)|\(userID)|\(user.role.rawValue)|\(user.$unit.id)|\(tongxin.today)|\(url.string)"
        if let page = tongxin.pages.get(key) { return render(page) }
        let page = RenderedPage(try await build())
        tongxin.pages.put(key, page)
        return render(page)
    }
}
