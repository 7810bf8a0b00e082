import Vapor

/// Registers every route. `/healthz`, the stylesheet and the public page of published
/// suggestions need no session; the sign-in form
/// needs a session but no user; everything else passes ``RequireSignInMiddleware`` first,
/// so no handler can forget to. Errors inside the session group are turned into pages
/// before the session is saved, so a flash message or a new CSRF token is never lost.
func routes(_ app: Application) throws {
    let open = app.routes
    let sessioned = app.grouped(
        app.sessions.middleware, CurrentUserMiddleware(), AppErrorMiddleware(),
        CSRFMiddleware(maxBodySize: maxBodySize), WriteFreshnessMiddleware())
    let protected = sessioned.grouped(RequireSignInMiddleware())

    HealthController().register(open)
    StaticController().register(open)
    PublicSuggestionsController().register(open.grouped(AppErrorMiddleware()))
    SignInController().register(public: sessioned, protected: protected)
    HomeController().register(protected)
    AccountController().register(protected)
    UnitsController().register(protected)
    UsersController().register(protected)
    AuditController().register(html: protected, api: protected)
    PlansController().register(protected)
    TasksController().register(protected)
    ReportsController().register(protected)
    NoticesController().register(protected)
    InspectionsController().register(protected)
    InboxController().register(protected)
    TodoController().register(protected)
    MeetingsController().register(protected)
    CalendarController().register(protected: protected, open: open.grouped(AppErrorMiddleware()))
    DocumentsController().register(protected)
    ImportsController().register(protected)
    SuggestionsController().register(protected)
    MeetingTopicsController().register(protected)
    AssessmentsController().register(protected)
    IndicatorImport().register(protected)
    UnitsAPIController().register(protected)
    PlansAPIController().register(protected)
    TasksAPIController().register(protected)
    ReportsAPIController().register(protected)
    SupervisionAPIController().register(protected)
    MeetingsAPIController().register(protected)
    DocumentsAPIController().register(protected)
    ImportsAPIController().register(protected)
    SuggestionsAPIController().register(protected)
    UsersAPIController().register(protected)
    AssessmentsAPIController().register(protected)
    protected.get(.api(.openAPI)) { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: OpenAPIDocument.json))
    }
}
