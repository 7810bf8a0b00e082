import ChineseText
import Domain
import Vapor

extension Request {
    /// The layout's view of this request.
    func pageContext() -> PageContext {
        let viewer = signedIn.map {
            PageContext.Viewer(
                displayName: $0.user.displayName, unitName: $0.unitName, role: $0.user.role,
                unreadMessages: $0.unreadMessages, todoCount: $0.todoCount)
        }
        // One read of the address: the framework rebuilds it through Foundation on every access.
        let address = url.string
        let path = address.firstIndex(of: "?").map { String(address[..<$0]) } ?? address
        return PageContext(
            viewer: viewer, csrfToken: sessionAvailable ? CSRF.token(for: self) : "", flash: takeFlash(),
            currentPath: path, currentPathWithQuery: address,
            traditional: signedIn?.user.prefersTraditional ?? false)
    }

    /// Renders `page` in the layout, converted to Traditional script when the user chose it.
    func render(_ page: PageModel, status: HTTPStatus = .ok) -> Response {
        render(RenderedPage(page), status: status)
    }

    /// Renders a page whose head and body are already HTML (see ``RenderedPage``).
    func render(_ page: RenderedPage, status: HTTPStatus = .ok) -> Response {
        let context = pageContext()
        var html = Layout.render(page, context: context)
        if context.traditional {
            html = HTMLScriptConversion.convert(html, using: tongxin.traditional)
        }
        var headers = HTTPHeaders()
        headers.contentType = .html
        let bytes = Placeholder.fill(html, csrfToken: context.csrfToken, back: context.currentPathWithQuery)
        return Response(status: status, headers: headers, body: .init(buffer: bytes))
    }

    /// Runs a form's command: on success, redirects where it says with its message; when the
    /// input is refused, or the move no longer fits (someone moved first, or the page was old),
    /// flashes why and redirects `back` (a page with a small form inside, such as a task or a
    /// notice, where the form cannot be shown again by itself and which shows how things stand).
    func runForm(back: () async throws -> Path, _ command: () async throws -> (to: Path, flash: String)) async throws
        -> Response
    {
        do {
            let outcome = try await command()
            return redirect(to: outcome.to, flash: outcome.flash)
        } catch DomainError.invalid(let errors) {
            flash(.error, errors.map(\.message).joined(separator: "；"))
            return redirect(to: try await back())
        } catch DomainError.conflict(let message) {
            flash(.error, message)
            return redirect(to: try await back())
        }
    }

    /// Whether a deletion form came back from its confirmation page (see ``Components/confirmDeletion``).
    var deletionConfirmed: Bool {
        (try? content.get(String.self, at: "confirm")) == "1"
    }

    /// Redirects after a successful form post (303, so the browser follows with GET).
    func redirect(to path: Path, flash text: String? = nil) -> Response {
        if let text { flash(.success, text) }
        return redirect(to: path.string, redirectType: .normal)
    }
}

/// The one error page for every status.
enum ErrorPage {
    static func response(_ problem: Problem, for req: Request) -> Response {
        let page = PageModel(
            title: "\(title(for: problem.status))（\(problem.status.code)）",
            content: [
                tag(
                    "div", ["class": "error-page"],
                    [
                        tag("p", text: problem.message),
                        tag("p", [:], [Components.link("返回工作台", .home)]),
                    ])
            ])
        return req.render(page, status: problem.status)
    }

    private static func title(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: "请求有误"
        case 401: "需要登录"
        case 403: "没有权限"
        case 404: "找不到页面"
        case 413: "内容太大"
        case 422: "输入有误"
        case 429: "请求过多"
        default: "出错了"
        }
    }
}

extension Request {
    /// Saves a form: `save` runs the command and says where to go next and with what message;
    /// when the input is refused, `reshow` shows the form again with the problems beside the
    /// fields, answered with the status the problem calls for (422, 409…).
    func saveForm(
        _ save: () async throws -> (to: Path, flash: String),
        reshow: ([FieldError], HTTPStatus) async throws -> Response
    ) async throws -> Response {
        do {
            let saved = try await save()
            return redirect(to: saved.to, flash: saved.flash)
        } catch let error as DomainError {
            return try await reshow(fieldErrors(error), status(error))
        }
    }
}
