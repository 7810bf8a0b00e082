import Domain
import Vapor

/// Turns every error into one of two answers: a JSON error object under `/api/`, or the
/// one error page everywhere else. Neither ever shows internals; unexpected errors are
/// logged and answered with a plain 500.
struct AppErrorMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: req)
        } catch {
            let problem = Problem(error)
            if problem.status == .internalServerError {
                req.logger.report(error: error)
            }
            let response = req.isAPI ? problem.jsonResponse() : ErrorPage.response(problem, for: req)
            response.addRetryAfter(for: error, now: req.tongxin.clock.now)
            return response
        }
    }
}

extension Response {
    /// For a throttled request, says in `Retry-After` how many seconds the lock has left.
    func addRetryAfter(for error: any Error, now: Date) {
        guard case .throttled(let until) = error as? DomainError else { return }
        headers.replaceOrAdd(name: .retryAfter, value: String(max(1, Int(until.timeIntervalSince(now).rounded(.up)))))
    }
}

/// An error as the user sees it: status, stable code, Chinese message, field errors.
struct Problem: Sendable {
    let status: HTTPStatus
    let code: String
    let message: String
    var fields: [FieldError] = []

    init(status: HTTPStatus, code: String, message: String, fields: [FieldError] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields
    }

    init(_ error: any Error) {
        switch error {
        case let domain as DomainError:
            self = Problem(domain)
        case let error as PublicError:
            self.init(status: error.status, code: Self.code(for: error.status), message: error.message)
        case let abort as any AbortError:
            // Includes the framework's decoding errors (400): their reasons are not for users.
            self.init(
                status: abort.status, code: Self.code(for: abort.status),
                message: Self.defaultMessage(for: abort.status))
        default:
            self.init(
                status: .internalServerError, code: "internal", message: Self.defaultMessage(for: .internalServerError))
        }
    }

    private init(_ error: DomainError) {
        switch error {
        case .notFound(let message): self.init(status: .notFound, code: "not_found", message: message)
        case .forbidden(let message): self.init(status: .forbidden, code: "forbidden", message: message)
        case .conflict(let message): self.init(status: .conflict, code: "conflict", message: message)
        case .invalid(let fields):
            self.init(
                status: .unprocessableEntity, code: "validation_failed",
                message: fields.map(\.message).joined(separator: "；"), fields: fields)
        case .throttled(let until):
            self.init(
                status: .tooManyRequests, code: "too_many_requests",
                message: "登录失败次数过多，请在 \(Formats.minute.string(from: until)) 之后再试")
        }
    }

    static func code(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 409: "conflict"
        case 413: "payload_too_large"
        case 415: "unsupported_media_type"
        case 422: "validation_failed"
        case 429: "too_many_requests"
        case 503: "unavailable"
        default: status.code >= 500 ? "internal" : "error"
        }
    }

    static func defaultMessage(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: "请求有误，请检查后重试"
        case 401: "请先登录"
        case 403: "没有权限进行此操作"
        case 404: "页面或记录不存在"
        case 405: "不支持该请求方式"
        case 413: "提交的内容太大"
        case 415: "不支持该内容类型"
        case 422: "输入有误"
        case 429: "请求过于频繁，请稍后再试"
        case 503: "服务暂时不可用"
        default: "服务器出错了，请稍后再试"
        }
    }

    /// `{"error": {"code": …, "message": …, "fields": […]}}`.
    func jsonResponse() -> Response {
        struct Body: Encodable {
            struct Detail: Encodable {
                let code: String
                let message: String
                let fields: [FieldError]?
            }
            let error: Detail
        }
        let body = Body(error: .init(code: code, message: message, fields: fields.isEmpty ? nil : fields))
        let response = Response(status: status)
        try? response.content.encode(body, as: .json)
        return response
    }
}
