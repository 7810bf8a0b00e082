import Crypto
import Foundation
import Vapor

/// Cross-site request forgery protection: a random token per session that every
/// state-changing request made with the session cookie must echo back, in the form
/// field `_csrf` or the `X-CSRF-Token` header. Requests authenticated by an API token
/// carry no cookie and need none.
enum CSRF {
    static let formField = "_csrf"
    static let header = "X-CSRF-Token"

    /// 32 random bytes, hex.
    static func newToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.hexString
    }

    /// The session's token, created on first use.
    static func token(for req: Request) -> String {
        if let existing = req.session.data[SessionKeys.csrf] { return existing }
        let token = newToken()
        req.session.data[SessionKeys.csrf] = token
        return token
    }

    /// Compares without stopping at the first difference.
    static func matches(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count, !left.isEmpty else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Refuses (403) state-changing requests made with the session cookie but without the token.
struct CSRFMiddleware: AsyncMiddleware {
    let maxBodySize: Int

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(req.method), req.signedIn?.method != .token else {
            return try await next.respond(to: req)
        }
        // Without a user nothing can change except by signing in; the sign-in check answers
        // those requests (401 or the form), so a visitor without a cookie is not told "403".
        if req.signedIn == nil, req.url.path != Path.signIn.string {
            return try await next.respond(to: req)
        }
        let expected = req.hasSession ? req.session.data[SessionKeys.csrf] : nil
        let sent = try await submittedToken(req)
        guard let expected, let sent, CSRF.matches(expected, sent) else {
            throw PublicError(.forbidden, "页面已过期或请求来源无效，请刷新页面后重试")
        }
        return try await next.respond(to: req)
    }

    private func submittedToken(_ req: Request) async throws -> String? {
        if let header = req.headers.first(name: CSRF.header) { return header }
        guard let type = req.headers.contentType,
            type == .urlEncodedForm || type.type == "multipart"
        else { return nil }
        // Collect the body here (the route would collect it next anyway) to read the field.
        let limit = (req.route?.userInfo[UploadLimit.key] as? Int) ?? maxBodySize
        _ = try await req.body.collect(max: limit).get()
        return try? req.content.get(String.self, at: CSRF.formField)
    }
}
