import Vapor

/// Registers every route. Public routes need no sign-in; everything else passes
/// ``RequireSignInMiddleware`` first, so no handler can forget to.
func routes(_ app: Application) throws {
    let open = app.routes
    let protected = app.grouped(RequireSignInMiddleware())

    HealthController().register(open)
    SignInController().register(public: open, protected: protected)
    HomeController().register(protected)
    AccountController().register(protected)
    UnitsController().register(protected)
    UsersController().register(protected)
    AuditController().register(html: protected, api: protected)
    UnitsAPIController().register(protected)
    UsersAPIController().register(protected)
    protected.get(.api(.openAPI)) { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: OpenAPIDocument.json))
    }
}
